import type { DataMeta } from '../core/library/library';

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
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener noreferrer">CC BY-SA</a>.
      </p>
    </footer>
  );
}
