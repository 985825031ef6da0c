import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import type { Paragraph } from "../../../src/lib/corpus-schema.ts";
import { useReleaseFind } from "../../../src/features/search/find-in-release.tsx";

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const PARAGRAPHS: Paragraph[] = [
  { id: "p-1", text: "The envoys talked about ferries across the bay.", speakers: [], kind: "narration" },
  { id: "p-2", text: "Nothing else was said.", speakers: [], kind: "narration" },
  { id: "p-3", text: "Ferry routes will reopen in spring, the minister said.", speakers: ["mara-quell"], kind: "turn" },
];

/** A stand-in for the release page: the find bar above paragraphs rendered through renderText. */
function Page() {
  const { find, renderText } = useReleaseFind(PARAGRAPHS);
  return (
    <article>
      {find}
      {PARAGRAPHS.map((p) => (
        <div key={p.id} id={p.id} tabIndex={-1}>
          <p>{renderText ? renderText(p.text, p) : p.text}</p>
        </div>
      ))}
    </article>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: "/releases/:id", element: <Page /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

describe("find within a release", () => {
  it("marks the words of the search that led here and steps through the paragraphs holding them", async () => {
    Element.prototype.scrollIntoView = vi.fn();
    const user = userEvent.setup();
    renderAt("/releases/x?q=ferries#p-3");
    expect(await screen.findByText(/is in 2 paragraphs/)).toHaveTextContent("“ferries” is in 2 paragraphs (showing 2 of 2).");
    expect([...document.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["ferries", "Ferry"]);
    await user.click(screen.getByRole("button", { name: "Next match" }));
    expect(document.getElementById("p-1")).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("(showing 1 of 2)");
    await user.click(screen.getByRole("button", { name: "Previous match" }));
    expect(document.getElementById("p-3")).toHaveFocus();
  });

  it("clears the marks", async () => {
    const user = userEvent.setup();
    const router = renderAt("/releases/x?q=ferry");
    await screen.findByRole("group", { name: "Find in this release" });
    await user.click(screen.getByRole("link", { name: "Clear marks" }));
    expect(router.state.location.search).toBe("");
    expect(document.querySelector("mark")).toBeNull();
  });

  it("shows no find bar without a query", async () => {
    renderAt("/releases/x");
    // Wait for the release to be on screen first, or the absence below would hold trivially.
    expect(await screen.findByText("Nothing else was said.")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Find in this release" })).toBeNull();
  });

  it("renders query text as text", async () => {
    renderAt(`/releases/x?q=${encodeURIComponent("<i>walrus</i>")}`);
    expect(await screen.findByRole("status")).toHaveTextContent("“<i>walrus</i>” is not in this release's text.");
    expect(document.querySelector("i")).toBeNull();
  });
});
