import { useEffect, useMemo, useState } from 'preact/hooks';
import { listNames } from '../../core/listed-names';
import { request } from '../../messaging/transport';
import type { PageState } from './use-page';
import { useEvents } from './use-events';

/**
 * The names the timeline is about and their events: the page's names, the names looked up from outside it (first
 * the one `asked` for), and the ones ticked to narrow the timeline to them.
 */
export function useNames(page: PageState, asked: string) {
  /** Names looked up from outside the page (the hover card, the context menu, an event's chips). */
  const [extra, setExtra] = useState<string[]>([]);
  const [lookup, setLookup] = useState({ text: asked, note: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // The name asked for (`?entity=`): resolved to its title through its aliases, shown alone.
  useEffect(() => {
    if (!lookup.text) return;
    let live = true;
    void request('entity', { title: lookup.text }).then((r) => {
      if (!live) return;
      if (r.ok && r.value) {
        const title = r.value.title;
        setExtra((x) => (x.includes(title) ? x : [...x, title]));
        setSelected(new Set([title]));
        setLookup((l) => ({ ...l, note: '' }));
      } else setLookup((l) => ({ ...l, note: `Backstory has no events about “${l.text}”.` }));
    });
    return () => void (live = false);
  }, [lookup.text]);

  const pageEntities = page.state === 'ready' ? page.entities : [];
  const titles = useMemo(() => [...new Set([...pageEntities.map((e) => e.title), ...extra])], [pageEntities, extra]);
  const events = useEvents(titles, page.state === 'waiting');

  const listed = useMemo(() => listNames(events ?? [], pageEntities, extra), [events, pageEntities, extra]);

  return {
    titles,
    events,
    listed,
    selected,
    /** Why the name asked for shows nothing, if it does not. */
    note: lookup.note,
    /** The names the timeline is narrowed to: the ticked ones, else all. */
    inView: () => (selected.size ? [...selected] : titles),
    toggle: (title: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(title)) next.add(title);
        return next;
      }),
    /** Shows this name alone (looked up, when it is not listed yet), or everything again when it already is. */
    focus: (title: string) => {
      if (!titles.includes(title)) setExtra((x) => [...x, title]);
      setSelected((s) => (s.size === 1 && s.has(title) ? new Set() : new Set([title])));
    },
    showAll: () => setSelected(new Set()),
    reset: () => {
      setSelected(new Set());
      setExtra([]);
      setLookup({ text: '', note: '' });
    },
  };
}
