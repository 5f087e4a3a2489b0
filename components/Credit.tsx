import type { DataMeta } from '../core/library/library';
import { LICENCE_NAME, LICENCE_URL } from '../core/licence';

/** What is in the index, and the CC BY-SA credit the data requires. */
export function Credit({ meta }: { meta?: DataMeta }) {
  return (
    <footer class="credit">
      {meta && (
        <p>
          {meta.events.toLocaleString('en')} events, {meta.first} to {meta.last}; built {meta.builtAt.slice(0, 10)}.
        </p>
      )}
      <p>
        Event text from Wikipedia’s Current Events portal by Wikipedia contributors,{' '}
        <a href={LICENCE_URL} target="_blank" rel="noopener noreferrer">{LICENCE_NAME}</a>.
      </p>
    </footer>
  );
}
