import { describe, expect, it } from "vitest";
import { eventDateFromOpening, pageStampOfLine, parseDateStamp, readDateline, weekdayOnOrBefore } from "../../../src/pipeline/ingest/dates.ts";
import { ingestError, ingestOk } from "./helpers.ts";

// Fixtures are invented: fictional places, people and agencies.
const wirePage = (stamp: string, opening: string) => `Home   World   Politics   Business   Sports   Photos
Premier Osk Meets Visiting Foreign Minister Daro
${stamp}
${opening}

The two sides agreed to expand ferry links and grain trade.
`;

describe("datelines", () => {
  it("reads a wire dateline with an abbreviated month, year from the page timestamp", () => {
    const d = readDateline("VELMOR, Sept. 3 (Tessa News) -- Premier Osk met the minister.", "2024-09-04");
    expect(d?.day).toBe("2024-09-03");
    expect(d?.city).toBe("VELMOR");
  });

  it("takes the year before when the dateline's day would fall well after publication", () => {
    expect(readDateline("VELMOR, Dec. 31 -- Talks ended.", "2025-01-01")?.day).toBe("2024-12-31");
  });

  it("reads a dateline without an agency and with a long dash", () => {
    expect(readDateline("PORT ARLEN, March 4 — The envoys met.", "2024-03-05")?.day).toBe("2024-03-04");
    expect(readDateline("The envoys met in Port Arlen, March 4 was the day.", "2024-03-05")).toBeNull();
  });

  it("dates a release whose only dates are a dateline and a page timestamp (plain text)", () => {
    const r = ingestOk("wire/osk.txt", wirePage("2024-09-04 10:21:05", "VELMOR, Sept. 3 (Tessa News) -- Premier Aldo Osk met Foreign Minister Lina Daro here, the two said."));
    expect(r.date).toBe("2024-09-03");
    expect(r.paragraphs.map((p) => p.text).join("\n")).not.toContain("10:21:05");
  });

  it("dates a release from an 'Updated:' line and a weekday after the dateline", () => {
    const r = ingestOk("wire/osk.txt", wirePage("Updated: 2024-09-04", "VELMOR, Sept. 4 (Tessa News) -- Premier Aldo Osk on Monday met Foreign Minister Lina Daro."));
    // 4 September 2024 is a Wednesday; the Monday before it is the 2nd.
    expect(r.date).toBe("2024-09-02");
  });

  it("reads a '(Source: ...) date' stamp and a 'Published:' stamp", () => {
    expect(pageStampOfLine("(Source: Tessa News) 2024-09-04")).toBe("2024-09-04");
    expect(pageStampOfLine("Published: September 4, 2024 14:05")).toBe("2024-09-04");
    expect(pageStampOfLine("Source: Tessa News | Updated: 2024/9/4 08:00")).toBe("2024-09-04");
    expect(pageStampOfLine("Source: Tessa News| 2024-09-04 10:21:05|Editor: kolb")).toBe("2024-09-04");
    expect(pageStampOfLine("By Mira Kolb | tessanews.example.com | Updated: 2024-09-04 10:21")).toBe("2024-09-04");
    expect(pageStampOfLine("By Mira Kolb (Tessa Daily) 10:21, September 04, 2024")).toBe("2024-09-04");
    expect(pageStampOfLine("The talks on 2024-09-04 were long.")).toBeNull();
  });

  it("reads the page timestamp from HTML meta, <time> or an 'Updated:' element", () => {
    const body = "<article><p>VELMOR, Sept. 3 (Tessa News) -- Premier Aldo Osk met Foreign Minister Lina Daro to discuss ferry links across the strait.</p><p>The two sides agreed to expand grain trade and customs cooperation.</p></article>";
    const withMeta = `<!doctype html><html><head><meta property="article:published_time" content="2024-09-04T02:10:00+08:00"></head><body><h1>Osk meets Daro</h1>${body}</body></html>`;
    expect(ingestOk("wire/a.html", withMeta).date).toBe("2024-09-03");
    const withLine = `<!doctype html><html><body><h1>Osk meets Daro</h1><div class="info">Updated: 2024-09-04 10:21:05</div>${body}</body></html>`;
    expect(ingestOk("wire/b.html", withLine).date).toBe("2024-09-03");
  });

  it("reads a stamp above the title and an 'On <date> local time' opening", () => {
    const page = "2024-09-04 10:21\nPremier Osk Meets Minister Daro\n\nPremier Aldo Osk met Minister Lina Daro, the two said.\n\nThey agreed on grain.\n";
    expect(ingestOk("wire/c.txt", page).date).toBe("2024-09-04");
    expect(eventDateFromOpening("On September 3 local time, Premier Osk met Minister Daro.", "2024-09-04")).toBe("2024-09-03");
  });

  it("reads the opening after a dateline that names only the city", () => {
    expect(readDateline("PORT ARLEN — On June 8, 2024, the envoys met.", "2024-06-09")).toEqual({ city: "PORT ARLEN", day: null, length: 13 });
    expect(eventDateFromOpening("PORT ARLEN — On June 8, 2024, the envoys met.", "2024-06-09")).toBe("2024-06-08");
    expect(eventDateFromOpening("PORT ARLEN (Tessa News) -- The envoys met on Friday.", "2024-06-09")).toBe("2024-06-07");
  });

  it("reads a dateline's year from the collector's file-name date when the page has no stamp", () => {
    expect(ingestOk("wire/2024-09-04_osk.txt", wirePage("", "VELMOR, Sept. 3 -- Premier Aldo Osk met Foreign Minister Lina Daro.")).date).toBe("2024-09-03");
  });

  it("still fails with 'no date' when nothing gives a year", () => {
    expect(ingestError("wire/x.txt", wirePage("", "VELMOR, Sept. 3 -- Premier Aldo Osk met Foreign Minister Lina Daro."))).toMatch(/no date$/);
  });
});

describe("weekday references", () => {
  it("resolves to the most recent such day not after the reference", () => {
    expect(weekdayOnOrBefore("Friday", "2024-09-07")).toBe("2024-09-06");
    expect(weekdayOnOrBefore("Saturday", "2024-09-07")).toBe("2024-09-07");
    expect(weekdayOnOrBefore("Sunday", "2024-09-07")).toBe("2024-09-01");
  });

  it("reads 'met Friday', 'on Tuesday' and 'spoke yesterday' against the publication day", () => {
    expect(eventDateFromOpening("Secretary Vell met Friday with Minister Ando in Port Arlen.", "2024-09-07")).toBe("2024-09-06");
    expect(eventDateFromOpening("On Tuesday, Secretary Vell hosted Minister Ando.", "2024-09-07")).toBe("2024-09-03");
    expect(eventDateFromOpening("Secretary Vell spoke yesterday with Minister Ando.", "2024-09-07")).toBe("2024-09-06");
  });

  it("leaves announcements and explicit future dates alone", () => {
    expect(eventDateFromOpening("On Thursday, September 12, Secretary Vell will host Minister Ando.", "2024-09-07")).toBeNull();
    expect(eventDateFromOpening("Secretary Vell will meet Minister Ando on Tuesday.", "2024-09-07")).toBeNull();
  });
});

describe("timestamps are read as written", () => {
  it("keeps the day of the stamp in its own offset, never the publisher's zone", () => {
    expect(parseDateStamp("Thu, 10 Mar 2022 00:26:00 +0000")).toBe("2022-03-10");
    expect(parseDateStamp("2022-03-09T23:40:00-05:00")).toBe("2022-03-09");
    expect(parseDateStamp("2024-09-04 10:21:05")).toBe("2024-09-04");
  });
});
