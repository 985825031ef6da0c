import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { paths } from "../../lib/paths.ts";
import type { Release } from "../../lib/corpus-schema.ts";
import { formatReleaseDate, safeHttpUrl } from "../../lib/release-format.ts";
import { AttendeeLists } from "./attendee-lists.tsx";
import { OccasionTimeline } from "./occasion-timeline.tsx";
import { QuoteShare, type SelectedQuote } from "./quote-share.tsx";
import { RelatedReleases } from "./related-releases.tsx";
import { quoteTarget, ReleaseBody, type TextRenderer } from "./release-body.tsx";
import { ReleaseMentions } from "./release-mentions.tsx";
import {
  MAX_QUOTE_LENGTH,
  paragraphNumber,
  parseParagraphHash,
  peopleById,
  QUOTE_PARAM,
  quoteHash,
  SPEAKER_PARAM,
  speakersOf,
  statementsOf,
  turnStarts,
} from "./release-text.ts";
import { shareLink, shareMessage } from "./share-link.ts";
import { SpeakerLegend } from "./speaker-legend.tsx";
import "./release.css";

export interface ReleasePageProps {
  release: Release;
  /**
   * Slot for "find within a release" (search feature): rendered above the body. Pair it with
   * `renderText` to mark the query's terms inside paragraphs, and use the paragraph ids (`p-N`)
   * with `scrollToParagraph` for next/previous.
   */
  find?: ReactNode;
  renderText?: TextRenderer;
}

/** Scrolls a paragraph into view and gives it focus, so reading (and a screen reader) continues there. */
export function scrollToParagraph(paragraphId: string, block: ScrollLogicalPosition = "start") {
  const el = document.getElementById(paragraphId);
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView?.({ block });
}

export function ReleasePage({ release, find, renderText }: ReleasePageProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const search = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const people = useMemo(() => peopleById(release), [release]);
  const starts = useMemo(() => turnStarts(release.paragraphs), [release]);
  const paragraphIds = useMemo(() => new Set(release.paragraphs.map((p) => p.id)), [release]);
  const speakers = useMemo(
    () => speakersOf(release).map((s) => ({ id: s.id, statements: statementsOf(release.paragraphs, s.id).length })),
    [release],
  );

  // Anything in the URL that does not fit this release is ignored rather than an error.
  const hashId = parseParagraphHash(location.hash);
  const anchorId = hashId && paragraphIds.has(hashId) ? hashId : null;
  const speakerParam = search.get(SPEAKER_PARAM);
  const chosen = speakers.some((s) => s.id === speakerParam) ? speakerParam : null;
  const quoteText = search.get(QUOTE_PARAM)?.slice(0, MAX_QUOTE_LENGTH).trim() || null;
  const quote = useMemo(() => (quoteText ? { paragraphId: anchorId, text: quoteText } : null), [quoteText, anchorId]);
  const targetId = anchorId ?? (quote ? quoteTarget(release.paragraphs, quote) : null);

  const [stepState, setStepState] = useState<{ speaker: string; index: number } | null>(null);
  const step = stepState && stepState.speaker === chosen ? stepState.index : null;
  const statements = useMemo(() => (chosen ? statementsOf(release.paragraphs, chosen) : []), [release, chosen]);
  const currentId = step !== null ? (statements[step]?.[0] ?? null) : null;

  const [status, setStatus] = useState("");
  const articleRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!status) return;
    // The message floats over the text, so it leaves once it has been read out and seen.
    const timer = setTimeout(() => setStatus(""), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (!targetId) return;
    // After the frame, so it wins over focus handling elsewhere that may scroll to the heading.
    const frame = requestAnimationFrame(() => scrollToParagraph(targetId));
    return () => cancelAnimationFrame(frame);
  }, [targetId, release.id]);

  const choose = useCallback(
    (personId: string | null) => {
      const next = new URLSearchParams(location.search);
      if (personId) next.set(SPEAKER_PARAM, personId);
      else next.delete(SPEAKER_PARAM);
      const s = next.toString();
      setStepState(null);
      navigate({ search: s ? `?${s}` : "", hash: location.hash }, { replace: true, preventScrollReset: true });
    },
    [location.search, location.hash, navigate],
  );

  const onStep = (direction: 1 | -1) => {
    if (!chosen || statements.length === 0) return;
    const n = statements.length;
    const index = step === null ? (direction === 1 ? 0 : n - 1) : (step + direction + n) % n;
    setStepState({ speaker: chosen, index });
    const id = statements[index]?.[0];
    if (id) scrollToParagraph(id, "center");
  };

  const pageUrl = (hash = "", query = "") => `${window.location.origin}${paths.release.href(release.id)}${query}${hash}`;
  const share = async (url: string, what: string) => {
    setStatus("");
    setStatus(shareMessage(await shareLink(url, release.title), what, url));
  };
  const onShareQuote = (q: SelectedQuote) =>
    share(pageUrl(quoteHash(q.paragraphId, q.text), `?${QUOTE_PARAM}=${encodeURIComponent(q.text)}`), "the quote");

  const date = formatReleaseDate(release.date);
  const source = safeHttpUrl(release.sourceUrl);

  return (
    <article className="release" ref={articleRef} aria-labelledby="release-title">
      <header className="release-header">
        <h1 id="release-title" tabIndex={-1}>
          {release.title}
        </h1>
        <p className="release-meta">
          {date && release.date && <time dateTime={release.date}>{date}</time>}
          {release.place && <span>{release.place}</span>}
          <span>{release.publisher.name}</span>
        </p>
        <p className="release-actions">
          {source && (
            <a href={source} rel="noopener noreferrer" className="release-source">
              Read the original{" "}
              <span className="visually-hidden">release from {release.publisher.name}</span>
            </a>
          )}
          <button type="button" className="release-copy-page" onClick={() => share(pageUrl(), "this release")}>
            Copy link to this release
          </button>
        </p>
      </header>

      <div className="release-layout">
        {/* Before the body in reading order so phones show the legend first; the grid moves it aside on wide screens. */}
        <div className="release-aside">
          <SpeakerLegend speakers={speakers} people={people} chosen={chosen} step={step} onChoose={choose} onStep={onStep} />
        </div>
        <div className="release-main">
          {find && <div className="release-find-slot">{find}</div>}
          <ReleaseBody
            paragraphs={release.paragraphs}
            people={people}
            turnStarts={starts}
            chosenSpeaker={chosen}
            targetId={targetId}
            currentId={currentId}
            quote={quote}
            onCopyParagraph={(id) => share(pageUrl(`#${id}`), `paragraph ${paragraphNumber(id)}`)}
            {...(renderText ? { renderText } : {})}
          />
          <OccasionTimeline events={release.events} people={people} onRechoose={(id) => scrollToParagraph(id)} />
          <AttendeeLists events={release.events} people={people} />
          <ReleaseMentions countries={release.countries} organisations={release.organisations} documents={release.documents} />
          <RelatedReleases release={release} people={people} />
        </div>
      </div>

      <QuoteShare container={articleRef} onShare={onShareQuote} />
      <p className="release-status" role="status">
        {status}
      </p>
    </article>
  );
}
