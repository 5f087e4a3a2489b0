import type { DataMeta } from '../core/library/library';
import { spanWords } from '../core/library/coverage';
import { LICENCE_NAME, LICENCE_URL } from '../core/licence';

/** What is in the index, and the CC BY-SA credit the data requires. */
export function Credit({ meta }: { meta?: DataMeta }) {
  return (
    <footer class="credit">
      {meta && (
        <p>
          {/* The span, not the build date: a recent build of old events must not read as fresh news. */}
          {spanWords(meta)} ({meta.events.toLocaleString('en')} in all).
        </p>
      )}
      <p>
        Event text from Wikipedia’s Current Events portal by Wikipedia contributors,{' '}
        <a href={LICENCE_URL} target="_blank" rel="noopener noreferrer">{LICENCE_NAME}</a>.
      </p>
    </footer>
  );
}
