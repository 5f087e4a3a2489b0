import { useEffect, useRef, useState } from 'preact/hooks';
import type { Format } from './save-timeline';

interface Props {
  /** Whether any event is shown, to be saved. */
  canSave: boolean;
  onSave(format: Format): void;
}

/** "Save" and its two formats behind it: one button's width in the controls' row. */
export function SaveMenu({ canSave, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  // A click elsewhere closes it; the listener goes with the open menu.
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => !menu.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  const save = (format: Format) => {
    setOpen(false);
    onSave(format);
  };
  return (
    <details
      ref={menu}
      class="save-menu"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        menu.current?.querySelector('summary')?.focus();
      }}
    >
      <summary class="button">Save</summary>
      <div class="menu" role="group" aria-label="Save the timeline shown">
        <button type="button" class="button" onClick={() => save('csv')} disabled={!canSave}>
          CSV
        </button>
        <button type="button" class="button" onClick={() => save('json')} disabled={!canSave}>
          JSON
        </button>
      </div>
    </details>
  );
}
