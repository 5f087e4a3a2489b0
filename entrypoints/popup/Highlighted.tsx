import { emphasisParts } from '../../core/library/emphasis';

/** Text with the searched words in <mark>s, built as nodes: text from the index is never parsed as HTML. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {emphasisParts(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
