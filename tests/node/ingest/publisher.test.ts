import { describe, expect, it } from "vitest";
import { publisherFor, publisherNameOf } from "../../../src/pipeline/ingest/publisher.ts";
import { ingestOk } from "./helpers.ts";

describe("publisher", () => {
  it("knows the corpus publishers by host, archives included", () => {
    expect(publisherFor("http://en.kremlin.ru/events/president/news/1", [])).toEqual({ id: "kremlin", name: "President of Russia" });
    expect(publisherFor("https://bidenwhitehouse.archives.gov/briefing-room/x/", [])).toEqual({ id: "white-house", name: "The White House" });
    expect(publisherFor("https://www.president.gov.ua/en/news/x", []).id).toBe("president-of-ukraine");
  });

  it("falls back to hints when there is no URL, and to the host name for unseen sites", () => {
    expect(publisherFor(null, ["Home   Embassy Info   China & Greece   Consular Affairs"]).id).toBe("chinese-embassy-greece");
    expect(publisherFor("https://www.mfa.example.org/news/1", [])).toEqual({ id: "mfa-example", name: "mfa.example.org" });
    expect(publisherFor(null, [null])).toEqual({ id: "unknown", name: "Unknown publisher" });
  });
});

describe("publisher name from the source's own metadata", () => {
  it("takes the first clause of a row or feed source, without the kind of channel", () => {
    expect(publisherNameOf("President of Tessaland official website, English news (https://president.tessa.example/en)")).toBe("President of Tessaland");
    expect(publisherNameOf("Ministry for Foreign Affairs of Velmor press-release feed (https://mfa.velmor.example/feed/)")).toBe("Ministry for Foreign Affairs of Velmor");
    expect(publisherNameOf("https://mfa.velmor.example/feed/")).toBeNull();
  });

  it("prefers a stated name to the host name, and keeps the known table for the raw sources", () => {
    expect(publisherFor("https://mfa.velmor.example/news/1", [], "Ministry for Foreign Affairs of Velmor")).toEqual({ id: "ministry-for-foreign-affairs-of-velmor", name: "Ministry for Foreign Affairs of Velmor" });
    expect(publisherFor("http://en.kremlin.ru/events/president/news/1", [], "Some Mirror")).toEqual({ id: "kremlin", name: "President of Russia" });
    expect(publisherFor(null, [], "President of Russia")).toEqual({ id: "kremlin", name: "President of Russia" });
  });

  const body = "<p>Minister Karl Ando met Foreign Minister Ilse Vell in Velmor for talks on the river treaty and on trade in grain.</p><p>Both sides agreed to meet again in the autumn, the two ministers said after the talks.</p>";
  it("reads og:site_name, application-name and an organisation in the author tag of an HTML page", () => {
    const page = (head: string) => `<!doctype html><html><head>${head}<meta property="og:url" content="https://mfa.velmor.example/n/1"><meta property="article:published_time" content="2025-03-13"></head><body><h1>Ando meets Vell</h1><article>${body}</article></body></html>`;
    expect(ingestOk("a/a.html", page('<meta property="og:site_name" content="Ministry for Foreign Affairs of Velmor">')).publisher.name).toBe("Ministry for Foreign Affairs of Velmor");
    expect(ingestOk("a/a.html", page('<meta name="application-name" content="Velmor Foreign Ministry">')).publisher.name).toBe("Velmor Foreign Ministry");
    expect(ingestOk("a/a.html", page('<meta name="author" content="Embassy of Velmor in Tessaland">')).publisher.name).toBe("Embassy of Velmor in Tessaland");
    // A person in the author tag is a byline, not the publisher: the host is the last resort.
    expect(ingestOk("a/a.html", page('<meta name="author" content="Mira Kolb">')).publisher.name).toBe("mfa.velmor.example");
  });

  it("reads the feed item's and the row's source field and the front matter's publisher", () => {
    const feed = { title: "Ando meets Vell", pubDate: "Thu, 13 Mar 2025 10:00:00 +0000", link: "https://mfa.velmor.example/n/2", "content:encoded": body, source: "Ministry for Foreign Affairs of Velmor press-release feed (https://mfa.velmor.example/feed/)" };
    expect(ingestOk("f/a.json", JSON.stringify(feed)).publisher.name).toBe("Ministry for Foreign Affairs of Velmor");
    const row = { headline: "Ando meets Vell", date: "2025-03-13", body: "Minister Karl Ando met Foreign Minister Ilse Vell in Velmor for talks on the river treaty.", source: "President of Tessaland official website, English news (https://president.tessa.example/en)" };
    expect(ingestOk("r/a.json", JSON.stringify(row)).publisher.name).toBe("President of Tessaland");
    const md = `---\ntitle: Ando meets Vell\ndate: '2025-03-13'\npublisher: Office of the Prime Minister of Tessaland\n---\n\nMinister Karl Ando met Foreign Minister Ilse Vell in Velmor.\n`;
    expect(ingestOk("m/a.md", md).publisher.name).toBe("Office of the Prime Minister of Tessaland");
  });

  it("names a plain-text page's site from its header or copyright line, else 'Unknown publisher'", () => {
    const text = (top: string, foot: string) => `${top}Home   News   Ministry   Contact   Visa\nAndo Meets Vell\n2025-03-13\n\nMinister Karl Ando met Foreign Minister Ilse Vell in Velmor.\n\n${foot}`;
    expect(ingestOk("t/a.txt", text("Embassy of Velmor in Tessaland\n", "")).publisher.name).toBe("Embassy of Velmor in Tessaland");
    expect(ingestOk("t/a.txt", text("", "Copyright © 2025 Embassy of Velmor in Tessaland. All Rights Reserved\n")).publisher.name).toBe("Embassy of Velmor in Tessaland");
    expect(ingestOk("t/a.txt", text("", "")).publisher).toEqual({ id: "unknown", name: "Unknown publisher" });
  });
});
