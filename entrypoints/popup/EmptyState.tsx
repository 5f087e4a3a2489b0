import { Credit } from '../../components/Credit';
import { spanWords } from '../../core/library/coverage';
import type { DataMeta } from '../../core/library/library';

const EXAMPLES = ['Talbian', 'ISIS', 'vaccine year:2021', 'Kabul from:2021-08'];

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
        {EXAMPLES.map((q) => (
          <button key={q} type="button" class="pill" onClick={() => onExample(q)}>
            {q}
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
