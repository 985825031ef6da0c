const VENUE = /\b(Hall|Palace|House|Kremlin|Residence|Centre|Center|Building|Castle|Hotel|Villa|Chancellery|Office|Embassy|Mansion|Complex|Forum|Garden|Room|Airport|Square|Headquarters|Parliament|Cathedral|Museum|Dacha)\b/;
const NOT_PLACES = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english", "russian", "french", "addition",
  "particular", "general", "turn", "person", "order", "response", "support", "light", "view", "line", "accordance", "total",
  "the", "this", "that", "his", "her", "their", "our", "its", "a", "an",
]);

const MEETING_VERB = /\b(met|meet|meets|meeting|held talks|holds talks|talks|visit|visited|visits|hosted|hosts|welcomed|received|receives|conversation|gathered|convened|arrived)\b/i;
const TOPIC_WORDS = /\b(discuss|discussed|discussing|about|regarding|on the situation|concerning|to address|on ways|on issues)\b/i;
const PLACE_PHRASE = /\b(at|in)\s+((?:the\s+)?[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+(?:of|the|de|on|am|upon|[\p{Lu}][\p{L}\p{M}'’.\-]*))*(?:,\s+[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.\-]*)*)?)/gu;

/**
 * Where the occasion took place, from the release's opening: "met ... at the Great Hall of the
 * People", "met today with President Macron in Paris". Only a place phrase that follows a meeting
 * verb and comes before any topic ("to discuss ...") counts, so "cooperation in Ukraine" does not.
 */
export function placeFromText(sentence: string): string | null {
  const verb = MEETING_VERB.exec(sentence);
  if (!verb) return null;
  const after = sentence.slice(verb.index);
  const topic = TOPIC_WORDS.exec(after);
  const window = topic ? after.slice(0, topic.index) : after;
  PLACE_PHRASE.lastIndex = 0;
  for (let m = PLACE_PHRASE.exec(window); m; m = PLACE_PHRASE.exec(window)) {
    let place = m[2]!.replace(/[.,;:]+$/, "").replace(/\s+(?:of|the|de|on)$/, "");
    const firstWord = place.replace(/^the\s+/, "").split(/\s+/)[0]!.toLowerCase();
    if (NOT_PLACES.has(firstWord)) continue;
    const hasThe = /^the\s/.test(place);
    if (hasThe && !VENUE.test(place)) continue;
    // "in Paris with ..." and "at the White House on Monday" end at the name itself.
    place = place.replace(/\s+(?:on|upon|am)$/, "");
    return place;
  }
  return null;
}

/** The place a White House title carries after a bar: "... Before Bilateral Meeting | New York, NY". */
export function placeFromTitle(title: string): string | null {
  const bar = /\s\|\s([^|]{2,60})$/.exec(title);
  if (bar) return bar[1]!.trim();
  return null;
}
