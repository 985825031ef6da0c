import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, expect, it } from "vitest";
import { makeCorpus, renderApp, serveCorpus } from "../layout/support/fake-corpus.ts";

// 60 people: too many for checkboxes, so the person facet becomes a picker with an Add button.
const corpus = makeCorpus(240, 50, 56);
beforeAll(() => {
  serveCorpus(corpus);
});

it("adds a person with the picker only when Add is pressed, then lists them as a checked box", async () => {
  const user = userEvent.setup();
  const { router } = renderApp("/timeline");
  await screen.findByRole("heading", { level: 1, name: "Timeline" });
  const people = screen.getByRole("group", { name: "People" });
  const picker = await within(people).findByRole("combobox", { name: "Add a person" });
  await user.selectOptions(picker, "envoy-7");
  // Choosing alone does not filter: arrowing through a closed select would fire a change per option.
  expect(router.state.location.search).toBe("");
  await user.click(within(people).getByRole("button", { name: "Add" }));
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll("person")).toEqual(["envoy-7"]));
  const box = await within(screen.getByRole("group", { name: "People" })).findByRole("checkbox", { name: /Envoy Number 7/ });
  expect(box).toBeChecked();
  expect(within(screen.getByRole("group", { name: "People" })).getByRole("combobox", { name: "Add a person" })).toHaveValue("");
  const expected = corpus.rows.filter((r) => r.people.includes("envoy-7")).length;
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${expected} of 240 releases match these filters.`));
});
