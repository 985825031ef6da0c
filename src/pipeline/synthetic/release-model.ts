import {
  AIDE_TITLES, CEREMONY_WORDS, CLAIMS, COUNTERPART_TITLES, COUNTRIES, DOCUMENT_WORDS, FIRST_NAMES, MEAL_WORDS,
  NARRATION, OPENERS, ORGANISATIONS, ORG_TITLES, QUESTIONS, REPORTING_VERBS, SURNAMES, TOPICS, VENUES,
} from "./word-lists.ts";
import type { Country } from "./word-lists.ts";
import { createRandom, createZipf, hashSeed } from "./random.ts";
import type { Random } from "./random.ts";

/**
 * The format-free model of one synthetic release: who met whom, what happened in which order, and the
 * body as blocks (narration, reported speech, transcript turns). Renderers turn it into one of the five
 * raw formats; keeping the content apart from the markup lets every format carry the same structures.
 */

/** One variant per raw source folder of ../shared/corpus/raw/SOURCES.md. */
export const VARIANTS = ["kremlin-html", "state-feed", "kremlin-row", "ukraine-row", "whitehouse-md", "embassy-text"] as const;
export type Variant = (typeof VARIANTS)[number];

export interface SynthPerson {
  first: string;
  surname: string;
  name: string;
  /** Title as a label or apposition uses it ("Foreign Minister"). */
  title: string;
  /** Country (or organisation) the title belongs to. */
  country: string;
}

export type Block =
  | { kind: "narration"; text: string; mentions: SynthPerson[] }
  | { kind: "reported"; text: string; speaker: SynthPerson; mentions: SynthPerson[] }
  | { kind: "turn"; text: string; speaker: SynthPerson | "question"; note: string | null }
  | { kind: "break" }
  | { kind: "heading"; text: string };

export type Occasion = "talks" | "call" | "press" | "summit";

export interface SyntheticRelease {
  index: number;
  variant: Variant;
  date: string;
  /** "HH:MM", 24-hour. */
  time: string;
  place: string;
  title: string;
  lead: string;
  occasion: Occasion;
  host: SynthPerson;
  guest: SynthPerson;
  guestCountry: Country | null;
  attendees: SynthPerson[];
  blocks: Block[];
  /** True for the few very long transcripts (long press conferences). */
  long: boolean;
}

export interface ModelOptions {
  seed: number;
  /** Share of releases that are very long transcripts; real corpora have about 1-3 %. */
  longShare: number;
  firstYear: number;
  lastYear: number;
}

interface HostRole {
  title: string;
  /** Label title used in transcripts ("President of Russia"). */
  labelTitle: string;
  country: string;
  /** Era boundaries: the host in office from `from` (year) on; person is [given name, family name]. */
  eras: { from: number; person: [string, string] }[];
  /** Family name first, as Chinese names are written. */
  familyFirst?: boolean;
  venues: string[];
}

const HOSTS: Record<Variant, HostRole> = {
  "kremlin-html": {
    title: "President",
    labelTitle: "President of Russia",
    country: "Russia",
    venues: ["the Kremlin", "the Novo-Ogaryovo residence", "the Konstantinovsky Palace"],
    eras: [
      { from: 0, person: ["Arkady", "Venediktov"] },
      { from: 2008, person: ["Gleb", "Saltykov"] },
      { from: 2012, person: ["Arkady", "Venediktov"] },
    ],
  },
  "kremlin-row": { title: "", labelTitle: "", country: "", eras: [], venues: [] },
  "state-feed": {
    title: "Secretary",
    labelTitle: "Secretary of State",
    country: "United States",
    venues: ["the State Department", "the Benjamin Franklin Room"],
    eras: [
      { from: 0, person: ["Harold", "Whitcombe"] },
      { from: 2005, person: ["Margaret", "Ellery"] },
      { from: 2009, person: ["Daniel", "Ashgrove"] },
      { from: 2013, person: ["Thomas", "Brandvold"] },
      { from: 2017, person: ["Rebecca", "Stanwyck"] },
      { from: 2021, person: ["Anthony", "Merriwether"] },
      { from: 2025, person: ["Colin", "Haverford"] },
    ],
  },
  "whitehouse-md": {
    title: "President",
    labelTitle: "President",
    country: "United States",
    venues: ["the White House", "the South Lawn"],
    eras: [
      { from: 0, person: ["Walter", "Pemberton"] },
      { from: 2009, person: ["Samuel", "Okonkwo-Reid"] },
      { from: 2017, person: ["Douglas", "Fairbairn"] },
      { from: 2021, person: ["Eleanor", "Castlemaine"] },
      { from: 2025, person: ["Douglas", "Fairbairn"] },
    ],
  },
  "ukraine-row": {
    title: "President",
    labelTitle: "President of Ukraine",
    country: "Ukraine",
    venues: ["the Mariinsky Palace", "the Office of the President"],
    eras: [
      { from: 0, person: ["Bohdan", "Kravchuk-Lysenko"] },
      { from: 2010, person: ["Taras", "Melnychenko"] },
      { from: 2014, person: ["Oleksandr", "Danylyshyn"] },
      { from: 2019, person: ["Yevhen", "Sydorenko"] },
    ],
  },
  "embassy-text": {
    title: "President",
    labelTitle: "President",
    country: "China",
    familyFirst: true,
    venues: ["the Great Hall of the People", "the Diaoyutai State Guesthouse"],
    eras: [
      { from: 0, person: ["Wenhao", "Liang"] },
      { from: 2003, person: ["Minghao", "Zhou"] },
      { from: 2013, person: ["Jiarui", "Tang"] },
    ],
  },
};
HOSTS["kremlin-row"] = HOSTS["kremlin-html"];

