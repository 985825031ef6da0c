import { describe, expect, it } from "vitest";
import { publisherFor } from "../../../src/pipeline/ingest/publisher.ts";

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
