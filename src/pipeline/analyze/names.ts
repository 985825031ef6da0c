import { COUNTRY_BY_FORM } from "./lexicon-places.ts";

/**
 * Personal names: finding capitalised name runs, telling titles from names, folding and slugging.
 * Pure functions over strings; no knowledge of a release.
 */

/** Words that open or make up an office title; never part of a personal name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    "president presidents vice prime minister ministers premier chancellor secretary secretary-general under-secretary undersecretary " +
    "deputy assistant first lady gentleman general governor mayor king queen prince princess crown emir sheikh sultan " +
    "emperor empress majesty highness holiness excellency his her royal pope patriarch metropolitan archbishop bishop cardinal " +
    "ambassador envoy special representative spokesperson spokesman spokeswoman press speaker chairman chairwoman chair chairperson " +
    "head leader commander chief admiral colonel lieutenant captain major senator sen representative rep congressman " +
    "congresswoman governor-general director director-general administrator commissioner counsellor counselor adviser advisor " +
    "aide minister-counsellor attorney justice judge foreign defense defence finance economy economic trade energy " +
    "affairs state national security federal ceo chief executive officer founder member members council president-elect " +
    "grand duke duchess lord lady sir dame mr mrs ms dr madam monsieur excellencies federation republic government presidential " +
    "interior internal foreign-minister officer staff counterpart host delegation delegations sovereign supreme chancellor-elect " +
    "messrs co-chair co-chairman coordinator prosecutor chairman-in-office ayatollah imam rabbi mufti cheikh amir crown-prince chairperson first-deputy acting interim then former honorable honourable councilor councillor vice-president vice-chancellor vice-premier minister-president taoiseach " +
    "tanaiste commissar envoy-designate nominee"
  ).split(/\s+/),
);

/** Capitalised words that are not names: sentence openers, places, bodies, documents, calendar words. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "capital energy group holding holdings bank corporation corp inc ltd llc plc gmbh airlines airways motors technologies " +
    "industries partners pharma pharmaceuticals petroleum oil gas steel fund investments solutions logistics telecom enterprises " +
    "ventures chamber pipe metallurgical railways vaccine pipeline project betrayal plant works mining refinery " +
    "turbine tractor auto hydroelectric nippon did dept spox resolve property earth " +
    "a an the this that these those there here it its he she his her him they them their we our us you your i my me " +
    "on in at of for to from by with and or but as after before following prior during while when where then later " +
    "today tomorrow yesterday tonight thank thanks yes no not so also both all each every some many most much more " +
    "other another such what which who whom whose why how well now please dear good great okay ok oh " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday " +
    "hall house palace kremlin garden gardens room office square gate street avenue building center centre residence " +
    "cathedral church mosque temple monastery museum theatre theater stadium airport station university institute " +
    "academy school college library tower bridge island islands sea ocean river lake mountain mountains valley " +
    "peninsula strait gulf bay coast city region oblast province state states district county territory republic kingdom " +
    "federation union nations organization organisation council committee commission assembly parliament congress senate " +
    "duma court agency ministry department bureau party fund bank forum summit conference session meeting talks " +
    "treaty agreement statement declaration memorandum protocol charter convention plan program programme initiative " +
    "strategy partnership dialogue format group alliance community association corporation company inc ltd " +
    "day days week year years century war peace north south east west northern southern eastern western central " +
    "middle far near new old upper lower greater grand saint st mount lady our olympic olympics games " +
    "cup championship expo festival prize award order medal covid covid-19 coronavirus pandemic spirit road belt " +
    "initiative project corridor pipeline stream nord power gas oil energy nuclear atomic arctic antarctic " +
    "internet online website media press news times post mail journal television tv radio " +
    "god lord allah christ christmas easter ramadan eid new-year " +
    "army navy force forces guard guards troops fleet ship frigate cruiser carrier " +
    "first second third fourth fifth one two three four five ten hundred thousand million billion " +
    "english russian language languages mr. mrs. ms. dr. q question questions answer participant audience moderator " +
    "laughter applause inaudible interpreter interpretation translation crosstalk end remarks transcript " +
    "indo-pacific asia-pacific euro-atlantic transatlantic trans-atlantic americas europe asia africa oceania eurasia " +
    "latin caribbean balkans baltic baltics scandinavia arab muslim christian orthodox catholic islamic jewish " +
    "hemisphere world global international european asian african western eastern atlantic pacific mediterranean " +
    "donbas donbass crimea gaza sahel tigray kashmir chechnya abkhazia ossetia transnistria karabakh kuril kurils " +
    "moscow beijing washington kyiv kiev london paris berlin tokyo rome vienna minsk astana delhi new delhi " +
    "geneva brussels osaka sochi vladivostok st. petersburg saint-petersburg novo-ogaryovo bocharov ruchei " +
    "white oval situation cabinet camp holy see rights human mission monitoring service services " +
    "network networks system systems fleet institute foundation society movement front coalition platform secretariat " +
    "administration authority authorities police navy embassy consulate mission missions delegation office offices"
  )
    .split(/\s+/)
    .filter((w) => w && !w.endsWith("?")),
);

/** Common nouns and openers that title-case headlines and policy names put in capitals. */
const COMMON_CAPITALISED: ReadonlySet<string> = new Set(
  (
    "donor donors protected temporary mutual assistance holocaust remembrance critical minerals multi-agency holds meets receives hosts welcomes attends visits calls speaks discusses signs says urges congratulates sends thanks delivers chairs pays makes has gives takes joins held met received hosted welcomed attended visited called spoke discussed signed said sent delivered chaired paid made gave took joined without within despite given regarding concerning unlike like per via through throughout among amid towards toward upon across beyond tatars crimean having everyone everybody nobody someone anyone somebody nothing something everything prime-minister if let hello hi over once because although though since until unless whether just even only still yet however indeed " +
    "finally thank thanks sorry welcome congratulations anyway again therefore meanwhile moreover furthermore besides instead " +
    "transport health education agriculture justice culture industry commerce labor labour defense defence science environment " +
    "infrastructure economics development communications emergency emergencies tourism sports sport youth treasury homeland " +
    "veterans resources natural digital technology technologies innovation housing aeronautics relief neighborhood neighbourhood " +
    "friendship refugees migration immigration climate crisis change act acts accords accord concept soldier dome pledge travel " +
    "causes status readout observatory door consensus framework railway railways market markets goals goal protection " +
    "cooperation co-operation relations support prosperity availability policy policies management space agenda board issues " +
    "issue action light line cross security safety stability growth investment investments trade finance economy economic " +
    "political military humanitarian strategic technical sustainable public private joint official bilateral multilateral " +
    "trilateral regional national federal democratic democracy freedom liberty independence victory memory unity solidarity " +
    "affairs energy food water oil gas coal power electricity grid supply chain chains cyber outer advisors advisers heads " +
    "ministerial extraordinary plenipotentiary statements statement remarks meeting meetings call calls visit visits trip " +
    "york angeles francisco diego vegas kong lanka faso aviv aires janeiro penh lumpur novgorod ababa salaam paulo " +
    "dhabi gol capitol congress senate hill excellency accreditation credentials letters greetings message messages " +
    "vaccine vaccines vaccination research students student children women men girls boys people peoples family families " +
    "business businesses companies workers citizens nation nations country countries land lands reserve reserves " +
    "history histories sixth seventh eighth ninth tenth eleventh twelfth interregional caucus forum business minster readouts nuclear weapons missile missiles defense-industrial trio leaders arts shield gallery " +
    "championships championship better villa base naval hawks hawk intelligence artificial conflict aside cosmodrome dam " +
    "heights rada mainline routes branch superjet sharm haram jabhat republika srpska rossiya delovaya sila sibiri slava san " +
    "santa alaska hawaii california texas florida virginia maryland michigan"
  ).split(/\s+/),
);

