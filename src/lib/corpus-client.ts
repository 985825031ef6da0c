import { corpusFiles } from "./corpus-files.ts";
import type { ListPage, Manifest, PersonPage, Release } from "./corpus-schema.ts";

/** Base URL of the built corpus; the same in dev, preview and the static build. */
export const CORPUS_BASE = `${import.meta.env.BASE_URL}corpus/`;

export class CorpusNotFoundError extends Error {
  constructor(public readonly file: string) {
    super(`Not in the corpus: ${file}`);
    this.name = "CorpusNotFoundError";
  }
}

const cache = new Map<string, Promise<unknown>>();

/** Fetches one corpus file once per page load; a 404 becomes CorpusNotFoundError so loaders can answer 404. */
export function fetchCorpusFile<T>(file: string, signal?: AbortSignal): Promise<T> {
  const hit = cache.get(file);
  if (hit) return hit as Promise<T>;
  const p = fetch(CORPUS_BASE + file, signal ? { signal } : undefined).then(async (res) => {
    if (res.status === 404) throw new CorpusNotFoundError(file);
    if (!res.ok) throw new Error(`Could not load ${file}: HTTP ${res.status}`);
    return (await res.json()) as T;
  });
  cache.set(file, p);
  p.catch(() => cache.delete(file));
  return p;
}

export const loadManifest = () => fetchCorpusFile<Manifest>(corpusFiles.manifest());
export const loadListPage = (n: number) => fetchCorpusFile<ListPage>(corpusFiles.listPage(n));
export const loadRelease = (id: string) => fetchCorpusFile<Release>(corpusFiles.release(id));
export const loadPersonPage = (id: string) => fetchCorpusFile<PersonPage>(corpusFiles.person(id));

/** Ids are slugs; anything else cannot be in the corpus, so it is a 404 without a request. */
export const isValidId = (id: string | undefined): id is string => !!id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
