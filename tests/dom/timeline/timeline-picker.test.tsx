import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, expect, it } from "vitest";
import { makeCorpus, renderApp, serveCorpus } from "../layout/support/fake-corpus.ts";

// 60 people: too many for checkboxes, so the person facet becomes a picker with an Add button.
const corpus = makeCorpus(240, 50, 56);
beforeAll(() => {
  serveCorpus(corpus);
});

it("adds a person typed into the picker only when Add is pressed, then lists them as a checked box", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/timeline");
  await screen.findByRole("heading", { level: 1, name: "Timeline" });
  const people = screen.getByRole("group", { name: "People" });
  const picker = await within(people).findByRole("combobox", { name: "Add a person" });
  // Typing alone does not filter; names match without regard to case.
  await user.type(picker, "envoy number 7");
  expect(router.state.location.search).toBe("");
  await user.click(within(people).getByRole("button", { name: "Add" }));
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll("person")).toEqual(["envoy-7"]));
  const box = await within(screen.getByRole("group", { name: "People" })).findByRole("checkbox", { name: /Envoy Number 7/ });
  expect(box).toBeChecked();
  expect(within(screen.getByRole("group", { name: "People" })).getByRole("combobox", { name: "Add a person" })).toHaveValue("");
  const expected = corpus.rows.filter((r) => r.people.includes("envoy-7")).length;
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${expected} of 240 releases match these filters.`));
});

it("offers every person as a suggestion and says so when a typed name is not in the corpus", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/timeline");
  await screen.findByRole("heading", { level: 1, name: "Timeline" });
  const people = screen.getByRole("group", { name: "People" });
  const picker = await within(people).findByRole("combobox", { name: "Add a person" });
  const suggestions = document.getElementById(picker.getAttribute("list")!)!;
  expect(suggestions.querySelectorAll("option")).toHaveLength(60);
  await user.type(picker, "Nobody Atall{Enter}");
  expect(await within(people).findByRole("alert")).toHaveTextContent("No person called “Nobody Atall” in this corpus.");
  expect(picker).toHaveAttribute("aria-invalid", "true");
  expect(router.state.location.search).toBe("");
});
