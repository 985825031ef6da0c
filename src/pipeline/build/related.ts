import { RELATED_MAX } from "../../lib/corpus-files.ts";
import type { RelatedReleases, ReleaseSummary } from "../../lib/corpus-schema.ts";

/**
 * How far from a release the search for releases between both principals goes, counted in the
 * rarer principal's postings. Bounds the build's work for two frequent people who rarely meet;
 * past it the box falls back to the first principal's nearest releases.
 */
export const RELATED_SCAN = 4000;

const DAY = 86_400_000;

/** Index of the first element >= x in an ascending array. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const contains = (list: readonly number[], x: number) => list[lowerBound(list, x)] === x;

/**
 * Picks each release's related releases from data the build already holds: the list order
 * (summaries newest first) and the person postings (ascending positions). Per release it walks
 * outward from its own position in the rarer principal's postings, always taking the side nearer
 * in date, so same-day releases come first and the work stays near the release.
 */
export class RelatedPicker {
  private readonly days: Float64Array;

  constructor(
    private readonly summaries: readonly ReleaseSummary[],
    private readonly postingsOf: (personId: string) => readonly number[] | undefined,
  ) {
    this.days = Float64Array.from(summaries, (s) => (s.date ? Date.parse(`${s.date}T00:00:00Z`) / DAY : Number.NaN));
  }

  /** Positions of up to `max` releases sharing all of `lists` with position `self`, nearest in date first. */
  private nearest(self: number, walk: readonly number[], others: readonly (readonly number[])[], max: number, scan: number): number[] {
    const day = this.days[self]!;
    const gap = (p: number) => {
      const d = Math.abs(this.days[p]! - day);
      return Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
    };
    const found: number[] = [];
    let hi = lowerBound(walk, self);
    let lo = hi - 1;
    for (let steps = 0; found.length < max && steps < scan && (lo >= 0 || hi < walk.length); steps++) {
      // Ties go to the newer (lower position) side.
      const takeLo = lo >= 0 && (hi >= walk.length || gap(walk[lo]!) <= gap(walk[hi]!));
      const p = takeLo ? walk[lo--]! : walk[hi++]!;
      if (p !== self && others.every((o) => contains(o, p))) found.push(p);
    }
    return found;
  }

  /** The related file of the release at list position `position`. */
  pick(position: number, principals: readonly string[], max = RELATED_MAX, scan = RELATED_SCAN): RelatedReleases {
    const self = this.summaries[position]!;
    const known = principals.filter((id) => (this.postingsOf(id)?.length ?? 0) > 0).slice(0, 2);
    const none: RelatedReleases = { id: self.id, with: [], items: [] };
    if (known.length === 0) return none;
    const lists = known.map((id) => this.postingsOf(id)!);
    let withIds = known;
    let found: number[] = [];
    if (lists.length === 2) {
      const [rare, common] = lists[0]!.length <= lists[1]!.length ? [lists[0]!, lists[1]!] : [lists[1]!, lists[0]!];
      found = this.nearest(position, rare, [common], max, scan);
    }
    if (found.length === 0) {
      withIds = known.slice(0, 1);
      found = this.nearest(position, lists[0]!, [], max, scan);
    }
    if (found.length === 0) return none;
    return { id: self.id, with: withIds, items: found.map((p) => this.summaries[p]!) };
  }
}
