import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A small menu behind a <details> button (the popup's "+N" names, the side panel's Save): open and shut, closed by a
 * click elsewhere (the listener goes with the open menu) and by Escape, which gives focus back to its button and does
 * not reach the page (where it would close the popup or clear a search).
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => !ref.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  return {
    open,
    close: () => setOpen(false),
    /** Props for the <details> element. */
    details: {
      ref,
      open,
      onToggle: (e: Event) => setOpen((e.currentTarget as HTMLDetailsElement).open),
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        ref.current?.querySelector('summary')?.focus();
      },
    },
  };
}
