import { describe, expect, it } from "vitest";
import { allText, ingestOk, texts } from "./helpers.ts";

const md = (title: string, body: string) => `---
tags: speeches-remarks
date: '2023-05-02'
modified_time: 2023-05-02 18:00:00-04:00
source_url: https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/05/02/remarks-by-a-fictional-pair/
published_time: 2023-05-02 17:59:00-04:00
title: ${title}
---
${body}`;

const transcript = md(
  `"Remarks by President\\_Nowak and Prime Minister Trentino of\\_Sylvania Before\\
  \\ Bilateral Meeting"`,
  ` 
Cabinet Room  
Northtown, Sylvania

2:05 P.M. EDT  
   
PRESIDENT NOWAK:  Well, welcome.  It has been a long road to get
here, and I am very glad that the
Prime Minister could make it.  
   
We will talk about trade.  
   
PRIME MINISTER TRENTINO:  (As interpreted.)  Thank you, Madam
President.  
   
Q    Madam President, one question?

PRESIDENT NOWAK:  Later.  
   
2:11 P.M. EDT
`,
);

describe("Markdown reader", () => {
  it("reads the front matter title with YAML escapes and folded lines", () => {
    expect(ingestOk("wh/a.md", transcript).title).toBe("Remarks by President\u00a0Nowak and Prime Minister Trentino of\u00a0Sylvania Before Bilateral Meeting".replace(/\u00a0/g, " "));
  });

  it("moves the transcript header into place and drops the start and end times", () => {
    const r = ingestOk("wh/a.md", transcript);
    expect(r.place).toBe("Cabinet Room, Northtown, Sylvania");
    expect(r.date).toBe("2023-05-02");
    expect(allText(r)).not.toMatch(/P\.M\.|Cabinet Room|modified_time|tags:/);
    expect(r.publisher.id).toBe("white-house");
  });

  it("joins hard-wrapped lines back into paragraphs and labels each turn", () => {
    const ps = ingestOk("wh/a.md", transcript).paragraphs;
    expect(ps).toEqual([
      { text: "Well, welcome. It has been a long road to get here, and I am very glad that the Prime Minister could make it.", label: "PRESIDENT NOWAK", labelNote: null, heading: false },
      { text: "We will talk about trade.", label: null, labelNote: null, heading: false },
      { text: "Thank you, Madam President.", label: "PRIME MINISTER TRENTINO", labelNote: "(As interpreted.)", heading: false },
      { text: "Madam President, one question?", label: "Q", labelNote: null, heading: false },
      { text: "Later.", label: "PRESIDENT NOWAK", labelNote: null, heading: false },
    ]);
  });

  it("unescapes Markdown, drops the ### end mark and keeps link text only", () => {
    const body = `
The President met the Prime Minister at the White House.  They discussed
the \\[draft\\] accord, the **<u>harbour project</u>** and [the
grain deal](https://example.test/grain).

\\###
`;
    const r = ingestOk("wh/b.md", md("Readout of a Fictional Meeting", body));
    expect(texts(r)).toEqual(["The President met the Prime Minister at the White House. They discussed the [draft] accord, the harbour project and the grain deal."]);
    expect(r.place).toBe("the White House");
  });

  it("leaves a fact sheet's run-in headings as text, not as speakers", () => {
    const body = ["**Energy:** The sides agreed on a grid link.", "**Transport:** A new ferry line opens.", "**Culture:** A festival is planned."].join("\n\n");
    const ps = ingestOk("wh/c.md", md("\"Fact Sheet: Fictional Partnership\"", body)).paragraphs;
    expect(ps.every((p) => p.label === null)).toBe(true);
    expect(ps[0]!.text).toBe("Energy: The sides agreed on a grid link.");
  });

  it("takes the place a title carries after a bar", () => {
    expect(ingestOk("wh/d.md", md('"Remarks Before a Meeting | Northtown, NY"', "PRESIDENT NOWAK:  Hello.")).place).toBe("Northtown, NY");
  });
});
