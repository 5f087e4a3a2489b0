import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DataMeta } from '../../core/library/library';
import { eventCounts, listNames } from '../../core/listed-names';
import { byWeight, mainSubjects, nameWeight, newsOutlets } from '../../core/page-subjects';
import { request } from '../../messaging/transport';
import type { PageState } from './use-page';
import { useEvents } from './use-events';

/**
 * The names the timeline is about and their events: the page's names, the names looked up from outside it (first
 * the one `asked` for), and the ones ticked to narrow the timeline to them: until the reader ticks any, the page's
 * main subjects (core/page-subjects.ts).
 */
export function useNames(page: PageState, asked: string, meta: DataMeta | undefined) {
  /** Names looked up from outside the page (the hover card, the context menu, an event's chips). */
  const [extra, setExtra] = useState<string[]>([]);
  const [lookup, setLookup] = useState({ text: asked, note: '' });
  /** The names the reader ticked (or a lookup chose); undefined until then: the page's main subjects are. */
  const [chosen, setChosen] = useState<ReadonlySet<string>>();

  // The name asked for (`?entity=`): resolved to its title through its aliases, shown alone.
  useEffect(() => {
    if (!lookup.text) return;
    let live = true;
    void request('entity', { title: lookup.text }).then((r) => {
      if (!live) return;
      if (r.ok && r.value) {
        const title = r.value.title;
        setExtra((x) => (x.includes(title) ? x : [...x, title]));
        setChosen(new Set([title]));
        setLookup((l) => ({ ...l, note: '' }));
      } else setLookup((l) => ({ ...l, note: `Backstory has no events about “${l.text}”.` }));
    });
    return () => void (live = false);
  }, [lookup.text]);

  const pageEntities = page.state === 'ready' ? page.entities : [];
  const titles = useMemo(() => [...new Set([...pageEntities.map((e) => e.title), ...extra])], [pageEntities, extra]);
  const events = useEvents(titles, page.state === 'waiting');

  const counts = useMemo(() => eventCounts(events ?? []), [events]);
  const eventsOf = (title: string) => counts.get(title) ?? 0;
  const total = meta?.events ?? 0;
  const subjects = useMemo(
    () => (events && total ? mainSubjects(pageEntities, eventsOf, total, newsOutlets(pageEntities.map((e) => e.title), events)) : []),
    [counts, pageEntities, total],
  );
  const listed = useMemo(
    () => listNames(events ?? [], total ? byWeight(pageEntities, eventsOf, total) : pageEntities, extra, counts),
    [counts, pageEntities, extra, total],
  );
  const selected = useMemo(() => chosen ?? new Set(subjects), [chosen, subjects]);
  /** The main subjects' weights on the page, for finding the article's story. */
  const weights = useMemo(
    () => new Map(total ? pageEntities.filter((e) => subjects.includes(e.title)).map((e) => [e.title, nameWeight(e, eventsOf(e.title), total)]) : []),
    [counts, pageEntities, total, subjects],
  );
  /** A change to the ticked names, from what is ticked now (the main subjects until the reader chose). */
  const setSelected = (next: (s: ReadonlySet<string>) => ReadonlySet<string>) => setChosen((c) => next(c ?? selected));

  return {
    titles,
    events,
    listed,
    selected,
    /** The page's main subjects, which the timeline opens on. */
    subjects,
    weights,
    /** The timeline shows the main subjects because the reader has not chosen yet. */
    auto: chosen === undefined && subjects.length > 0,
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
    showAll: () => setChosen(new Set()),
    reset: () => {
      setChosen(undefined);
      setExtra([]);
      setLookup({ text: '', note: '' });
    },
  };
}
