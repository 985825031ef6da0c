import { describe, expect, it } from "vitest";
import { paths } from "../../../src/lib/paths.ts";
import { emptySearchState, parseSearchParams, toggleFacet, toSearchParams, withoutEachFilter } from "../../../src/features/search/url-state.ts";

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));
const href = (qs: string) => paths.search.href(toSearchParams(parse(qs)));

describe("search URL state", () => {
  it("round-trips every parameter", () => {
    const qs = "q=grain+deal&person=mara-quell&person=ilse-varn&country=Valdoria&organisation=River+Commission&publisher=kremlin&kind=talks&year=2021&from=2021-01-01&to=2021-06-30&sort=date&speaker=mara-quell&page=3";
    const state = parse(qs);
    expect(state).toEqual({
      q: "grain deal",
      facets: { person: ["mara-quell", "ilse-varn"], country: ["Valdoria"], organisation: ["River Commission"], publisher: ["kremlin"], kind: ["talks"], year: ["2021"] },
      from: "2021-01-01",
      to: "2021-06-30",
      sort: "date",
      speaker: "mara-quell",
      page: 3,
    });
    expect(parse(href(qs).slice("/search?".length))).toEqual(state);
  });

  it("leaves defaults out, so links stay short", () => {
    expect(paths.search.href(toSearchParams(emptySearchState()))).toBe("/search");
    expect(href("q=grain&sort=relevance&page=1")).toBe("/search?q=grain");
  });

  it("drops malformed values instead of failing", () => {
    const s = parse("person=Not+A+Slug&kind=picnic&year=21&from=2021-13-45&to=yesterday&sort=random&speaker=%3Cscript%3E&page=-4");
    expect(s).toEqual({ ...emptySearchState() });
    expect(parse("page=99999").page).toBe(500);
  });

  it("swaps a reversed date range", () => {
    expect(parse("from=2022-01-01&to=2021-01-01")).toMatchObject({ from: "2021-01-01", to: "2022-01-01" });
  });

  it("toggles facet values and goes back to page 1", () => {
    const s = { ...parse("q=grain&page=4"), page: 4 };
    const on = toggleFacet(s, "person", "mara-quell");
    expect(on).toMatchObject({ page: 1, facets: expect.objectContaining({ person: ["mara-quell"] }) });
    expect(toggleFacet(on, "person", "mara-quell").facets.person).toEqual([]);
  });

  it("offers one way out per active filter", () => {
    const drops = withoutEachFilter(parse("q=x&person=a&year=2020&from=2020-01-01&speaker=b"));
    expect(drops.map((d) => [d.facet, d.value, paths.search.href(toSearchParams(d.state))])).toEqual([
      ["person", "a", "/search?q=x&year=2020&from=2020-01-01&speaker=b"],
      ["year", "2020", "/search?q=x&person=a&from=2020-01-01&speaker=b"],
      ["from", "2020-01-01", "/search?q=x&person=a&year=2020&speaker=b"],
      ["speaker", "b", "/search?q=x&person=a&year=2020&from=2020-01-01"],
    ]);
  });
});
