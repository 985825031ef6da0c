import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { para, release } from "./fixtures.ts";

const kinds = (title: string, texts: string[]) => analyze(release(title, texts.map((t) => para(t)))).events.map((e) => e.kind);

describe("arrival comes first wherever it is reported", () => {
  it("moves an arrival told in the last paragraph before the talks", () => {
    const out = kinds("Talks between the presidents of Erland and Vostia", [
      "President Anna Berg held talks with President Ivo Kral in the capital.",
      "Following the talks, the presidents signed a treaty on river transport.",
      "Then the two leaders made statements for the press.",
      "Ivo Kral arrived in Norburg on Monday for an official visit.",
    ]);
    expect(out).toEqual(["arrival", "talks", "signing", "press"]);
  });

  it("reads 'upon arrival' and a welcome ceremony before two rounds of talks", () => {
    const out = kinds("Talks between the presidents of Erland and Vostia", [
      "Upon arrival at the palace, an official welcoming ceremony was held for President Ivo Kral.",
      "Then the leaders held talks in a restricted format, then with delegations.",
      "At the end of the talks, a number of documents were signed.",
      "The presidents gave statements to the press.",
    ]);
    expect(out).toEqual(["arrival", "welcome", "talks", "talks", "signing", "press"]);
  });

  it("takes 'an official ceremony to welcome' as the welcome, not another ceremony", () => {
    const out = kinds("President Berg meets President Kral", [
      "An official ceremony to welcome President Ivo Kral took place on the main square.",
      "President Anna Berg held talks with President Ivo Kral.",
    ]);
    expect(out).toEqual(["welcome", "talks"]);
  });
});

describe("meals", () => {
  it("puts a meal with no cue after the talks, signing and press of the day", () => {
    const out = kinds("President Berg meets President Kral", [
      "An official welcome ceremony was held for President Ivo Kral.",
      "President Anna Berg hosted a state dinner in honour of the guest.",
      "President Anna Berg held talks with President Ivo Kral.",
      "The presidents signed an agreement on cultural exchange.",
    ]);
    expect(out).toEqual(["welcome", "talks", "signing", "meal"]);
  });

  it("follows the cue that places the meal", () => {
    const out = kinds("President Berg meets President Kral", [
      "President Anna Berg held talks with President Ivo Kral.",
      "In the evening, President Anna Berg gave a banquet for the guest.",
      "Earlier, the ministers signed a memorandum on fisheries.",
    ]);
    expect(out.indexOf("meal")).toBeGreaterThan(out.indexOf("talks"));
  });
});

describe("signing", () => {
  it("makes a document exchange ceremony one signing event", () => {
    const out = kinds("President Berg meets President Kral", [
      "President Anna Berg held talks with President Ivo Kral.",
      "A document exchange ceremony followed the talks.",
    ]);
    expect(out).toEqual(["talks", "signing"]);
  });

  it.each([
    "The minister praised the signing of the fisheries agreement last year.",
    "The sides agreed to sign a new trade protocol at the next session.",
    "Both leaders looked forward to signing the treaty in the spring.",
    "They reviewed how the documents signed earlier are being carried out.",
    "The ministers discussed the upcoming summit in Norburg.",
  ])("does not create a part from a passing mention: %s", (sentence) => {
    const out = kinds("President Berg meets President Kral", ["President Anna Berg held talks with President Ivo Kral.", sentence]);
    expect(out).toEqual(["talks"]);
  });

  it("still creates a signing when documents were signed at this occasion", () => {
    const out = kinds("President Berg meets President Kral", [
      "President Anna Berg held talks with President Ivo Kral.",
      "Following the talks, the presidents witnessed the signing of four agreements.",
    ]);
    expect(out).toEqual(["talks", "signing"]);
  });
});

describe("a meal that is a round of the talks", () => {
  it("keeps the meal before the press when the talks continued over it", () => {
    const out = kinds("President Berg meets President Kral", [
      "President Anna Berg held talks with President Ivo Kral.",
      "After a restricted round, the talks continued over a working lunch. After the talks, the presidents made statements for the press.",
    ]);
    expect(out).toEqual(["talks", "meal", "press"]);
  });
});

describe("a signing in another year", () => {
  it("is history, not a part of this occasion", () => {
    const out = kinds("President Berg meets President Kral", [
      "President Anna Berg held talks with President Ivo Kral.",
      "The two ministers recalled that the border treaty was signed in 1958 by their predecessors.",
    ]);
    expect(out).toEqual(["talks"]);
  });
});
