const VENUE = /\b(Hall|Palace|House|Kremlin|Department|Ministry|Secretariat|Pentagon|Capitol|Chamber|Pavilion|Auditorium|Library|Theatre|Theater|University|Stadium|Guesthouse|Residence|Centre|Center|Building|Castle|Hotel|Villa|Chancellery|Office|Embassy|Mansion|Complex|Forum|Garden|Room|Airport|Square|Headquarters|Parliament|Cathedral|Museum|Dacha)\b/;
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
  // "..., who is on a visit to China, at the Great Hall": where the guest is staying is not where they met.
  const window = (topic ? after.slice(0, topic.index) : after).replace(/,\s+who\s+(?:is|are|was|were)\b[^,]*,/g, ",");
  PLACE_PHRASE.lastIndex = 0;
  for (let m = PLACE_PHRASE.exec(window); m; m = PLACE_PHRASE.exec(window)) {
    let place = trimPlace(m[2]!, window.slice(m.index + m[0].length));
    if (!place) continue;
    // "at the Great Hall of the People in Beijing": the venue, then its city.
    if (VENUE.test(place) && !place.includes(",") && place.split(/\s+/).length === m[2]!.split(/\s+/).length) {
      const city = /^\s+in\s+([\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.\-]*)?)/u.exec(window.slice(m.index + m[0].length));
      const cityName = city ? trimPlace(city[1]!, window.slice(m.index + m[0].length + city[0].length)) : null;
      if (cityName && !VENUE.test(cityName)) place = `${place}, ${cityName}`;
    }
    return place;
  }
  return null;
}

/** "on a working visit to Kyiv", "during his state visit to Tashkent": where the visit went. */
export function visitDestination(sentence: string): string | null {
  const m = /\b(?:[Oo]n|[Dd]uring|[Ff]or|[Pp]aying|[Pp]ays|[Pp]aid|[Mm]aking|[Mm]ade)\s+(?:an?|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}visits?\s+to\s+((?:the\s+)?[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+(?:of|the|[\p{Lu}][\p{L}\p{M}'’.\-]*))*)/u.exec(sentence);
  if (!m) return null;
  return trimPlace(m[1]!, sentence.slice(m.index + m[0].length));
}

/** First words of places with three or more words and no "of" ("New York City", "Papua New Guinea"). */
const LONG_PLACE_START = new Set(["new", "united", "south", "north", "east", "west", "papua", "saint", "st.", "san", "santa", "los", "las", "rio", "sri", "hong", "kuala", "abu", "addis", "buenos", "costa", "el", "puerto", "port", "ho", "nizhny", "dar", "bosnia", "trinidad", "antigua", "sao", "são", "central", "democratic", "republic", "russian", "czech", "dominican"]);
const SPEECH_VERB_NEXT = /^\s+(?:said|says|told|noted|stressed|added|stated|announced|emphasi[sz]ed|thanked|expressed|welcomed|underlined|pointed)\b/;
/** Particles inside multi-word place names ("Sharm El Sheikh", "Rio de Janeiro"), never inside a personal name run-on. */
const PLACE_PARTICLE = /^(?:of|the|de|El|Al|Ad|As|Ash|Es|Er|Bin|Ben|Abu|Dar|Da|Do|Du|La|Le|Les|Los|Las|Del|Della|Sur|Am|Im|An|City|Region|Oblast|Province|State|County|District|Island|Islands)$/i;
/** Words that may follow a place in running text; anything else lower case (a verb) means the place ran into a subject. */
const AFTER_PLACE = /^(?:[,.;:!?)”"’]|\s*$|\s+(?:on|and|to|at|in|for|with|during|where|which|who|when|after|before|as|from|this|last|that|earlier|later|by|under|amid|via|the|a|an|today|yesterday|between|over|within|ahead|following|following|since|until|about|regarding|to)\b|\s+\()/i;

const TITLE_START = /^(President|Prime|Chancellor|Minister|Foreign|Secretary|King|Queen|Emir|Crown|Ambassador|Head|Deputy|Vice|Chairman|Chair|General|Director|Mr|Mrs|Ms|Dr)\b/;

/** A matched phrase cut down to the place: no trailing connector, no title or name run on after it. */
function trimPlace(phrase: string, following = ""): string | null {
  const [mainRaw, ...more] = phrase.split(/,\s+/);
  let tokens = mainRaw!.split(/\s+/);
  // A person's name never joins a place: "in Ukraine Karen McTear said" is "Ukraine" and a speaker.
  if (!VENUE.test(mainRaw!) && !tokens.some((t) => PLACE_PARTICLE.test(t))) {
    if (tokens.length >= 3 && !LONG_PLACE_START.has(tokens[0]!.toLowerCase())) tokens = tokens.slice(0, 1);
    else if (tokens.length >= 3 && more.length === 0 && !AFTER_PLACE.test(following)) tokens = tokens.slice(0, tokens.length - 2);
    // "in Ankara Yilmaz said": a surname before a verb of speech is the speaker, not part of the city.
    else if (tokens.length === 2 && more.length === 0 && !LONG_PLACE_START.has(tokens[0]!.toLowerCase()) && SPEECH_VERB_NEXT.test(following)) tokens = tokens.slice(0, 1);
  }
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
  let next = stop >= 0 ? words.slice(0, stop + 1) : words;
  // "in Kyiv, Ukraine Karen McTear": the country, then a person's name.
  if (next.length >= 2 && !LONG_PLACE_START.has(next[0]!.toLowerCase()) && (next.length >= 3 || !AFTER_PLACE.test(following))) next = next.slice(0, 1);
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
