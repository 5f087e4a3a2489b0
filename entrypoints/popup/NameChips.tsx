import { useDisclosure } from '../../components/use-disclosure';
import { useMediaQuery } from './use-media-query';

interface Props {
  suggestions: Array<{ title: string; count: number }>;
  onPick(title: string): void;
}


/** The names the typed words could mean: one row of chips, the rest in a menu. */
export function NameChips({ suggestions, onPick }: Props) {
  const menu = useDisclosure();
  // Names shown as chips in the row (one in a narrow popup); the others wait in the "+N" menu, so the header stays
  // one row high.
  const shown = useMediaQuery('(max-width: 419px)') ? 1 : 2;
  const rest = suggestions.slice(shown);
  const chip = (s: Props['suggestions'][number]) => (
    <button type="button" class="pill name" title={`Only events about ${s.title}`} onClick={() => (menu.close(), onPick(s.title))}>
      <span class="name-text">{s.title}</span> <span class="count">{s.count.toLocaleString('en')}</span>
    </button>
  );
  return (
    <div class="row suggestions">
      <span id="narrow-label" class="hint">Only events about</span>
      <ul class="row chips" aria-labelledby="narrow-label">
        {suggestions.slice(0, shown).map((s) => <li key={s.title}>{chip(s)}</li>)}
      </ul>
      {rest.length > 0 && (
        <details class="more-names" {...menu.details}>
          <summary class="pill" aria-label={`${rest.length} more names`}>+{rest.length}</summary>
          <ul class="menu" aria-label="More names">
            {rest.map((s) => <li key={s.title}>{chip(s)}</li>)}
          </ul>
        </details>
      )}
    </div>
  );
}
