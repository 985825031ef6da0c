import { describe, expect, it } from "vitest";
import { isFurnitureLine, isNavLine, relatedListStart, siteNameOfCopyright, stripGluedTools } from "../../../src/pipeline/ingest/furniture.ts";
import { allText, ingestOk, texts } from "./helpers.ts";

// An invented page in the house style of a ministry site saved as text: menu, breadcrumb, title,
// stamp, body, then every kind of footer the cleaner must drop.
const page = `Home | About the Ministry | Spokesperson | Foreign Policy | Services
Home > News
Minister Ando Holds Talks with Foreign Minister Ilse Vell
Source: Tessa News | Editor: Mira Kolb
2025-03-14 09:30:00

On March 13, 2025, Minister Karl Ando held talks with Foreign Minister Ilse Vell at the Lantern Hall in Velmor.

Karl Ando said that both countries value the river treaty.

Ilse Vell said that her country is ready to widen trade.
Share: Facebook Twitter Weibo
Related news
Ando meets envoys from the coast
Vell opens new consulate
【Print】【Close】
Back to Top
Copyright © 2025 Ministry of Foreign Affairs of Tessaland. All Rights Reserved
`;

describe("furniture lines", () => {
  it("keeps exactly the three body paragraphs of a page full of furniture", () => {
    const r = ingestOk("mfa/2025-03-14_talks.txt", page);
    expect(texts(r)).toEqual([
      "On March 13, 2025, Minister Karl Ando held talks with Foreign Minister Ilse Vell at the Lantern Hall in Velmor.",
      "Karl Ando said that both countries value the river treaty.",
      "Ilse Vell said that her country is ready to widen trade.",
    ]);
    expect(allText(r)).not.toMatch(/Reserved|Copyright|Print|Close|Back to Top|Editor|Share|Related|Weibo/);
  });

  it("drops copyright lines in their common forms", () => {
    expect(isFurnitureLine("Copyright © 2025 Ministry of Foreign Affairs. All rights reserved.")).toBe(true);
    expect(isFurnitureLine("© 2024 Tessa News")).toBe(true);
    expect(isFurnitureLine("All Rights Reserved.")).toBe(true);
    expect(isFurnitureLine("Copyright law was among the topics the ministers discussed at length.")).toBe(false);
  });

  it("drops page tools bracketed, barred or bare", () => {
    for (const t of ["Print", "Close", "【Print】【Close】", "[Print] [Close]", "Print | Close", "Back to Top", "Suggest To A Friend"]) expect(isFurnitureLine(t), t).toBe(true);
  });

  it("drops bylines, stamps and share rows but not sentences that mention sources", () => {
    expect(isFurnitureLine("Source: Tessa News | Editor: Mira Kolb")).toBe(true);
    expect(isFurnitureLine("Editor: Mira Kolb")).toBe(true);
    expect(isFurnitureLine("Updated: 2025-03-14")).toBe(true);
    expect(isFurnitureLine("Published: 14 March 2025")).toBe(true);
    expect(isFurnitureLine("Share:")).toBe(true);
    expect(isFurnitureLine("Share this article: Facebook Twitter")).toBe(true);
    expect(isFurnitureLine("Source of the dispute, the minister said, is the dam.")).toBe(false);
  });

  it("keeps one paragraph per line in a page without blank lines, furniture lines dropped", () => {
    const bare = "Home    Ministry    Spokesperson    Foreign Policy\nAndo Meets Vell\nUpdated: 2025-03-14 09:30\nMinister Karl Ando met Foreign Minister Ilse Vell in Velmor.\nKarl Ando said the treaty matters.\nSuggest To A Friend\nPrint\n";
    expect(texts(ingestOk("mfa/b.txt", bare))).toEqual(["Minister Karl Ando met Foreign Minister Ilse Vell in Velmor.", "Karl Ando said the treaty matters."]);
  });

  it("drops photo captions that end with the picture's credit, keeps prose with brackets", () => {
    expect(isFurnitureLine("Premier Aldo Osk meets Minister Lina Daro in Velmor, Sept. 3, 2024. (Tessa News/Mira Kolb)")).toBe(true);
    expect(isFurnitureLine("Premier Aldo Osk shakes hands with Minister Lina Daro. (Photo by Mira Kolb)")).toBe(true);
    expect(isFurnitureLine("The ministers signed the accord on ports (the third this year).")).toBe(false);
  });

  it("drops lone stamp labels, font toolbars and full-width-colon bylines", () => {
    for (const t of ["Updated:", "Source:", "【Font: Large Medium Small】", "Source：Tessa News", "Editor：Mira Kolb"]) expect(isFurnitureLine(t), t).toBe(true);
    expect(isFurnitureLine("Updated figures were shared by both ministries.")).toBe(false);
  });

  it("cuts a related list at the end but never short turns after a 'See also' line", () => {
    expect(relatedListStart(["Body text.", "Related news", "Ando meets envoys", "Vell opens consulate"])).toBe(1);
    expect(relatedListStart(["Body text.", "See also", "Thank you.", "Thank you very much.", "We agree."])).toBe(-1);
  });

  it("recognises a nav line by its short capitalised items set apart by spaces or bars", () => {
    expect(isNavLine("Home   News   Spokesperson   Treaties   Contact")).toBe(true);
    expect(isNavLine("Home|Ministry|Embassies|Visa")).toBe(true);
    expect(isNavLine("The ministers met.  They agreed on the treaty.  Both signed it.")).toBe(false);
  });

  it("strips 'Suggest To A Friend' glued to the last line or standing alone", () => {
    expect(stripGluedTools("The banquet followed.Suggest To A Friend")).toBe("The banquet followed.");
    expect(stripGluedTools("The banquet followed. 【Print】【Close】")).toBe("The banquet followed.");
    const glued = page.replace("ready to widen trade.", "ready to widen trade.Suggest To A Friend");
    expect(texts(ingestOk("mfa/a.txt", glued)).at(-1)).toBe("Ilse Vell said that her country is ready to widen trade.");
  });

  it("drops the same furniture from an HTML page of an unseen site", () => {
    const html = `<!doctype html><html><body><h1>Ando meets Vell</h1><time datetime="2025-03-13">13 March</time><div class="article">
      <p>Minister Karl Ando met Foreign Minister Ilse Vell in Velmor on March 13, 2025, for talks on the river treaty and on trade.</p>
      <p>Source: Tessa News | Editor: Mira Kolb</p>
      <p>Both sides agreed to meet again in the autumn in the capital of the other side, the ministers said.</p>
      <p>[Print] [Close]</p><p>Copyright © 2025 Tessa News. All rights reserved.</p></div></body></html>`;
    const r = ingestOk("site/a.html", html);
    expect(texts(r)).toHaveLength(2);
    expect(allText(r)).not.toMatch(/Editor|Print|Copyright|Reserved/);
  });

  it("reads the site's name from a copyright line", () => {
    expect(siteNameOfCopyright("Copyright © 2025 Ministry of Foreign Affairs of Tessaland. All Rights Reserved")).toBe("Ministry of Foreign Affairs of Tessaland");
    expect(siteNameOfCopyright("All rights reserved")).toBeNull();
  });
});
