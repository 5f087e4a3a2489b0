import type { CoverageNotice } from '../../core/library/coverage-notice';
import type { SearchResult } from '../../core/library/library';
import { LICENCE_NAME, LICENCE_URL } from '../../core/licence';

interface Props {
  result?: SearchResult;
  error?: string;
  notice?: string;
  /** Where the data ends or begins, when the search's dates or order run past it (core/library/coverage-notice.ts). */
  edge?: CoverageNotice;
}

/**
 * How many events match (how many are shown, when fewer), or that none holds every word and these are the closest, or what went wrong; the text's licence beside it; below,
 * where the data ends when the search runs past it. Dates wholly outside the data say so in place of "0 events".
 */
export function StatusRow({ result, error, notice, edge }: Props) {
  const shown = result?.events.length ?? 0;
  const outside = !!edge?.outside && result?.total === 0;
  const count = result
    ? outside
      ? edge.text
      : result.total > 0 && !result.allWords
        ? `No event has all of your words; closest matches: ${result.total.toLocaleString('en')}${result.total > shown ? `, showing ${shown}` : ''}`
        : `${result.total.toLocaleString('en')} ${result.total === 1 ? 'event matches' : 'events match'}${result.total > shown ? `, showing ${shown}` : ''}`
    : '';
  return (
    <div class="status-row">
      <p id="count" class="status" role="status">
        {error ? `Search failed: ${error}` : (notice ?? count)}
      </p>
      {result && (
        // The results are Wikipedia's text: its licence stays in sight beside them (the empty state has the full credit).
        <p class="text-credit">
          Text: Wikipedia, <a href={LICENCE_URL} target="_blank" rel="noopener noreferrer">{LICENCE_NAME}</a>
        </p>
      )}
      {result && edge && !outside && <p class="edge-note">{edge.text}</p>}
    </div>
  );
}
