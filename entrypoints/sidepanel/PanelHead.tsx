import { periodLabel } from '../../core/timeline';
import type { PageDate } from '../../messaging/protocol';

interface Props {
  status: string;
  /** Why the name asked for shows nothing, if it does not. */
  note: string;
  published?: PageDate;
}

/** The panel's title, its status line, a lookup's note and the article's publication date. */
export function PanelHead({ status, note, published }: Props) {
  return (
    <header class="panel-head">
      <h1>Backstory timeline</h1>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {note && <p class="note">{note}</p>}
      {published?.date && (
        // Where the date was read (a meta tag, JSON-LD) is for the curious: in the tooltip, not the line.
        <p class="published" title={`Read from the page’s ${published.source}`}>
          Article published <strong>{periodLabel(published.date)}</strong>
          <span class="hint">; events after it are marked.</span>
        </p>
      )}
    </header>
  );
}
