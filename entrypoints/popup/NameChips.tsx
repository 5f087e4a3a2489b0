import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  suggestions: Array<{ title: string; count: number }>;
  onPick(title: string): void;
}

/** Names shown as chips in the row (one in a narrow popup); the others wait in the "+N" menu, so the header stays one row high. */
const inRow = () => (window.matchMedia('(max-width: 419px)').matches ? 1 : 2);

/** The names the typed words could mean: one row of chips, the rest in a menu. */
export function NameChips({ suggestions, onPick }: Props) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const shown = inRow();
  const rest = suggestions.slice(shown);
  // A click anywhere else closes the menu; the listener goes with the menu.
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => !menu.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  const chip = (s: Props['suggestions'][number]) => (
    <button type="button" class="pill name" title={`Only events about ${s.title}`} onClick={() => (setOpen(false), onPick(s.title))}>
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
        <details
          ref={menu}
          class="more-names"
          open={open}
          onToggle={(e) => setOpen(e.currentTarget.open)}
          onKeyDown={(e) => {
            // Escape closes the menu, not the popup, and gives focus back to its button.
            if (e.key !== 'Escape' || !open) return;
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
            menu.current?.querySelector('summary')?.focus();
          }}
        >
          <summary class="pill" aria-label={`${rest.length} more names`}>+{rest.length}</summary>
          <ul class="menu" aria-label="More names">
            {rest.map((s) => <li key={s.title}>{chip(s)}</li>)}
          </ul>
        </details>
      )}
    </div>
  );
}
