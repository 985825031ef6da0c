import { useEffect, useState, type RefObject } from "react";
import { MAX_QUOTE_LENGTH } from "./release-text.ts";

export interface SelectedQuote {
  paragraphId: string;
  text: string;
}

/** The selection, if it lies inside one paragraph's text within `container`. */
function selectedQuote(container: HTMLElement | null): SelectedQuote | null {
  const sel = typeof window === "undefined" ? null : window.getSelection();
  if (!container || !sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const text = sel.toString().replace(/\s+/g, " ").trim();
  if (!text) return null;
  const holder = (node: Node | null) => {
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    return el?.closest<HTMLElement>("[data-paragraph-text]") ?? null;
  };
  const start = holder(sel.anchorNode);
  if (!start || start !== holder(sel.focusNode) || !container.contains(start)) return null;
  const paragraphId = start.closest<HTMLElement>("[data-paragraph-id]")?.dataset.paragraphId;
  if (!paragraphId) return null;
  return { paragraphId, text: text.slice(0, MAX_QUOTE_LENGTH) };
}

/**
 * "Share quote": appears while text inside one paragraph is selected. It sits in a fixed bar
 * rather than beside the selection so it never fights the phone's own selection menu.
 */
export function QuoteShare({ container, onShare }: { container: RefObject<HTMLElement | null>; onShare: (quote: SelectedQuote) => void }) {
  const [quote, setQuote] = useState<SelectedQuote | null>(null);
  useEffect(() => {
    const update = () => setQuote(selectedQuote(container.current));
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [container]);

  if (!quote) return null;
  return (
    <div className="quote-share">
      <button
        type="button"
        // Keeps the selection alive: a mousedown on a button would otherwise collapse it first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onShare(quote)}
      >
        Share quote
      </button>
    </div>
  );
}
