import { describe, expect, it } from "vitest";
import { allText, ingestOk, texts } from "./helpers.ts";

const row = (fields: Record<string, unknown>) =>
  JSON.stringify({
    source: "President of Russia official website, scraped by a fictional repository, file data/rows.csv",
    csv_row_index: 7,
    link: "http://en.kremlin.ru/events/president/news/90001",
    headline: "Talks with President of Freedonia Rufus Firefly",
    date: "2022-04-05T11:30:00Z",
    location: "The Kremlin, Moscow",
    summary: "",
    ...fields,
  });

describe("row reader (bodies that lost their paragraph breaks)", () => {
  it("takes headline, day and location, and nothing of the row's bookkeeping", () => {
    const r = ingestOk("rows/a.json", row({ body: "The leaders met. They talked." }));
    expect(r).toMatchObject({ title: "Talks with President of Freedonia Rufus Firefly", date: "2022-04-05", place: "The Kremlin, Moscow", format: "row-json" });
    expect(r.publisher.id).toBe("kremlin");
    expect(allText(r)).not.toMatch(/scraped|rows\.csv|90001/);
  });

  it("treats a location of NA as no place", () => {
    expect(ingestOk("rows/a.json", row({ body: "The leaders met by video link.", location: "NA" })).place).toBeNull();
  });

  it("restores turns at labels, a heading glued in front of the first label, and * * * breaks", () => {
    const body =
      "The talks took place in the Kremlin. * * * Beginning of talks with President of Freedonia Rufus Firefly President of Russia Vladimir Putin: Mr President, welcome. I am glad to see you. " +
      "President of Freedonia Rufus Firefly (retranslated): Thank you. It is an honour. Vladimir Putin: Please. * * * The leaders then had lunch.";
    const ps = ingestOk("rows/b.json", row({ body })).paragraphs;
    expect(ps).toEqual([
      { text: "The talks took place in the Kremlin.", label: null, labelNote: null, heading: false },
      { text: "Beginning of talks with President of Freedonia Rufus Firefly", label: null, labelNote: null, heading: true },
      { text: "Mr President, welcome. I am glad to see you.", label: "President of Russia Vladimir Putin", labelNote: null, heading: false },
      { text: "Thank you. It is an honour.", label: "President of Freedonia Rufus Firefly", labelNote: "(retranslated)", heading: false },
      { text: "Please.", label: "Vladimir Putin", labelNote: null, heading: false },
      { text: "The leaders then had lunch.", label: null, labelNote: null, heading: false },
    ]);
  });

  it("collapses name tooltips that were flattened into the text", () => {
    const body = "Welcome. President of Freedonia Rufus Firefly Firefly RufusPresident of Freedonia(retranslated): Thank you.";
    const ps = ingestOk("rows/c.json", row({ body })).paragraphs;
    expect(ps[1]).toMatchObject({ label: "President of Freedonia Rufus Firefly", labelNote: "(retranslated)", text: "Thank you." });
    expect(allText({ paragraphs: ps } as never)).not.toContain("Firefly Rufus");
  });

  it("splits long running text at sentence ends, never inside a quotation, and starts a paragraph at a quotation", () => {
    const sentence = "The sides reviewed the state of bilateral cooperation in energy, transport and agriculture in some detail.";
    const body = `${sentence} ${sentence} ${sentence} ${sentence} "We count on you. Mr. Firefly knows this. We will not forget it," the President said. ${sentence}`;
    const t = texts(ingestOk("rows/d.json", row({ body, link: "https://www.president.gov.ua/en/news/x-1" })));
    expect(t.length).toBeGreaterThan(2);
    expect(t).toContain('"We count on you. Mr. Firefly knows this. We will not forget it," the President said.');
    expect(t.join(" ")).toBe(body);
  });

  it("keeps a summary as the lead when the body does not repeat it", () => {
    const t = texts(ingestOk("rows/e.json", row({ summary: "Vladimir Putin met the President of Freedonia.", body: "The talks lasted an hour." })));
    expect(t).toEqual(["Vladimir Putin met the President of Freedonia.", "The talks lasted an hour."]);
  });
});

describe("quotations inside quotations", () => {
  it("does not end a quotation at a quoted phrase inside it", () => {
    const sentence = "The sides reviewed the state of bilateral cooperation in energy, transport and agriculture in some detail.";
    const body = `${sentence} ${sentence} "We value your "good offices" work. It matters. It will go on," the President said. ${sentence}`;
    const t = texts(ingestOk("rows/f.json", row({ body, link: "https://www.president.gov.ua/en/news/x-2" })));
    expect(t).toContain('"We value your "good offices" work. It matters. It will go on," the President said.');
  });
});

describe("rows from other scrapers", () => {
  it("accepts title/text/published as well as headline/body/date", () => {
    const r = ingestOk("rows/g.json", JSON.stringify({ title: "Ministers meet", text: "The ministers met. They agreed.", published: "2020-02-03T10:00:00Z", url: "https://news.example.org/a" }));
    expect(r).toMatchObject({ title: "Ministers meet", date: "2020-02-03", sourceUrl: "https://news.example.org/a" });
    expect(r.publisher.id).toBe("news-example");
  });
});
