import { describe, expect, it } from "vitest";
import { eventDateFromOpening, parseDateStamp } from "../../../src/pipeline/ingest/dates.ts";
import { parseLeadingLabel } from "../../../src/pipeline/ingest/labels.ts";
import { placeFromText } from "../../../src/pipeline/ingest/place.ts";
import { splitSentences } from "../../../src/pipeline/ingest/text.ts";
import { releaseId } from "../../../src/pipeline/release-id.ts";

describe("speaker labels at the start of a paragraph", () => {
  it.each([
    ["PRESIDENT NOWAK:  Thank you all.", "PRESIDENT NOWAK", null, "Thank you all."],
    ["PRIME MINISTER TRENTINO:  (As interpreted.)  Thank you.", "PRIME MINISTER TRENTINO", "(As interpreted.)", "Thank you."],
    ["Prime Minister of Sylvania Lena Trentino (retranslated): Thank you.", "Prime Minister of Sylvania Lena Trentino", "(retranslated)", "Thank you."],
    ["Q    Madam President, a question.", "Q", null, "Madam President, a question."],
    ["QUESTION: Is the deal done?", "QUESTION", null, "Is the deal done?"],
  ])("%s", (text, label, note, rest) => {
    expect(parseLeadingLabel(text)).toEqual({ label, note, rest });
  });

  it.each([
    "The following documents were signed: a treaty and a memorandum.",
    "Note: the talks were postponed.",
    "To Foreign Minister Trentino: will you sign?",
    "Qatar and Oman signed the deal.",
  ])("is not fooled by %s", (text) => {
    expect(parseLeadingLabel(text)).toBeNull();
  });
});

describe("dates", () => {
  it("reads ISO stamps, RFC 822 stamps and written dates", () => {
    expect(parseDateStamp("2021-10-28T11:30:00Z")).toBe("2021-10-28");
    expect(parseDateStamp("Fri, 21 May 2021 21:34:18 +0000")).toBe("2021-05-21");
    expect(parseDateStamp("June 8, 2018")).toBe("2018-06-08");
    expect(parseDateStamp("not a date")).toBeNull();
  });

  it("takes the event day from the opening, with or without a year", () => {
    expect(eventDateFromOpening("On June 8, 2018, President Lin held talks.", "2018-06-09")).toBe("2018-06-08");
    expect(eventDateFromOpening("On Wednesday, September 7, the adviser met the minister.", "2022-09-08")).toBe("2022-09-07");
    expect(eventDateFromOpening("On 3 March, the ministers met.", "2022-03-04")).toBe("2022-03-03");
    // A yearless date after publication is not this year's.
    expect(eventDateFromOpening("On December 30, the ministers met.", "2022-01-02")).toBeNull();
    expect(eventDateFromOpening("The ministers discussed the June 8 agreement.", "2018-06-09")).toBeNull();
  });
});

describe("sentences", () => {
  it("does not split after titles, initials or initialisms", () => {
    expect(splitSentences("Mr. Nowak met Antony J. Brown in the U.S. capital. They talked. \"Good,\" he said.")).toEqual([
      "Mr. Nowak met Antony J. Brown in the U.S. capital.",
      "They talked.",
      '"Good," he said.',
    ]);
  });
});

describe("release ids", () => {
  const base = { date: "2021-03-10", title: "Secretary Nowak’s Meeting with Sylvanian Foreign Minister Lena Trentino in Northtown Today", sourceUrl: "https://example.test/a", relPath: "feed/a.json" };

  it("is date, an eight-word slug and a short hash, stable for the same release", () => {
    expect(releaseId(base)).toMatch(/^2021-03-10-secretary-nowaks-meeting-with-sylvanian-foreign-minister-lena-[0-9a-f]{6}$/);
    expect(releaseId(base)).toBe(releaseId({ ...base }));
  });

  it("tells apart releases with the same title by their source, and marks undated ones", () => {
    expect(releaseId(base)).not.toBe(releaseId({ ...base, sourceUrl: "https://example.test/b" }));
    expect(releaseId({ ...base, sourceUrl: null })).not.toBe(releaseId({ ...base, sourceUrl: null, relPath: "feed/b.json" }));
    expect(releaseId({ ...base, date: null })).toMatch(/^undated-secretary-/);
  });
});

describe("event day after the verb", () => {
  it("reads 'met December 14 with' and 'spoke on Monday, May 2 with'", () => {
    expect(eventDateFromOpening("President Nowak met December 14 with the leaders of three states.", "2022-12-15")).toBe("2022-12-14");
    expect(eventDateFromOpening("The adviser spoke on Monday, May 2 with her counterpart.", "2022-05-03")).toBe("2022-05-02");
  });
});

describe("place phrases", () => {
  it("ends a place at the place: no day after it, no person named after it", () => {
    expect(placeFromText("The President met the Prime Minister at the White House on June 2 to talk.")).toBe("the White House");
    expect(placeFromText("The minister met at the Federal Chancellery of Sylvania Lena Trentino, the Chancellor.")).toBe("the Federal Chancellery of Sylvania");
    expect(placeFromText("The leaders met in Northtown, Sylvania, to sign the accord.")).toBe("Northtown, Sylvania");
    expect(placeFromText("The leaders discussed cooperation in Sylvania.")).toBeNull();
  });
});

describe("interpreting notes in other spellings", () => {
  it.each([
    ["President of Freedonia Rufus Firefly (re-translated): Thank you.", "(re-translated)"],
    ["Vladimir Putin (speaking German): Guten Tag.", "(speaking German)"],
  ])("%s", (text, note) => {
    expect(parseLeadingLabel(text)?.note).toBe(note);
  });
});
