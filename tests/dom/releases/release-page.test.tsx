import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeRelease } from "./fixture.ts";
import { renderRelease } from "./render-release.tsx";

const paragraph = (text: string) => screen.getByText(text).closest<HTMLElement>("[data-paragraph-id]")!;
const location = () => screen.getByLabelText("location").textContent;

beforeEach(() => {
  // Related releases read the corpus; an empty corpus keeps these tests on the page itself.
  vi.stubGlobal("fetch", vi.fn(async () => new Response("not found", { status: 404 })));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("release page header", () => {
  it("shows the title, date, place, publisher and a safe link to the original", async () => {
    renderRelease(makeRelease());
    expect(await screen.findByRole("heading", { level: 1, name: "Talks between the leaders of Northland and Southland" })).toBeInTheDocument();
    expect(screen.getByText("2 April 2031")).toHaveAttribute("datetime", "2031-04-02");
    expect(screen.getByText("Lowtown")).toBeInTheDocument();
    expect(screen.getByText("Office of the President of Northland")).toBeInTheDocument();
    const source = screen.getByRole("link", { name: /read the original/i });
    expect(source).toHaveAttribute("href", "https://example.org/releases/42");
    expect(source).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("never turns a non-http source URL into a link", async () => {
    renderRelease(makeRelease({ sourceUrl: "javascript:alert(1)" }));
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("link", { name: /read the original/i })).toBeNull();
  });
});

describe("speakers", () => {
  it("labels the start of each turn with the speaker's name, and leaves narration unlabelled", async () => {
    renderRelease(makeRelease());
    await screen.findByRole("heading", { level: 1 });
    expect(within(paragraph("Good afternoon, it is a pleasure to host you in our capital.")).getByText("Anna North")).toBeInTheDocument();
    // Same turn continues: no second label.
    expect(within(paragraph("Our trade grew by a third last year and we hope for more.")).queryByText("Anna North")).toBeNull();
    expect(within(paragraph("Thank you for the warm welcome, dear colleague.")).getByText("Sam South")).toBeInTheDocument();
    expect(within(paragraph("The talks then continued in an expanded format.")).queryByText(/Anna North|Sam South/)).toBeNull();
  });

  it("toggles a speaker from the legend, keeps it in the URL and dims everyone else", async () => {
    const user = userEvent.setup();
    renderRelease(makeRelease());
    const legend = await screen.findByRole("region", { name: "Speakers" });
    const anna = within(legend).getByRole("button", { name: /^Anna North/ });
    expect(anna).toHaveAccessibleName(/President of Northland/);
    expect(anna).toHaveAttribute("aria-pressed", "false");

    await user.click(anna);
    expect(anna).toHaveAttribute("aria-pressed", "true");
    expect(location()).toContain("?speaker=anna-north");
    expect(paragraph("Thank you for the warm welcome, dear colleague.")).toHaveClass("is-dimmed");
    expect(paragraph("Good afternoon, it is a pleasure to host you in our capital.")).not.toHaveClass("is-dimmed");
    expect(within(legend).getByRole("status")).toHaveTextContent("Anna North: 2 statements");

    await user.click(anna);
    expect(anna).toHaveAttribute("aria-pressed", "false");
    expect(location()).not.toContain("speaker=");
    expect(paragraph("Thank you for the warm welcome, dear colleague.")).not.toHaveClass("is-dimmed");
  });

  it("steps through the chosen speaker's statements, moving focus and announcing the position", async () => {
    const user = userEvent.setup();
    renderRelease(makeRelease(), "/releases/2031-04-02-talks-in-lowtown-abc123?speaker=anna-north");
    const legend = await screen.findByRole("region", { name: "Speakers" });
    expect(within(legend).getByRole("button", { name: /^Anna North/ })).toHaveAttribute("aria-pressed", "true");
    const next = within(legend).getByRole("button", { name: "Next statement by Anna North" });
    const previous = within(legend).getByRole("button", { name: "Previous statement by Anna North" });

    await user.click(next);
    expect(within(legend).getByRole("status")).toHaveTextContent("Statement 1 of 2");
    expect(paragraph("Good afternoon, it is a pleasure to host you in our capital.")).toHaveFocus();

    await user.click(next);
    expect(within(legend).getByRole("status")).toHaveTextContent("Statement 2 of 2");
    expect(paragraph("Let us sign the river agreement before lunch.")).toHaveFocus();

    await user.click(next);
    expect(within(legend).getByRole("status")).toHaveTextContent("Statement 1 of 2");

    await user.click(previous);
    expect(within(legend).getByRole("status")).toHaveTextContent("Statement 2 of 2");
  });

  it("ignores a speaker in the URL who does not speak in this release", async () => {
    renderRelease(makeRelease(), "/releases/2031-04-02-talks-in-lowtown-abc123?speaker=kit-aide");
    const legend = await screen.findByRole("region", { name: "Speakers" });
    for (const b of within(legend).getAllByRole("button")) expect(b).toHaveAttribute("aria-pressed", "false");
  });
});

describe("attendees and timeline", () => {
  it("lists who held and who attended each part, linking to their pages", async () => {
    const user = userEvent.setup();
    renderRelease(makeRelease());
    const who = await screen.findByRole("region", { name: "Who took part" });
    const talks = within(who).getByRole("region", { name: "Talks in expanded format" });
    const aide = within(talks).getByRole("link", { name: "Kit Aide" });
    expect(aide).toHaveAttribute("href", "/people/kit-aide");
    expect(within(talks).getByText(/Foreign Minister of Northland/)).toBeInTheDocument();
    expect(within(talks).getByRole("heading", { name: "Held by" })).toBeInTheDocument();
    expect(within(talks).getByRole("heading", { name: "Attending" })).toBeInTheDocument();

    await user.click(aide);
    expect(await screen.findByRole("heading", { name: "Person kit-aide" })).toBeInTheDocument();
  });

  it("lists the parts in the order they happened and takes a chosen part to its paragraph", async () => {
    const user = userEvent.setup();
    renderRelease(makeRelease());
    const timeline = await screen.findByRole("region", { name: "How the occasion unfolded" });
    const items = within(timeline).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Welcome at the palace");
    expect(items[1]).toHaveTextContent("Talks in expanded format");

    await user.click(within(timeline).getByRole("link", { name: /Talks in expanded format/ }));
    expect(location()).toMatch(/#p-5$/);
    const target = paragraph("The talks then continued in an expanded format.");
    expect(target).toHaveClass("is-target");
    await waitFor(() => expect(target).toHaveFocus());
  });

  it("links countries to the timeline and organisations to search", async () => {
    renderRelease(makeRelease({ countries: ["Northland", "Île du Sud"] }));
    const mentioned = await screen.findByRole("region", { name: "Mentioned" });
    // The timeline filters by slug, so a name with accents and spaces must arrive slugged.
    expect(within(mentioned).getByRole("link", { name: "Île du Sud" })).toHaveAttribute("href", "/timeline?country=ile-du-sud");
    expect(within(mentioned).getByRole("link", { name: "River Council" })).toHaveAttribute("href", "/search?organisation=River+Council");
    expect(within(mentioned).getByText("River Agreement")).toBeInTheDocument();
  });
});

describe("sharing", () => {
  it("copies a paragraph's permalink and says so politely", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    renderRelease(makeRelease());
    await screen.findByRole("heading", { level: 1 });
    // userEvent installs its own clipboard stub on setup; replace it so the call is observable.
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });

    await user.click(screen.getByRole("button", { name: "Copy link to paragraph 4" }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/releases/2031-04-02-talks-in-lowtown-abc123#p-4`);
    expect(await screen.findByText("Copied the link to paragraph 4.")).toHaveAttribute("role", "status");
  });

  it("uses the system share sheet where the browser has one", async () => {
    const user = userEvent.setup();
    const share = vi.fn(async () => undefined);
    vi.stubGlobal("navigator", Object.assign(Object.create(navigator), { share }));
    renderRelease(makeRelease());
    await user.click(await screen.findByRole("button", { name: "Copy link to this release" }));
    expect(share).toHaveBeenCalledWith({
      url: `${window.location.origin}/releases/2031-04-02-talks-in-lowtown-abc123`,
      title: "Talks between the leaders of Northland and Southland",
    });
    expect(await screen.findByText("Shared the link to this release.")).toBeInTheDocument();
  });

  it("marks the paragraph a shared link points at, and ignores a malformed anchor", async () => {
    const { unmount } = renderRelease(makeRelease(), "/releases/2031-04-02-talks-in-lowtown-abc123#p-3");
    await screen.findByText("Our trade grew by a third last year and we hope for more.");
    const target = paragraph("Our trade grew by a third last year and we hope for more.");
    expect(target).toHaveClass("is-target");
    unmount();

    renderRelease(makeRelease(), "/releases/2031-04-02-talks-in-lowtown-abc123#p-3%22%3E%3Cimg");
    await screen.findByRole("heading", { level: 1 });
    expect(document.querySelector(".is-target")).toBeNull();
  });

  it("marks a shared quote from the ?quote= fallback", async () => {
    renderRelease(makeRelease(), "/releases/2031-04-02-talks-in-lowtown-abc123?quote=grew%20by%20a%20%20third#p-3");
    await screen.findByRole("heading", { level: 1 });
    const mark = document.querySelector("mark");
    expect(mark).toHaveTextContent("grew by a third");
    expect(mark!.closest("[data-paragraph-id]")).toHaveAttribute("id", "p-3");
  });

  it("still marks a shared quote whose anchor points at another paragraph", async () => {
    renderRelease(makeRelease(), "/releases/2031-04-02-talks-in-lowtown-abc123?quote=river%20agreement#p-2");
    await screen.findByRole("heading", { level: 1 });
    expect(document.querySelector("mark")).toHaveTextContent("river agreement");
    expect(document.querySelector("mark")!.closest("[data-paragraph-id]")).toHaveAttribute("id", "p-6");
  });
});

describe("release text is data", () => {
  it("shows markup in the text as text and creates no elements from it", async () => {
    const payload = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">go</a>';
    const release = makeRelease({
      title: '<img src=x onerror="window.__pwned = 4">',
      paragraphs: [{ id: "p-1", text: payload, speakers: ["anna-north"], kind: "turn" }],
    });
    const { container } = renderRelease(release);
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent('<img src=x onerror="window.__pwned = 4">');
    expect(screen.getByText(payload)).toBeInTheDocument();
    expect(container.querySelector("script, img, a[href^='javascript']")).toBeNull();
  });
});
