import { z } from "zod";
import { CORPUS_SCHEMA_VERSION, EVENT_KINDS, FACETS, RELATED_MAX, SOURCE_FORMATS } from "./corpus-files.ts";

/**
 * The one corpus schema. The build validates every release and every file it writes against it;
 * the app imports only the inferred types (`import type`), so zod never reaches the browser bundle.
 *
 * Changing a shape here is a corpus format change: bump CORPUS_SCHEMA_VERSION (corpus-files.ts) and
 * say why in docs/corpus-format.md.
 */
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

export const SourceFormatSchema = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
/** Person ids are corpus-wide: the slug of the fullest name, so one person has one page. */
const personId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case slug");

export const PublisherSchema = z.object({
  /** Stable slug, e.g. "kremlin", "state-dept", "white-house". */
  id: personId,
  name: z.string().min(1),
});
export type Publisher = z.infer<typeof PublisherSchema>;

export const PersonSchema = z.object({
  id: personId,
  /** Fullest personal name the release gives, without titles. */
  name: z.string().min(1),
  /** Other forms the release uses (surname alone, upper-case label...). */
  aliases: z.array(z.string()),
  /** Titles as the release gives them ("President of Russia", "Secretary of State"). */
  titles: z.array(z.string()),
  /** Country the release ties the person to, where it says so. */
  country: z.string().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const ParagraphSchema = z.object({
  /** "p-1", "p-2"... in reading order; the permalink anchor. */
  id: z.string().regex(/^p-\d+$/),
  text: z.string().min(1),
  /** Person ids whose words the paragraph carries; empty for narration. */
  speakers: z.array(personId),
  /** "turn" for a transcript turn, "reported" for reported speech, "heading" for a section heading. */
  kind: z.enum(["narration", "turn", "reported", "heading"]),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const EventSchema = z.object({
  id: z.string().min(1),
  kind: EventKindSchema,
  label: z.string().min(1),
  /** 0-based, in the order the parts happened (not the order they are mentioned). */
  order: z.number().int().nonnegative(),
  /** Those listed as attending, accompanying or taking part, besides the principals. */
  attendees: z.array(personId),
  /** Those who held it: the leaders of the talks, the host of the ceremony. */
  participants: z.array(personId),
  /** The paragraph that reports this part, for "choose a part, scroll to it". */
  paragraph: z.string().nullable(),
});
export type ReleaseEvent = z.infer<typeof EventSchema>;

export const ReleaseSchema = z.object({
  /** `<date>-<title-slug>-<hash6>`: depends on this release alone, so links never break. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  date: isoDate.nullable(),
  place: z.string().nullable(),
  publisher: PublisherSchema,
  sourceUrl: z.string().url().nullable(),
  /** Path of the raw file relative to the input folder, for provenance. */
  sourceFile: z.string().min(1),
  format: SourceFormatSchema,
  /** The occasion's main kind, for filters: the kind of its first principal event, else "other". */
  kind: EventKindSchema,
  people: z.array(PersonSchema),
  paragraphs: z.array(ParagraphSchema).min(1),
  events: z.array(EventSchema),
  countries: z.array(z.string()),
  organisations: z.array(z.string()),
  documents: z.array(z.string()),
});
export type Release = z.infer<typeof ReleaseSchema>;

/** One row of the list pages: what a list, timeline or card shows without fetching the release. */
export const ReleaseSummarySchema = z.object({
  id: ReleaseSchema.shape.id,
  title: z.string(),
  date: isoDate.nullable(),
  place: z.string().nullable(),
  publisher: personId,
  kind: EventKindSchema,
  /** Up to 6 person ids, speakers and principals first. */
  people: z.array(personId),
  countries: z.array(z.string()),
});
export type ReleaseSummary = z.infer<typeof ReleaseSummarySchema>;

export const FacetValueSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetValue = z.infer<typeof FacetValueSchema>;


/**
 * `manifest.json`: small and of fixed size whatever the corpus size, so the first load never grows.
 * Lists live in `list/<n>.json` (pages of `pageSize` summaries, newest first, position = n*pageSize+i).
 */
export const ManifestSchema = z.object({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  /** Hash of the whole output, so caches can tell builds apart. */
  buildId: z.string(),
  count: z.number().int().nonnegative(),
  pageSize: z.number().int().positive(),
  pages: z.number().int().nonnegative(),
  publishers: z.array(PublisherSchema.extend({ count: z.number().int() })),
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  /** The most frequent people (at most 50), for "ways in by person". */
  topPeople: z.array(FacetValueSchema),
  /** Whether a search index was written beside the corpus (under `search/`). */
  search: z.boolean(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** `list/<n>.json`. */
export const ListPageSchema = z.object({ page: z.number().int(), items: z.array(ReleaseSummarySchema) });
export type ListPage = z.infer<typeof ListPageSchema>;

/**
 * `facets/<facet>/index.json`: every value with its count (most frequent first), and
 * `facets/<facet>/<value-slug>.json`: the list positions of its releases, ascending (newest first).
 * Filters intersect position arrays, then read the rows from the list pages.
 */
export const FacetIndexSchema = z.object({ facet: z.enum(FACETS), values: z.array(FacetValueSchema) });
export type FacetIndex = z.infer<typeof FacetIndexSchema>;
export const FacetPostingsSchema = z.object({ value: z.string(), positions: z.array(z.number().int().nonnegative()) });
export type FacetPostings = z.infer<typeof FacetPostingsSchema>;

/**
 * `related/<id>.json`: the few other releases a release page lists, chosen by the build (same
 * principals, closest in date, the same day's releases first), so the page never downloads a
 * person's whole postings. `with` is who they share: both principals, or only the first.
 */
export const RelatedReleasesSchema = z.object({
  id: ReleaseSchema.shape.id,
  with: z.array(personId),
  items: z.array(ReleaseSummarySchema).max(RELATED_MAX),
});
export type RelatedReleases = z.infer<typeof RelatedReleasesSchema>;

/** `people/<id>.json`: a person page without the release list (which is facets/person/<id>.json). */
export const PersonPageSchema = z.object({
  person: z.object({ id: personId, name: z.string(), aliases: z.array(z.string()) }),
  releaseCount: z.number().int(),
  titles: z.array(z.object({ title: z.string(), first: isoDate.nullable(), last: isoDate.nullable(), count: z.number().int() })),
  /** Newest first, capped (see statementCount for the total). */
  statements: z.array(
    z.object({ releaseId: z.string(), paragraphId: z.string(), date: isoDate.nullable(), releaseTitle: z.string(), text: z.string() }),
  ),
  statementCount: z.number().int(),
  metMost: z.array(z.object({ id: personId, name: z.string(), count: z.number().int() })),
});
export type PersonPage = z.infer<typeof PersonPageSchema>;

