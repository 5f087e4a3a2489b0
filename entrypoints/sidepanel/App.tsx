import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Credit } from '../../components/Credit';
import type { DataMeta } from '../../core/library/library';
import { timelineCsv, timelineJson } from '../../core/timeline-export';
import { buildRows, density, inSpan, sortEvents, spanLabel, stepZoom, ZOOMS, type Order, type Span, type Zoom } from '../../core/timeline';
import type { NewsEvent } from '../../core/types';
import { request } from '../../messaging/transport';
import { DensityChart } from './DensityChart';
import { download } from './download';
import { EntityList, type ListedEntity } from './EntityList';
import { TimelineFeed } from './TimelineFeed';
import { usePage } from './use-page';

const params = new URLSearchParams(location.search);
const pinnedTab = params.get('tab') === null ? undefined : Number(params.get('tab'));
const ZOOM_KEYS: Record<string, Zoom> = { y: 'year', m: 'month', d: 'day' };

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The side panel: the names on the followed tab's page and the merged timeline of their events, with a density
 * chart to pick a period, zoom levels, the article's publication date, and exports.
 */
export function App() {
  const { tabId, page } = usePage(pinnedTab);
  const [meta, setMeta] = useState<DataMeta>();
  const [events, setEvents] = useState<NewsEvent[]>();
  /** Names looked up from outside the page (the hover card, the context menu, an event's chips). */
  const [extra, setExtra] = useState<string[]>([]);
  const [lookup, setLookup] = useState({ text: params.get('entity') ?? '', note: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [span, setSpan] = useState<Span>();
  const [zoom, setZoom] = useState<Zoom>('month');
  const [order, setOrder] = useState<Order>('newest');
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => void request('meta', {}).then((r) => r.ok && setMeta(r.value)), []);

  // Another tab is another page: start over (a lookup belongs to the tab it was made on).
  const followed = useRef(tabId);
  useEffect(() => {
    const before = followed.current;
    followed.current = tabId;
    if (before === undefined || before === tabId) return;
    setSelected(new Set());
    setSpan(undefined);
    setToggled(new Set());
    setExtra([]);
    setLookup({ text: '', note: '' });
  }, [tabId]);

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
  const titlesKey = titles.join('\n');

  useEffect(() => {
    if (!titles.length) return setEvents(page.state === 'waiting' ? undefined : []);
    let live = true;
    void request('timeline', { titles }).then((r) => live && setEvents(r.ok ? r.value : []));
    return () => void (live = false);
  }, [titlesKey]);

  const published = page.state === 'ready' ? page.published?.date : undefined;
  const all = events ?? [];
  const chosen = useMemo(() => (selected.size ? all.filter((e) => e.entities.some((t) => selected.has(t))) : all), [events, selected]);
  const shown = useMemo(() => chosen.filter((e) => inSpan(e.date, span)), [chosen, span]);
  const bins = useMemo(() => density(chosen, zoom), [chosen, zoom]);
  const rows = useMemo(() => buildRows(shown, { zoom, order, published, toggled }), [shown, zoom, order, published, toggled]);

  const listed: ListedEntity[] = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of all) for (const t of e.entities) counts.set(t, (counts.get(t) ?? 0) + 1);
    const onPage = new Map(pageEntities.map((e) => [e.title, e.mentions]));
    return [
      ...extra.filter((t) => !onPage.has(t)).map((title) => ({ title, events: counts.get(title) ?? 0 })),
      ...pageEntities.map((e) => ({ title: e.title, mentions: e.mentions, events: counts.get(e.title) ?? 0 })),
    ];
  }, [events, pageEntities, extra]);

  const toggle = (title: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(title)) next.add(title);
      return next;
    });
  const focus = (title: string) => {
    if (!titles.includes(title)) setExtra((x) => [...x, title]);
    setSelected((s) => (s.size === 1 && s.has(title) ? new Set() : new Set([title])));
  };
  const toggleGroup = (key: string) =>
    setToggled((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const exported = () => sortEvents(shown, order);
  const fileName = (ext: string) => `backstory-timeline-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const exportCsv = () => download(fileName('csv'), 'text/csv;charset=utf-8', timelineCsv(exported(), published));
  const exportJson = () =>
    download(
      fileName('json'),
      'application/json',
      timelineJson(exported(), {
        page: { published },
        filter: { entities: selected.size ? [...selected] : titles, from: span?.from, to: span?.to },
      }),
    );

  // Keys anywhere in the panel (not while typing): y / m / d or + / − change the zoom, o flips the order.
  useEffect(() => {
    const abort = new AbortController();
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('input, textarea')) return;
        if (ZOOM_KEYS[e.key]) setZoom(ZOOM_KEYS[e.key]);
        else if (e.key === '+' || e.key === '=') setZoom((z) => stepZoom(z, 1));
        else if (e.key === '-') setZoom((z) => stepZoom(z, -1));
        else if (e.key === 'o') setOrder((o) => (o === 'newest' ? 'oldest' : 'newest'));
        else if (e.key === 'Escape' && span) setSpan(undefined);
      },
      { signal: abort.signal },
    );
    return () => abort.abort();
  }, [span]);

  const status =
    page.state === 'waiting'
      ? 'Reading the page…'
      : page.state === 'none'
        ? page.reason
        : !titles.length
          ? page.reading
            ? 'Reading the page…'
            : 'No names marked on this page.'
          : events === undefined
            ? 'Looking up events…'
            : `${plural(shown.length, 'event')}${span ? ` in ${spanLabel(span)}` : ''} · ${plural(pageEntities.length, 'name')} on this page${page.reading ? ' (still reading)' : ''}`;

  return (
    <main class="panel">
      <header class="panel-head">
        <h1>Backstory timeline</h1>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        {lookup.note && <p class="note">{lookup.note}</p>}
        {published && (
          <p class="published">
            Article published <strong>{published}</strong>
            <span class="hint"> ({page.state === 'ready' && page.published?.source}); events after it are marked.</span>
          </p>
        )}
      </header>
      {listed.length > 0 && <EntityList entities={listed} selected={selected} onToggle={toggle} onFocus={focus} onAll={() => setSelected(new Set())} />}
      {all.length > 0 && (
        <>
          <section class="controls" aria-label="Timeline controls">
            <div class="segmented" role="radiogroup" aria-label="Zoom (keys Y, M, D or + and −)">
              {ZOOMS.map((z) => (
                <button type="button" role="radio" aria-checked={zoom === z} key={z} onClick={() => setZoom(z)}>
                  {z[0].toUpperCase() + z.slice(1)}
                </button>
              ))}
            </div>
            <button type="button" class="button" aria-label={`Order: ${order} first (key O)`} onClick={() => setOrder((o) => (o === 'newest' ? 'oldest' : 'newest'))}>
              {order === 'newest' ? 'Newest first' : 'Oldest first'}
            </button>
            <span class="spacer" />
            <button type="button" class="button" onClick={exportCsv} disabled={!shown.length}>
              CSV
            </button>
            <button type="button" class="button" onClick={exportJson} disabled={!shown.length}>
              JSON
            </button>
          </section>
          <DensityChart bins={bins} span={span} published={published} onSpan={setSpan} />
          {span && (
            <p class="picked">
              Showing {spanLabel(span)}{' '}
              <button type="button" class="link" onClick={() => setSpan(undefined)}>
                Show all time
              </button>
            </p>
          )}
          <TimelineFeed rows={rows} onToggle={toggleGroup} onEntity={focus} published={published} />
        </>
      )}
      <Credit meta={meta} />
    </main>
  );
}
