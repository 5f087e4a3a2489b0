import type { ListedEntity } from '../../core/listed-names';

interface EntityListProps {
  entities: ListedEntity[];
  selected: ReadonlySet<string>;
  /** The ticked names are the page's main subjects, not the reader's choice. */
  auto: boolean;
  onToggle(title: string): void;
  /** Shows this entity alone (or everything again, when it already is). */
  onFocus(title: string): void;
  onAll(): void;
}

const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** The page's names, heaviest on the page first: tick several to narrow the timeline to them; a name's button shows it alone. */
export function EntityList({ entities, selected, auto, onToggle, onFocus, onAll }: EntityListProps) {
  const alone = selected.size === 1 ? [...selected][0] : undefined;
  return (
    <section class="names" aria-labelledby="names-title">
      <div class="names-head">
        <h2 id="names-title">Names on this page</h2>
        {selected.size > 0 && (
          <button type="button" class="link" onClick={onAll}>
            Show all {entities.length}
          </button>
        )}
      </div>
      {auto && <p class="names-hint">Opened on the article’s main subjects, by where and how often the page names them. Tick others, or show all.</p>}
      <ul class="names-list">
        {entities.map((e) => (
          <li key={e.title} class={selected.has(e.title) ? 'on' : ''}>
            <input type="checkbox" id={`n-${e.title}`} checked={selected.has(e.title)} onChange={() => onToggle(e.title)} aria-label={`Include ${e.title}`} />
            <button type="button" class="name" aria-pressed={alone === e.title} title={alone === e.title ? 'Show every name again' : `Show only ${e.title}`} onClick={() => onFocus(e.title)}>
              {e.title}
            </button>
            <span class="counts">
              {e.mentions === undefined ? 'looked up' : count(e.mentions, 'mention')} · {count(e.events, 'event')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
