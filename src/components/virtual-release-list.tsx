import { measureElement, useWindowVirtualizer, type VirtualItem, type Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useLocation } from "react-router-dom";
import type { ReleaseSummary } from "../lib/corpus-schema.ts";
import type { ListRowReader, PositionSet } from "../lib/facets-client.ts";
import { formatMonth } from "./format.ts";
import { ReleaseListItemBody } from "./release-list-item.tsx";

/** A row is a release plus, when its month starts a group, the group's headings; most are one release. */
const ESTIMATED_ROW_PX = 84;
const OVERSCAN = 8;

export interface VirtualReleaseListProps {
  positions: PositionSet;
  reader: ListRowReader;
  releaseHref: (id: string) => string;
  publisherName?: (id: string) => string;
  /** Accessible name of the list, e.g. "Releases, newest first". */
  label: string;
  /** Insert year (h2) and month (h3) headings where the date changes; release titles become h4. */
  groupByMonth?: boolean;
}

/**
 * Row measurements per history entry, so Back rebuilds the list with the heights it had and
 * <ScrollRestoration/> lands on the same rows, not on an estimate of where they were.
 */
const snapshots = new Map<string, { items: VirtualItem[]; offset: number }>();
const SNAPSHOT_LIMIT = 20;

const groupOf = (r: ReleaseSummary | undefined): string | undefined => (r ? (r.date ? r.date.slice(0, 7) : "undated") : undefined);
const yearOf = (group: string | undefined): string | undefined => (group && group !== "undated" ? group.slice(0, 4) : group);
const groupLabel = (group: string): string => (group === "undated" ? "Undated" : formatMonth(group));

/**
 * Renders only the releases near the viewport (window scrolling, so the page scrolls as usual and
 * Back restores the position), fetching the list pages those rows live in as they come into view.
 * Stays the same size in the DOM at 100 or 100,000 releases.
 */
export function VirtualReleaseList({ positions, reader, releaseHref, publisherName, label, groupByMonth = false }: VirtualReleaseListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [, setLoaded] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [retry, setRetry] = useState(0);
  const mounted = useRef(true);
  const snapshotKey = `${useLocation().key}:${label}`;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // The list starts below the page's heading and filters; the virtualizer needs that offset.
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const update = () => setScrollMargin(Math.round(el.getBoundingClientRect().top + window.scrollY));
    update();
    if (typeof ResizeObserver === "undefined") return;
    // Anything above the list growing or shrinking (fonts, a wrapped header, filters) moves it.
    const ro = new ResizeObserver(update);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: positions.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (i) => positions.at(i),
    initialMeasurementsCache: snapshots.get(snapshotKey)?.items ?? [],
    // The virtualizer scrolls to its start offset when it attaches; on Back that must be where the
    // reader was (what <ScrollRestoration/> restores too), not the 0 the page has before restoring.
    initialOffset: () => snapshots.get(snapshotKey)?.offset ?? window.scrollY,
    // Unlaid-out rows (jsdom, hidden tabs) measure 0; the estimate keeps the window bounded.
    measureElement: (el, entry, instance) => measureElement(el, entry, instance) || ESTIMATED_ROW_PX,
  });

  // A layout cleanup runs before the next page resets the scroll, so window.scrollY is still ours.
  useLayoutEffect(
    () => () => {
      snapshots.delete(snapshotKey);
      snapshots.set(snapshotKey, { items: virtualizer.takeSnapshot(), offset: window.scrollY });
      if (snapshots.size > SNAPSHOT_LIMIT) snapshots.delete(snapshots.keys().next().value!);
    },
    [snapshotKey, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index;
  const lastIndex = items[items.length - 1]?.index;

  useEffect(() => {
    if (firstIndex === undefined || lastIndex === undefined) return;
    const wanted: number[] = [];
    // One row before the window too, so the first row knows whether it starts a new month.
    for (let i = Math.max(0, firstIndex - 1); i <= lastIndex; i++) wanted.push(positions.at(i));
    if (wanted.every((p) => reader.has(p))) return;
    reader.ensure(wanted).then(
      () => {
        if (mounted.current) setLoaded((n) => n + 1);
      },
      (e: unknown) => {
        if (mounted.current) setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [firstIndex, lastIndex, positions, reader, retry]);

  const titleLevel = groupByMonth ? 4 : 3;

  return (
    <div className="vlist-frame">
      {groupByMonth ? <StickyGroup virtualizer={virtualizer} positions={positions} reader={reader} /> : null}
      {error ? (
        <p role="alert">
          Some releases could not be loaded ({error}).{" "}
          <button
            type="button"
            onClick={() => {
              setError(null);
              setRetry((n) => n + 1);
            }}
          >
            Try again
          </button>
        </p>
      ) : null}
      <ul ref={listRef} className="vlist release-list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const position = positions.at(item.index);
          const row = reader.peek(position);
          const group = groupOf(row);
          const prevGroup = item.index > 0 ? groupOf(reader.peek(positions.at(item.index - 1))) : undefined;
          const startsGroup = groupByMonth && group !== undefined && (item.index === 0 || (prevGroup !== undefined && prevGroup !== group));
          const startsYear = startsGroup && (item.index === 0 || yearOf(prevGroup) !== yearOf(group));
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="vlist-row"
              aria-setsize={positions.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              {startsYear && group !== "undated" ? <h2 className="vlist-group-heading is-year">{yearOf(group)}</h2> : null}
              {startsGroup && group ? <h3 className="vlist-group-heading">{groupLabel(group)}</h3> : null}
              {row ? (
                <ReleaseListItemBody
                  release={row}
                  href={releaseHref(row.id)}
                  titleLevel={titleLevel}
                  {...(publisherName ? { publisherName } : {})}
                />
              ) : (
                <div className="release-item release-item-placeholder" aria-busy="true">
                  Loading release {item.index + 1} of {positions.length}…
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * The month of the top row, pinned under the header while scrolling. Visual only (aria-hidden):
 * the real month headings in the list are what assistive technology navigates by.
 */
function StickyGroup({ virtualizer, positions, reader }: { virtualizer: Virtualizer<Window, Element>; positions: PositionSet; reader: ListRowReader }) {
  const ref = useRef<HTMLDivElement>(null);
  const offset = virtualizer.scrollOffset ?? 0;
  const margin = virtualizer.options.scrollMargin;
  // Where the bar is pinned (under the header, or at the top when the header scrolls away).
  const pinnedAt = Math.max(0, ref.current?.getBoundingClientRect().top ?? 0);
  const top = offset > margin ? virtualizer.getVirtualItems().find((item) => item.end > offset + pinnedAt + 8) : undefined;
  const group = top ? groupOf(reader.peek(positions.at(top.index))) : undefined;
  return (
    <div className="sticky-group" aria-hidden="true" ref={ref}>
      {group ? <span>{groupLabel(group)}</span> : null}
    </div>
  );
}
