import type { TextPart } from "./query.ts";

/** Text with matched words in <mark>, built as React nodes so nothing in it is ever read as HTML. */
export function MarkedText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
