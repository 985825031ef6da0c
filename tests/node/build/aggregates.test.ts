import { describe, expect, it } from "vitest";
import type { Release } from "../../../src/lib/corpus-schema.ts";
import { PeopleAggregate, STATEMENT_CAP, STATEMENT_CHARS, metPairs } from "../../../src/pipeline/build/aggregates.ts";

const person = (id: string, name: string, titles: string[] = []) => ({ id, name, aliases: [], titles, country: null });

function release(n: number, over: Partial<Release> = {}): Release {
  return {
    id: `2026-01-${String(n).padStart(2, "0")}-talks-${n}`,
    title: `Talks ${n}`,
    date: `2026-01-${String(n).padStart(2, "0")}`,
    place: null,
    publisher: { id: "press", name: "Press" },
    sourceUrl: null,
    sourceFile: `r${n}.md`,
    format: "markdown",
    kind: "talks",
    people: [person("ana-berg", "Ana Berg", ["Foreign Minister"]), person("tomas-ek", "Tomas Ek"), person("lea-holm", "Lea Holm")],
    paragraphs: [
      { id: "p-1", text: "Lea Holm, the spokesperson, said the ministers met.", speakers: [], kind: "narration" },
      { id: "p-2", text: `We agreed on point ${n}.`, speakers: ["ana-berg"], kind: "turn" },
    ],
    events: [{ id: "e-1", kind: "talks", label: "Talks", order: 0, participants: ["ana-berg", "tomas-ek"], attendees: [], paragraph: "p-1" }],
    countries: [],
    organisations: [],
    documents: [],
    ...over,
  };
}

describe("people aggregates", () => {
  it("counts as met only those who took part in the same event, each pair once per release", () => {
    expect(metPairs(release(1)).sort()).toEqual([
      ["ana-berg", "tomas-ek"],
      ["tomas-ek", "ana-berg"],
    ]);
    // Without events naming two people, everyone the release names counts as met.
    expect(metPairs(release(2, { events: [] }))).toHaveLength(6);
  });

  it("keeps the newest statements up to the cap, with the total, and clips long ones", () => {
    const agg = new PeopleAggregate();
    const total = STATEMENT_CAP + 9;
    for (let n = 1; n <= total; n++) {
      const r = release((n % 28) + 1, { id: `r-${String(n).padStart(3, "0")}`, date: `2026-${String(Math.ceil(n / 28)).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}` });
      if (n === total) r.paragraphs[1]!.text = "word ".repeat(STATEMENT_CHARS);
      agg.add(r);
    }
    const page = agg.page("ana-berg");
    expect(page.statementCount).toBe(total);
    expect(page.statements).toHaveLength(STATEMENT_CAP);
    const dates = page.statements.map((s) => s.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.statements[0]!.text.length).toBeLessThanOrEqual(STATEMENT_CHARS + 1);
    expect(page.statements[0]!.text.endsWith("…")).toBe(true);
    expect(agg.page("lea-holm").statementCount).toBe(0);
  });

  it("keeps exactly the newest statements when many more arrive, in any order", () => {
    const agg = new PeopleAggregate();
    const total = STATEMENT_CAP * 8;
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    // A fixed shuffle: releases arrive in file order, not date order.
    const order = Array.from({ length: total }, (_, i) => (i * 7919) % total);
    for (const n of order) agg.add(release(1, { id: `r-${n}`, date: day(n) }));
    const page = agg.page("ana-berg");
    expect(page.statementCount).toBe(total);
    const newest = Array.from({ length: STATEMENT_CAP }, (_, i) => day(total - 1 - i));
    expect(page.statements.map((s) => s.date)).toEqual(newest);
  });

  it("records each title with the first and last date it was seen, and who was met most", () => {
    const agg = new PeopleAggregate();
    agg.add(release(3));
    agg.add(release(9));
    agg.add(release(5, { events: [{ id: "e-1", kind: "talks", label: "Talks", order: 0, participants: ["ana-berg", "lea-holm"], attendees: [], paragraph: null }] }));
    const page = agg.page("ana-berg");
    expect(page.titles).toEqual([{ title: "Foreign Minister", first: "2026-01-03", last: "2026-01-09", count: 3 }]);
    expect(page.metMost).toEqual([
      { id: "tomas-ek", name: "Tomas Ek", count: 2 },
      { id: "lea-holm", name: "Lea Holm", count: 1 },
    ]);
    expect(page.releaseCount).toBe(3);
  });
});