const VARIANT_WEIGHTS: [Variant, number][] = [
  ["kremlin-html", 30],
  ["state-feed", 22],
  ["kremlin-row", 8],
  ["ukraine-row", 9],
  ["whitehouse-md", 27],
  ["embassy-text", 4],
];

function hostFor(variant: Variant, year: number): SynthPerson {
  const role = HOSTS[variant];
  let era = role.eras[0];
  for (const e of role.eras) if (year >= e.from) era = e;
  const [first, surname] = era?.person ?? ["Unknown", "Host"];
  return { first, surname, name: role.familyFirst ? `${surname} ${first}` : `${first} ${surname}`, title: role.title, country: role.country };
}

/** People pools are built once per seed; each release then draws from them with a Zipf skew. */
export interface Pools {
  counterparts: SynthPerson[];
  aides: Record<Variant, SynthPerson[]>;
  drawCounterpart: (random: Random) => number;
  drawAide: (random: Random) => number;
}

const COUNTERPART_POOL = 4000;
const AIDE_POOL = 40;

export function buildPools(seed: number): Pools {
  const random = createRandom(hashSeed("pools", seed));
  const names: [string, string][] = [];
  for (const first of FIRST_NAMES) for (const surname of SURNAMES) names.push([first, surname]);
  // A seeded shuffle gives unique names, so two pool entries never merge into one person page.
  for (let i = names.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const t = names[i] as [string, string];
    names[i] = names[j] as [string, string];
    names[j] = t;
  }
  let next = 0;
  const take = (): [string, string] => names[next++ % names.length] as [string, string];
  const counterparts: SynthPerson[] = [];
  for (let k = 0; k < COUNTERPART_POOL; k++) {
    const [first, surname] = take();
    const isOrg = random.chance(0.08);
    const country = isOrg ? random.pick(ORGANISATIONS) : random.pick(COUNTRIES).name;
    // Senior titles for the most frequent counterparts, as in real coverage.
    const title = isOrg
      ? random.pick(ORG_TITLES)
      : COUNTERPART_TITLES[Math.min(COUNTERPART_TITLES.length - 1, Math.floor(random.next() * (k < 200 ? 3 : COUNTERPART_TITLES.length)))] ?? "President";
    counterparts.push({ first, surname, name: `${first} ${surname}`, title, country });
  }
  const aides = {} as Record<Variant, SynthPerson[]>;
  for (const variant of VARIANTS) {
    const list: SynthPerson[] = [];
    for (let k = 0; k < AIDE_POOL; k++) {
      const [first, surname] = take();
      list.push({ first, surname, name: `${first} ${surname}`, title: random.pick(AIDE_TITLES), country: HOSTS[variant].country });
    }
    aides[variant] = list;
  }
  aides["kremlin-row"] = aides["kremlin-html"];
  return { counterparts, aides, drawCounterpart: createZipf(COUNTERPART_POOL, 1.0), drawAide: createZipf(AIDE_POOL, 0.9) };
}

function pickVariant(random: Random): Variant {
  const total = VARIANT_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let r = random.next() * total;
  for (const [variant, weight] of VARIANT_WEIGHTS) {
    r -= weight;
    if (r < 0) return variant;
  }
  return "kremlin-html";
}

const pad = (n: number) => String(n).padStart(2, "0");

