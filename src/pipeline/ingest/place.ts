const VENUE = /\b(Hall|Palace|House|Kremlin|Residence|Centre|Center|Building|Castle|Hotel|Villa|Chancellery|Office|Embassy|Mansion|Complex|Forum|Garden|Room|Airport|Square|Headquarters|Parliament|Cathedral|Museum|Dacha)\b/;
const NOT_PLACES = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english", "russian", "french", "addition",
  "particular", "general", "turn", "person", "order", "response", "support", "light", "view", "line", "accordance", "total",
  "the", "this", "that", "his", "her", "their", "our", "its", "a", "an",
]);

const MEETING_VERB = /\b(met|meet|meets|meeting|held|was held|took place|takes place|talks|visit|visited|visits|hosted|hosts|welcomed|received|receives|conversation|gathered|convened|arrived)\b/i;
const TOPIC_WORDS = /\b(discuss|discussed|discussing|about|regarding|on the situation|concerning|to address|on ways|on issues)\b/i;
const PLACE_PHRASE = /\b(at|in)\s+((?:the\s+)?[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+(?:of|the|de|[\p{Lu}][\p{L}\p{M}'’.\-]*))*(?:,\s+[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.\-]*)*)?)/gu;

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
    const place = trimPlace(m[2]!);
    if (!place) continue;
    return place;
  }
  return null;
}

const TITLE_START = /^(President|Prime|Chancellor|Minister|Foreign|Secretary|King|Queen|Emir|Crown|Ambassador|Head|Deputy|Vice|Chairman|Chair|General|Director|Mr|Mrs|Ms|Dr)\b/;

/** A matched phrase cut down to the place: no trailing connector, no title or name run on after it. */
function trimPlace(phrase: string): string | null {
  const [mainRaw, ...more] = phrase.split(/,\s+/);
  const tokens = mainRaw!.split(/\s+/);
  const out: string[] = [];
  for (const [i, t] of tokens.entries()) {
    const prev = out[out.length - 1]?.toLowerCase();
    const prev2 = out[out.length - 2]?.toLowerCase();
    if (i > 0 && TITLE_START.test(t) && prev !== "the" && prev !== "of") break;
    // "the Chancellery of Austria Karoline Edtstadler": after "of <Name>", a further name is a person.
    if (i > 1 && prev2 === "of" && prev !== "of" && prev !== "the" && /^\p{Lu}/u.test(t)) break;
    out.push(t);
  }
  while (out.length && /^(of|the|de|on|upon|am)$/i.test(out[out.length - 1]!)) out.pop();
  let place = out.join(" ").replace(/(?<!\b\p{Lu})[.,;:]+$/u, "");
  const bare = place.replace(/^the\s+/, "");
  const firstWord = bare.split(/\s+/)[0]!.toLowerCase();
  if (!bare || NOT_PLACES.has(firstWord)) return null;
  const isVenue = VENUE.test(place);
  if (/^the\s/.test(place) && !isVenue) return null;
  if (!isVenue && bare.split(/\s+/).length > 3) return null;
  if (!isVenue && /^[\p{Lu}][\p{Ll}]+(?:ian|ean|ese|ish|ic)$/u.test(bare)) return null;
  // One ", Country" or ", State" may follow: short, capitalised, and not a title or a name.
  const words = more[0]?.split(/\s+/) ?? [];
  // "Washington, D.C. Secretary Blinken ..." : the place ends with the word that carries the period.
  const stop = words.findIndex((t) => /\.$/.test(t));
  const next = stop >= 0 ? words.slice(0, stop + 1) : words;
  if (next.length > 0 && next.length <= 3 && !TITLE_START.test(next[0]!) && next.every((t) => /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u.test(t))) {
    place += `, ${next.join(" ").replace(/(?<!\b\p{Lu})[.,;:]+$/u, "")}`;
  }
  return place;
}

/** The place a White House title carries after a bar: "... Before Bilateral Meeting | New York, NY". */
export function placeFromTitle(title: string): string | null {
  const bar = /\s\|\s([^|]{2,60})$/.exec(title);
  if (bar) return bar[1]!.trim();
  return null;
}