const NOUN_ENDING = /(?:tion|sion|ment|ity|ship|ism|ogy|ure|ics|ties|ries|ings)$/;
const NAME_LIKE_ENDING_EXCEPTIONS = /^(?:jinping|xinping|yuping|qiang|kong|hong|ling|ping|ming|sheng|wang|zhang|jiang|huang|liang|yang|tang|deng|feng|zheng|meng|dong|long|song|rong|ying|jing|ning|xiang)$/;

/** Lower-case particles that sit inside a personal name ("Van der", "bin", "de"). */
const PARTICLES: ReadonlySet<string> = new Set(
  "van der den de del della di da dos das du la le von bin binti ibn al el ben bint y zu ter ten abu abd".split(" "),
);

/** Given-name nicknames, so "Joe Biden" and "Joseph R. Biden" are one person. */
const NICKNAMES: ReadonlyMap<string, string> = new Map([
  ["joe", "joseph"],
  ["tony", "antony"],
  ["bill", "william"],
  ["bob", "robert"],
  ["mike", "michael"],
  ["jim", "james"],
  ["dick", "richard"],
  ["liz", "elizabeth"],
  ["alex", "alexander"],
  ["sasha", "alexander"],
  ["kamala", "kamala"],
  ["andy", "andrew"],
  ["dan", "daniel"],
  ["dave", "david"],
  ["tom", "thomas"],
  ["matt", "matthew"],
  ["chris", "christopher"],
  ["nick", "nicholas"],
  ["sam", "samuel"],
  ["ben", "benjamin"],
  ["bibi", "benjamin"],
  ["steve", "steven"],
  ["tim", "timothy"],
  ["jake", "jacob"],
]);

