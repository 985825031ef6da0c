import type { Release } from "../../../src/lib/corpus-schema.ts";

/** An invented release (no corpus text): two leaders, one aide, a welcome and talks. */
export function makeRelease(overrides: Partial<Release> = {}): Release {
  return {
    id: "2031-04-02-talks-in-lowtown-abc123",
    title: "Talks between the leaders of Northland and Southland",
    date: "2031-04-02",
    place: "Lowtown",
    publisher: { id: "northland-office", name: "Office of the President of Northland" },
    sourceUrl: "https://example.org/releases/42",
    sourceFile: "fixture/42.html",
    format: "html",
    kind: "talks",
    people: [
      { id: "anna-north", name: "Anna North", aliases: ["North"], titles: ["President of Northland"], country: "Northland" },
      { id: "sam-south", name: "Sam South", aliases: ["South"], titles: ["Prime Minister of Southland"], country: "Southland" },
      { id: "kit-aide", name: "Kit Aide", aliases: [], titles: ["Foreign Minister of Northland"], country: "Northland" },
    ],
    paragraphs: [
      { id: "p-1", text: "The President of Northland welcomed the Prime Minister of Southland at the palace.", speakers: [], kind: "narration" },
      { id: "p-2", text: "Good afternoon, it is a pleasure to host you in our capital.", speakers: ["anna-north"], kind: "turn" },
      { id: "p-3", text: "Our trade grew by a third last year and we hope for more.", speakers: ["anna-north"], kind: "turn" },
      { id: "p-4", text: "Thank you for the warm welcome, dear colleague.", speakers: ["sam-south"], kind: "turn" },
      { id: "p-5", text: "The talks then continued in an expanded format.", speakers: [], kind: "narration" },
      { id: "p-6", text: "Let us sign the river agreement before lunch.", speakers: ["anna-north"], kind: "turn" },
    ],
    events: [
      { id: "e-2", kind: "talks", label: "Talks in expanded format", order: 1, attendees: ["kit-aide"], participants: ["anna-north", "sam-south"], paragraph: "p-5" },
      { id: "e-1", kind: "welcome", label: "Welcome at the palace", order: 0, attendees: [], participants: ["anna-north"], paragraph: "p-1" },
    ],
    countries: ["Northland", "Southland"],
    organisations: ["River Council"],
    documents: ["River Agreement"],
    ...overrides,
  };
}
