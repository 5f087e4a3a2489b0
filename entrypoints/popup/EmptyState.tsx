import { Credit } from '../../components/Credit';
import { spanWords } from '../../core/library/coverage';
import type { DataMeta } from '../../core/library/library';

/** Queries to try, each with what it shows off (a misspelling on purpose reads as one unless said). */
const EXAMPLES: Array<{ query: string; note?: string }> = [{ query: 'Talbian', note: 'a typo' }, { query: 'ISIS' }, { query: 'vaccine year:2021' }, { query: 'Kabul from:2021-08' }];

/** What the index holds, what to try, the keys, and the credit the data requires. */
export function EmptyState({ meta, error, onExample }: { meta?: DataMeta; error?: string; onExample(query: string): void }) {
  return (
    <section class="empty-state" aria-label="About the index">
      <p class="about">
        {meta ? (
          <>
            {/* The span, not the build date (that is in Options): a recent build of old events must not read as fresh. */}
            {spanWords(meta)}: <strong>{meta.events.toLocaleString('en')}</strong> about <strong>{meta.entities.toLocaleString('en')}</strong> names.
          </>
        ) : error ? (
          `The index could not be read: ${error}`
        ) : (
          'Reading the index…'
        )}
      </p>
      <div class="row examples">
        <span class="hint">Try</span>
        {EXAMPLES.map(({ query, note }) => (
          <button key={query} type="button" class="pill" aria-label={note ? `${query} (${note})` : undefined} onClick={() => onExample(query)}>
            {query}
            {note && <span class="example-note"> ({note})</span>}
          </button>
        ))}
      </div>
      <p class="hint">
        Dates: <code>from:2021-03</code> <code>to:2021</code> <code>year:2020</code>
      </p>
      <p class="hint keys">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> open the source · <kbd>Tab</kbd> its other sources · <kbd>Shift+Enter</kbd> timeline of its main name
      </p>
      <Credit />
    </section>
  );
}