/** Common romanised Chinese (and Korean, Vietnamese) surnames, written before the given name. */
const SURNAME_FIRST: ReadonlySet<string> = new Set(
  (
    "xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he han ding qin cai yu gao lin luo zheng " +
    "liang song tang feng deng cao peng zeng xiao tian dong pan yuan jiang wei lu su jia kong meng xie bai lai fu " +
    "moon kim park lee yoon choi nguyen tran pham hun"
  ).split(" "),
);

export const SUFFIXES: ReadonlySet<string> = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"]);

const FOLD_CACHE = new Map<string, string>();

export function fold(s: string): string {
  const hit = FOLD_CACHE.get(s);
  if (hit !== undefined) return hit;
  if (FOLD_CACHE.size > 20_000) FOLD_CACHE.clear();
  const out = foldUncached(s);
  FOLD_CACHE.set(s, out);
  return out;
}

/** Letters with no decomposition ("Ø", "Đ", "ß"): spelt out so that ids and comparisons stay plain ASCII. */
const LATIN_EXTRA: Record<string, string> = { Ø: "O", ø: "o", Đ: "D", đ: "d", Ð: "D", ð: "d", Æ: "Ae", æ: "ae", Œ: "Oe", œ: "oe", ß: "ss", Ł: "L", ł: "l", Þ: "Th", þ: "th", ı: "i", Ħ: "H", ħ: "h" };

export function latinise(s: string): string {
  return s.replace(/[ØøĐđÐðÆæŒœßŁłÞþıĦħ]/g, (c) => LATIN_EXTRA[c] ?? c);
}

function foldUncached(s: string): string {
  return latinise(s)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[.,"()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Japanese and Korean family names, for names written surname-first in one release and given-name-first in
 * another. Surnames shared with Chinese ("Han", "Yang", "Song") are left out: Chinese names stay as written.
 */
const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  (
    "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura " +
    "hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa okada maeda fujita goto hasegawa murakami kondo ishii saito " +
    "sakamoto endo aoki fujii nishimura fukuda ota miura okamoto matsuda nakagawa nakano harada ono kishida motegi kono kamikawa suga " +
    "koizumi hamada kishi aso iwaya hagiuda akazawa ishiba takaichi hatoyama noda gemba maehara"
  ).split(" "),
);
const KOREAN_SURNAMES: ReadonlySet<string> = new Set("kim lee park choi jung chung kang cho yoon jang shin seo kwon hwang ahn yoo jeon moon chun ban roh paik".split(" "));

/**
 * One order for the id of a two-part Japanese or Korean name, whichever order a release writes it in: Japanese
 * given name first ("Hayashi Yoshimasa" -> "Yoshimasa Hayashi"), Korean surname first ("Jae-in Moon" -> "Moon Jae-in"),
 * as English-language press mostly writes them. A Korean given name must be hyphenated, so "Grace Lee" stays.
 */
export function canonicalOrder(name: string): string {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length !== 2) return name;
  const [a, b] = tokens.map((t) => fold(t)) as [string, string];
  if (EAST_ASIAN_SURNAMES.has(a) && !EAST_ASIAN_SURNAMES.has(b) && !b.includes("-")) return `${tokens[1]} ${tokens[0]}`;
  if (KOREAN_SURNAMES.has(b) && !KOREAN_SURNAMES.has(a) && a.includes("-")) return `${tokens[1]} ${tokens[0]}`;
  return name;
}

