import { describe, expect, it } from "vitest";
import { allText, ingestOk, texts } from "./helpers.ts";

const page = `Home   Embassy Info   About Sylvania   Sylvania & Freedonia   Economy & Trade   Consular Affairs
 Home > Sylvania News
Premier Lin Holds Talks with President Rufus Firefly

On May 3, 2017, Premier Lin held talks with President Rufus Firefly of Freedonia at the Hall of Harmony. The two sides agreed to deepen cooperation.

Rufus Firefly said that Freedonia values the partnership.

Prior to the talks, Premier Lin held a welcoming ceremony for Rufus Firefly.

Suggest To A Friend
`;

describe("plain page text reader", () => {
  it("skips the navigation line and the breadcrumb and takes the title line", () => {
    const r = ingestOk("embassy/2017-05-04_talks.txt", page);
    expect(r.title).toBe("Premier Lin Holds Talks with President Rufus Firefly");
    expect(allText(r)).not.toMatch(/Embassy Info|Home >|Consular Affairs/);
    expect(r.format).toBe("text");
  });

  it("drops the footer, on its own line or glued to the last sentence", () => {
    expect(allText(ingestOk("embassy/a.txt", page))).not.toContain("Suggest To A Friend");
    const glued = page.replace("Rufus Firefly.\n\nSuggest To A Friend", "Rufus Firefly.Suggest To A Friend");
    const t = texts(ingestOk("embassy/a.txt", glued));
    expect(t[t.length - 1]).toBe("Prior to the talks, Premier Lin held a welcoming ceremony for Rufus Firefly.");
  });

  it("takes the day the opening names and the place of the talks", () => {
    const r = ingestOk("embassy/2017-05-04_talks.txt", page);
    expect(r.date).toBe("2017-05-03");
    expect(r.place).toBe("the Hall of Harmony");
    expect(texts(r)).toHaveLength(3);
  });

  it("falls back to the collector's file-name date when the text gives none", () => {
    const undated = page.replace("On May 3, 2017, Premier", "Premier");
    expect(ingestOk("embassy/2017-05-04_talks.txt", undated).date).toBe("2017-05-04");
  });
});