function fill(template: string, random: Random): string {
  return template
    .replace("{topic2}", () => random.pick(TOPICS))
    .replace(/\{topic\}/g, () => random.pick(TOPICS))
    .replace("{pct}", () => String(random.int(3, 40)))
    .replace("{num}", () => String(random.int(20, 900)))
    .replace("{doc}", () => random.pick(DOCUMENT_WORDS));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function spokenSentence(random: Random, unlike?: string): string {
  let sentence = `${capitalise(fill(random.pick(CLAIMS), random))}.`;
  for (let tries = 0; unlike !== undefined && tries < 3 && sentence.toLowerCase() === `${unlike.toLowerCase()}.`; tries++) {
    sentence = `${capitalise(fill(random.pick(CLAIMS), random))}.`;
  }
  return sentence;
}

function turnText(random: Random, sentences: number): string {
  const parts: string[] = [];
  if (random.chance(0.4)) parts.push(`${random.pick(OPENERS)}.`);
  while (parts.length < sentences) parts.push(spokenSentence(random));
  return parts.join(" ");
}

/** "Foreign Minister of Finland Aino Varga" / "Secretary-General of the United Nations ...". */
export function fullTitle(person: SynthPerson): string {
  return `${person.title} of ${person.country} ${person.name}`;
}

function listNames(people: SynthPerson[], hostCountry: string): string {
  // Host-side officials go by title alone, the guest's side with their country, as releases write them.
  const named = people.map((p) => (p.country === hostCountry ? `${p.title} ${p.name}` : fullTitle(p)));
  if (named.length <= 1) return named.join("");
  return `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}

export function buildRelease(index: number, options: ModelOptions, pools: Pools): SyntheticRelease {
  const random = createRandom(hashSeed("release", options.seed, index));
  const variant = pickVariant(random);
  const year = random.int(options.firstYear, options.lastYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = `${pad(random.int(8, 20))}:${pad(random.int(0, 11) * 5)}`;
  const host = hostFor(variant, year);
  const guest = pools.counterparts[pools.drawCounterpart(random)] as SynthPerson;
  const guestCountry = COUNTRIES.find((c) => c.name === guest.country) ?? null;
  const long = random.next() < options.longShare;

  const occasionRoll = random.next();
  let occasion: Occasion;
  if (long) occasion = "press";
  else if (occasionRoll < 0.22) occasion = "call";
  else if (occasionRoll < 0.5) occasion = "press";
  else if (occasionRoll < 0.56) occasion = "summit";
  else occasion = "talks";
  // Ukrainian and embassy releases are reported speech only, as in the real sources.
  if ((variant === "ukraine-row" || variant === "embassy-text") && occasion === "press") occasion = "talks";

  const place = occasion === "call" ? hostCapital(variant) : random.chance(0.6) ? hostCapital(variant) : guestCountry?.capital ?? hostCapital(variant);
  const aideCount = occasion === "call" ? random.int(0, 1) : random.int(1, 5);
  const aidePool = pools.aides[variant];
  const attendees: SynthPerson[] = [];
  const seen = new Set<string>();
  for (let tries = 0; attendees.length < aideCount && tries < 20; tries++) {
    const aide = aidePool[pools.drawAide(random)] as SynthPerson;
    if (!seen.has(aide.name)) {
      seen.add(aide.name);
      attendees.push(aide);
    }
  }
  if (occasion !== "call" && random.chance(0.5)) {
    const guestSide = pools.counterparts[pools.drawCounterpart(random)] as SynthPerson;
    if (guestSide.name !== guest.name && !seen.has(guestSide.name)) attendees.push(guestSide);
  }

  const blocks: Block[] = [];
  const venue = random.pick(place === hostCapital(variant) ? HOSTS[variant].venues : VENUES);
  const hostRef = `${HOSTS[variant].labelTitle} ${host.name}`;
  const guestRef = fullTitle(guest);
  const verb = occasion === "call" ? "had a telephone conversation with" : occasion === "summit" ? "took part in a summit meeting with" : "held talks with";
  blocks.push({ kind: "narration", text: `${hostRef} ${verb} ${guestRef}.`, mentions: [host, guest] });

  const hadWelcome = occasion === "talks" && random.chance(0.5);
  if (hadWelcome) {
    blocks.push({ kind: "narration", text: `Prior to the talks, an official welcoming ceremony took place at ${venue}.`, mentions: [] });
  }
  if (attendees.length > 0) {
    const what = occasion === "call" ? "conversation" : "talks";
    blocks.push({ kind: "narration", text: `${listNames(attendees, host.country)} ${attendees.length > 1 ? "were also present at" : "also took part in"} the ${what}.`, mentions: attendees });
  }

  const reportedCount = long ? random.int(4, 8) : random.int(2, 6);
  for (let i = 0; i < reportedCount; i++) {
    if (random.chance(0.35)) {
      blocks.push({ kind: "narration", text: fill(random.pick(NARRATION), random), mentions: [] });
      continue;
    }
    const speaker = random.chance(0.55) ? host : guest;
    const claim = fill(random.pick(CLAIMS), random);
    const ref = i === 0 ? speaker.name : random.chance(0.5) ? speaker.surname : speaker.name;
    const text =
      variant === "ukraine-row" && random.chance(0.5)
        ? `“${capitalise(claim)}. ${spokenSentence(random, claim)}” – ${speaker === host ? "the President" : speaker.name} ${random.pick(REPORTING_VERBS)}.`
        : `${ref} ${random.pick(REPORTING_VERBS)} that ${claim}. ${spokenSentence(random, claim)}`;
    blocks.push({ kind: "reported", text, speaker, mentions: [speaker] });
  }

  if (occasion === "talks" && random.chance(0.6)) {
    const doc = random.pick(DOCUMENT_WORDS);
    blocks.push({ kind: "narration", text: `Following the talks, the two leaders witnessed the signing of ${doc}.`, mentions: [] });
  }
  if (occasion === "talks" && random.chance(0.4)) {
    blocks.push({ kind: "narration", text: `After the talks, ${host.name} hosted ${random.pick(MEAL_WORDS)} in honour of the guest.`, mentions: [host] });
  }
  if (occasion === "talks" && random.chance(0.2)) {
    blocks.push({ kind: "narration", text: `Earlier in the day, ${guest.name} ${random.pick(CEREMONY_WORDS)}.`, mentions: [guest] });
  }

  if (occasion === "press") {
    const turns = long ? random.int(120, 260) : random.int(6, 30);
    const withQuestions = variant !== "kremlin-row" || random.chance(0.5);
    blocks.push({ kind: "break" });
    for (let i = 0; i < turns; i++) {
      if (withQuestions && i > 2 && i % 3 === 0) {
        blocks.push({ kind: "turn", text: fill(random.pick(QUESTIONS), random), speaker: "question", note: null });
        continue;
      }
      const speaker = i % 2 === 0 ? host : guest;
      const note = speaker === guest && random.chance(0.5) ? "interpreted" : null;
      blocks.push({ kind: "turn", text: turnText(random, random.int(1, long ? 7 : 5)), speaker, note });
      if (long && i > 0 && i % 60 === 0) blocks.push({ kind: "break" });
    }
  }

  const title = titleFor(variant, occasion, host, guest, guestCountry, year, random);
  const lead = occasion === "call" ? `${host.name} and ${guest.name} discussed ${random.pick(TOPICS)}.` : `${host.name} and ${guest.name} met in ${place}.`;
  return { index, variant, date, time, place, title, lead, occasion, host, guest, guestCountry, attendees, blocks, long };
}

function hostCapital(variant: Variant): string {
  switch (variant) {
    case "kremlin-html":
    case "kremlin-row":
      return "Moscow";
    case "state-feed":
    case "whitehouse-md":
      return "Washington";
    case "ukraine-row":
      return "Kyiv";
    case "embassy-text":
      return "Beijing";
  }
}

function titleFor(variant: Variant, occasion: Occasion, host: SynthPerson, guest: SynthPerson, country: Country | null, year: number, random: Random): string {
  const adjective = country?.adjective ?? "";
  const guestPhrase = `${guest.title} of ${guest.country} ${guest.name}`;
  switch (variant) {
    case "kremlin-html":
    case "kremlin-row":
      if (occasion === "call") return `Telephone conversation with ${guestPhrase}`;
      if (occasion === "press") return adjective ? `Press statements following Russian-${adjective} talks` : `News conference following talks with ${guestPhrase}`;
      if (occasion === "summit") return `Summit meeting with ${guestPhrase}`;
      if (year < 2007) return `President ${host.name} met with ${adjective ? `${adjective} ` : ""}${guest.title} ${guest.name}`;
      return random.chance(0.5) && adjective ? `Russian-${adjective} talks` : `Meeting with ${guestPhrase}`;
    case "state-feed": {
      const who = `${adjective ? `${adjective} ` : ""}${guest.title} ${guest.name}`;
      if (occasion === "call") return `Secretary ${host.surname}’s Call with ${who}`;
      if (occasion === "press") return random.chance(0.5) ? `Secretary ${host.name} and ${who} Before Their Meeting` : `Secretary ${host.name} at a Joint Press Availability with ${who}`;
      return `Secretary ${host.surname}’s Meeting with ${who}`;
    }
    case "whitehouse-md":
      if (occasion === "call") return `Readout of President ${host.name}’s Call with ${guest.title} ${guest.name} of ${guest.country}`;
      if (occasion === "press") return `Remarks by President ${host.surname} and ${guest.title} ${guest.name} of ${guest.country} Before Bilateral Meeting`;
      return `Readout of President ${host.name}’s Meeting with ${guest.title} ${guest.name} of ${guest.country}`;
    case "ukraine-row":
      if (occasion === "call") return `President of Ukraine had a phone conversation with ${guestPhrase}`;
      return `President of Ukraine met with ${guestPhrase}`;
    case "embassy-text":
      return `${host.name} Holds Talks with ${guest.title} ${guest.name} of ${guest.country}`;
  }
}