/** Offices that can stand right before a bare surname ("Secretary Blinken", "Mr. Guterres"). */
const HEAD_TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    "president minister secretary chancellor premier king queen emir amir sultan prince princess pope patriarch ambassador " +
    "envoy spokesperson spokesman spokeswoman senator sen governor mayor mr mrs ms dr messrs sheikh general admiral director " +
    "advisor adviser aide chairman chairwoman chair chairperson commissioner representative rep speaker leader counselor " +
    "counsellor councilor councillor coordinator lady sir dame lord archbishop metropolitan cardinal holiness majesty highness " +
    "excellency ceo administrator secretary-general director-general under-secretary undersecretary prosecutor judge justice " +
    "colonel captain lieutenant rabbi imam ayatollah deputy assistant attorney president-elect taoiseach vice-president " +
    "governor-general co-chair co-chairman commander congressman congresswoman emperor empress crown-prince chairman-in-office madam"
  ).split(" "),
);

export function isHeadTitleWord(word: string): boolean {
  return HEAD_TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ""));
}

export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.’']s?$/, "");
  return TITLE_WORDS.has(lower) || isHyphenatedTitle(lower);
}

/** Parts that make a hyphenated word an office: "Minister-Designate", "Ambassador-at-Large", "Under-Secretary-General". */
const HYPHEN_TITLE_PART = /^(?:designate|elect|at|large|general|in|chief|office|adjoint|ad|interim|under|vice|co|acting)$/;

function isHyphenatedTitle(lower: string): boolean {
  if (!lower.includes("-")) return false;
  const parts = lower.split("-");
  return parts.some((p) => TITLE_WORDS.has(p) || HEAD_TITLE_WORDS.has(p)) && parts.every((p) => TITLE_WORDS.has(p) || HEAD_TITLE_WORDS.has(p) || HYPHEN_TITLE_PART.test(p) || p === "of" || p === "the");
}

