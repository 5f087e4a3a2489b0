import { useRef, useState } from 'preact/hooks';
import { useFitting } from './use-fitting';
import type { ListedEntity } from '../../core/listed-names';

interface EntityListProps {
  entities: ListedEntity[];
  selected: ReadonlySet<string>;
  /** The ticked names are the page's main subjects, not the reader's choice. */
  auto: boolean;
  onToggle(title: string): void;
  onAll(): void;
}

const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Names the folded list shows in its one line: the ticked ones first, then the heaviest others. */
const IN_LINE = 6;

/**
 * The page's names, heaviest on the page first. Folded, one line of them (the timeline keeps the height); open, the
 * whole list with counts. One way to narrow the timeline: tick names (a name's chip or its row), "Untick all" unticks.
 */
export function EntityList({ entities, selected, auto, onToggle, onAll }: EntityListProps) {
  const [open, setOpen] = useState(false);
  const line = [...entities.filter((e) => selected.has(e.title)), ...entities.filter((e) => !selected.has(e.title))].slice(0, IN_LINE);
  const lineRef = useRef<HTMLUListElement>(null);
  const fitting = useFitting(lineRef, `${open}|${line.map((e) => e.title).join('|')}`);
  // The names out of the line, said beside it: how many, and how many of them are ticked.
  const shown = Math.min(fitting, line.length);
  const rest = entities.length - shown;
  const restTicked = [...selected].filter((t) => !line.slice(0, shown).some((e) => e.title === t)).length;
  return (
    <section class={`names${open ? ' open' : ''}`} aria-labelledby="names-title">
      <div class="names-head">
        <h2 id="names-title">Names on this page</h2>
        {selected.size > 0 && (
          <button type="button" class="link" onClick={onAll}>
            Untick all
          </button>
        )}
        <button type="button" class="link names-more" aria-expanded={open} aria-controls={open ? 'names-list' : undefined} onClick={() => setOpen(!open)}>
          {open ? 'Fold the list' : `List all ${entities.length}`}
        </button>
      </div>
      {auto && (
        <p class="names-hint" title="Chosen by where and how often the page names them">
          Opened on the article’s main subjects. Tick others, or untick all to follow every name.
        </p>
      )}
      {!open && (
        <div class="names-row">
        <ul class="names-line" ref={lineRef} aria-label="Names, the ticked ones first">
          {line.map((e, i) => (
            <li key={e.title} class={i < fitting ? undefined : 'beyond'} inert={i >= fitting}>
              <button type="button" class="name chip-name" aria-pressed={selected.has(e.title)} title={`${count(e.events, 'event')}${e.mentions === undefined ? '' : ` · ${count(e.mentions, 'mention')}`}`} onClick={() => onToggle(e.title)}>
                {e.title}
              </button>
            </li>
          ))}
        </ul>
        {rest > 0 && (
          <button type="button" class="names-rest" aria-label={`List all ${entities.length} names (${rest} more${restTicked ? `, ${restTicked} of them ticked` : ''})`} onClick={() => setOpen(true)}>
            +{rest}{restTicked > 0 && <span class="rest-ticked"> · {restTicked} ticked</span>}
          </button>
        )}
        </div>
      )}
      {open && (
        <ul id="names-list" class="names-list">
          {entities.map((e, i) => (
            <li key={e.title} class={selected.has(e.title) ? 'on' : ''}>
              <input type="checkbox" id={`name-${i}`} checked={selected.has(e.title)} onChange={() => onToggle(e.title)} aria-label={`Include ${e.title}`} />
              <label class="name" for={`name-${i}`}>
                {e.title}
              </label>
              <span class="counts">
                {e.mentions === undefined ? 'looked up' : count(e.mentions, 'mention')} · {count(e.events, 'event')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
