import type { CSSProperties, ReactNode } from "react";
import type { Paragraph, Person } from "../../lib/corpus-schema.ts";
import { speakerColourVars } from "../../lib/speaker-colours.ts";
import { findQuote, joinNames, paragraphNumber, personName } from "./release-text.ts";

/**
 * Renders a piece of paragraph text. The default returns it as is; "find within a release" passes
 * its own to mark the query's terms. Whatever it returns must be React text/elements, never HTML.
 */
export type TextRenderer = (text: string, paragraph: Paragraph) => ReactNode;

export interface ReleaseBodyProps {
  paragraphs: readonly Paragraph[];
  people: Map<string, Person>;
  turnStarts: Set<string>;
  /** The speaker chosen in the legend: everyone else's words are dimmed. */
  chosenSpeaker: string | null;
  /** The paragraph a link or the timeline pointed at. */
  targetId: string | null;
  /** The statement the stepper is on. */
  currentId: string | null;
  /** A shared quote to mark, in `paragraphId` when known, else in the first paragraph holding it. */
  quote: { paragraphId: string | null; text: string } | null;
  onCopyParagraph: (paragraphId: string) => void;
  renderText?: TextRenderer;
}

const plain: TextRenderer = (text) => text;

export function ReleaseBody(props: ReleaseBodyProps) {
  const { paragraphs, people, chosenSpeaker, targetId, currentId, quote, onCopyParagraph } = props;
  const render = props.renderText ?? plain;
  const quoteIn = quoteParagraph(paragraphs, quote);

  return (
    <div className="release-body">
      {paragraphs.map((p) => {
        const n = paragraphNumber(p.id);
        const lead = p.speakers[0];
        const marked = p.kind !== "heading" && lead !== undefined;
        const dimmed = chosenSpeaker !== null && !p.speakers.includes(chosenSpeaker);
        const className = [
          "release-para",
          marked ? "is-speech" : "is-narration",
          dimmed ? "is-dimmed" : "",
          chosenSpeaker !== null && !dimmed ? "is-chosen" : "",
          targetId === p.id ? "is-target" : "",
          currentId === p.id ? "is-current" : "",
        ]
          .filter(Boolean)
          .join(" ");
        const style = marked ? (speakerColourVars(lead) as CSSProperties) : undefined;
        const content = renderWithQuote(p, quoteIn?.id === p.id ? quoteIn.range : null, render);
        return (
          <div key={p.id} id={p.id} className={className} style={style} tabIndex={-1} data-paragraph-id={p.id}>
            {marked && props.turnStarts.has(p.id) && (
              <div className="speaker-label">
                {joinNames(p.speakers.map((s) => personName(people, s)))}
                <span className="visually-hidden">:</span>
              </div>
            )}
            {p.kind === "heading" ? (
              <h2 className="release-para-heading" data-paragraph-text="">
                {content}
              </h2>
            ) : (
              <p className="release-para-text" data-paragraph-text="">
                {content}
              </p>
            )}
            <button type="button" className="release-para-link" onClick={() => onCopyParagraph(p.id)}>
              <span aria-hidden="true">#</span>
              <span className="visually-hidden">Copy link to paragraph {n}</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}

function quoteParagraph(
  paragraphs: readonly Paragraph[],
  quote: ReleaseBodyProps["quote"],
): { id: string; range: { start: number; end: number } } | null {
  if (!quote) return null;
  // The anchored paragraph first; a link whose anchor and quote disagree still marks the passage.
  const anchored = paragraphs.filter((p) => p.id === quote.paragraphId);
  for (const p of [...anchored, ...paragraphs]) {
    const range = findQuote(p.text, quote.text);
    if (range) return { id: p.id, range };
  }
  return null;
}

function renderWithQuote(p: Paragraph, range: { start: number; end: number } | null, render: TextRenderer): ReactNode {
  if (!range) return render(p.text, p);
  return (
    <>
      {range.start > 0 && render(p.text.slice(0, range.start), p)}
      <mark className="release-quote">{render(p.text.slice(range.start, range.end), p)}</mark>
      {range.end < p.text.length && render(p.text.slice(range.end), p)}
    </>
  );
}

/** The paragraph a quote link marks, for scrolling to it when the link had no usable anchor. */
export function quoteTarget(paragraphs: readonly Paragraph[], quote: ReleaseBodyProps["quote"]): string | null {
  return quoteParagraph(paragraphs, quote)?.id ?? null;
}