export function isCountryWord(word: string): boolean {
  return COUNTRY_BY_FORM.has(word.toLowerCase()) || COUNTRY_BY_FORM.has(word.toLowerCase().replace(/[’']s$/, ""));
}

const NAME_WORD_CACHE = new Map<string, boolean>();

/** True when a capitalised word can be part of a personal name. */
export function isNameWord(word: string): boolean {
  let hit = NAME_WORD_CACHE.get(word);
  if (hit === undefined) {
    if (NAME_WORD_CACHE.size > 50_000) NAME_WORD_CACHE.clear();
    hit = isNameWordUncached(word);
    NAME_WORD_CACHE.set(word, hit);
  }
  return hit;
}

function isNameWordUncached(word: string): boolean {
  if (SUFFIXES.has(word)) return true;
  if (/^[A-Z]\.$/.test(word)) return true;
  const bare = word.replace(/[’']s$/, "");
  const lower = bare.toLowerCase();
  if (lower.length < 2) return false;
  if (!/^\p{Lu}/u.test(bare) && !/^(?:al|el|ad|as|bin|ibn|abu)-\p{Lu}/u.test(bare)) return false;
  // Acronyms (NATO, LNG) are not names; upper-case labels are title-cased before they get here.
  if (bare.length > 1 && bare === bare.toUpperCase() && /\p{Lu}{2}/u.test(bare)) return false;
  if (/\d/.test(bare)) return false;
  if (isHyphenatedTitle(lower)) return false;
  if (TITLE_WORDS.has(lower) || NOT_NAME_WORDS.has(lower) || COUNTRY_BY_FORM.has(lower) || COMMON_CAPITALISED.has(lower)) return false;
  // Contractions ("I’m", "We’ve") are not names; "O’Brien" keeps its capital after the apostrophe.
  if (/[’'](?:m|ve|re|ll|d|t)$/i.test(bare)) return false;
  if (NOUN_ENDING.test(lower) && !NAME_LIKE_ENDING_EXCEPTIONS.test(lower) && lower.length > 5) return false;
  // "Russia-Azerbaijan", "U.S.-China": compounds of countries are not names.
  if (lower.includes("-") && (lower.split("-").every((part) => COUNTRY_BY_FORM.has(part) || part === "u.s." || part === "nato" || part === "eu") || COUNTRY_BY_FORM.has(lower.split("-")[0]!))) return false;
  // Plural demonyms ("Israelis", "Russians").
  if (lower.endsWith("s") && COUNTRY_BY_FORM.has(lower.slice(0, -1))) return false;
  return true;
}

export function isParticle(word: string): boolean {
  return PARTICLES.has(word);
}

export function isSurnameFirst(tokens: readonly string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  const first = tokens[0]!.toLowerCase();
  const rest = tokens.slice(1);
  // Romanised Chinese given names are one or two syllables written as one word ("Jinping", "Xuexiang");
  // Korean ones are hyphenated ("Jae-in") or two short words ("Jong Un").
  return SURNAME_FIRST.has(first) && rest.every((t) => /^\p{Lu}[\p{Ll}-]+$/u.test(t) && t.length <= 9);
}

/** The name's tokens without initials and suffixes, lower-cased and folded. */
export function coreTokens(name: string): string[] {
  return name
    .replace(/,/g, " ")
    .split(/\s+/)
    .filter((t) => t && !SUFFIXES.has(t) && !/^\p{Lu}\.$/u.test(t))
    .map((t) => fold(t));
}

/** The family name: the first token for surname-first names, else the last core token. */
export function surnameOf(name: string): string {
  const tokens = coreTokens(name);
  const raw = name.replace(/,/g, " ").split(/\s+/).filter((t) => t && !SUFFIXES.has(t));
  if (isSurnameFirst(raw)) return tokens[0] ?? "";
  // "Van der Bellen": the family name starts at the first particle.
  if (tokens.length > 1 && PARTICLES.has(tokens[0]!)) return tokens.join(" ");
  const particleAt = tokens.findIndex((t, i) => i > 0 && PARTICLES.has(t));
  if (particleAt > 0) return tokens.slice(particleAt).join(" ");
  return tokens[tokens.length - 1] ?? "";
}

export function givenOf(name: string): string | null {
  const tokens = coreTokens(name);
  if (tokens.length < 2 || PARTICLES.has(tokens[0]!)) return null;
  const raw = name.replace(/,/g, " ").split(/\s+/).filter((t) => t && !SUFFIXES.has(t));
  if (isSurnameFirst(raw)) return tokens.slice(1).join(" ");
  return tokens[0] ?? null;
}

export function sameGiven(a: string, b: string): boolean {
  const na = NICKNAMES.get(a) ?? a;
  const nb = NICKNAMES.get(b) ?? b;
  return na === nb || na.startsWith(nb) || nb.startsWith(na);
}

/** "PRIME MINISTER VAN DER BELLEN" -> "Prime Minister Van der Bellen"; mixed-case text is kept as it is. */
export function titleCase(label: string): string {
  if (/\p{Ll}/u.test(label)) return label;
  return label
    .split(/(\s+|-)/)
    .map((part, i) => {
      if (/^\s+$|^-$/.test(part)) return part;
      const lower = part.toLowerCase();
      if (i > 0 && PARTICLES.has(lower) && lower !== "al" && lower !== "el") return lower;
      if (/^MC\p{Lu}/u.test(part)) return "Mc" + part.slice(2, 3) + part.slice(3).toLowerCase();
      return part.charAt(0) + part.slice(1).toLowerCase();
    })
    .join("");
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

const RUN_TOGETHER = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+(?:(?:of|the|and)?\p{Lu}[\p{Ll}\p{M}]+){2,}(?![\p{L}\p{M}])/gu;

/**
 * "PresidentofPalestineMahmoudAbbas" -> "President of Palestine Mahmoud Abbas": labels whose spaces were lost,
 * spaced again only when the run opens with an office and every part is a title, country, connector or name word.
 */
export function spaceRunTogether(text: string): string {
  return text.replace(RUN_TOGETHER, (run) => {
    const parts = run.split(/(?=\p{Lu})/u).flatMap((p) => {
      const m = /^(\p{Lu}\p{Ll}+?)(of|the|and)$/u.exec(p);
      return m && (isTitleWord(m[1]!) || isCountryWord(m[1]!)) ? [m[1]!, m[2]!] : [p];
    });
    if (!isTitleWord(parts[0]!)) return run;
    const fits = parts.every((p) => p === "of" || p === "the" || p === "and" || isTitleWord(p) || isCountryWord(p) || isNameWord(p));
    return fits ? parts.join(" ") : run;
  });
}
