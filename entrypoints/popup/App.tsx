import { useEffect, useRef, useState } from 'preact/hooks';
import type { DataMeta } from '../../core/library/library';
import { mainEntity } from '../../core/library/main-entity';
import { withoutDates, withYear, yearsBetween } from '../../core/library/query-syntax';
import { request } from '../../messaging/transport';
import { firstSource, openEntityTimeline, openSettings, openSource } from './actions';
import { EmptyState } from './EmptyState';
import { Filters } from './Filters';
import { ResultItem } from './ResultItem';
import { SiteControls } from './SiteControls';
import { findTargetTab, type TargetTab } from './target-tab';
import { usePopupSettings } from './use-popup-settings';
import { useSearch, useSuggestions, type Sort } from './use-search';

/** Results shown at first, and added each time the reader goes past the end. */
const PAGE = 30;
const optionId = (i: number) => `result-${i}`;

/**
 * The toolbar popup: search as you type over every event, narrowed by name, date and category; the keyboard
 * moves through the results (focus stays in the box, the active result is its aria-activedescendant) and
 * opens a source or a timeline. Below: the switches for this site and for everywhere.
 */
export function App() {
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<string>();
  const [category, setCategory] = useState<string>();
  const [sort, setSort] = useState<Sort>('relevance');
  const [limit, setLimit] = useState(PAGE);
  const [active, setActive] = useState(-1);
  const [notice, setNotice] = useState<string>();
  const [meta, setMeta] = useState<DataMeta>();
  const [metaError, setMetaError] = useState<string>();
  const [categories, setCategories] = useState<Array<{ name: string; count: number }>>([]);
  /** The years that have events, newest first (the data has gaps: its seed pages are older than its corpus). */
  const [years, setYears] = useState<string[]>();
  const [target, setTarget] = useState<TargetTab>();
  const { settings, problem, save } = usePopupSettings();
  const box = useRef<HTMLInputElement>(null);

  const { parsed, result, error } = useSearch({ query, entity, category, sort, limit });
  const suggestions = useSuggestions(entity ? '' : parsed.text, entity);
  const events = result?.events ?? [];

  useEffect(() => {
    let live = true;
    void request('meta', {}).then((r) => live && (r.ok ? setMeta(r.value) : setMetaError(r.error)));
    void request('categories', {}).then((r) => live && r.ok && setCategories(r.value));
    void request('counts', { by: 'year' }).then((r) => live && r.ok && setYears(r.value.filter((c) => c.count > 0).map((c) => c.period).reverse()));
    void findTargetTab().then((t) => live && setTarget(t));
    return () => void (live = false);
  }, []);

  // A new question starts at the top of a fresh list.
  useEffect(() => {
    setActive(-1);
    setLimit(PAGE);
    setNotice(undefined);
  }, [parsed.text, parsed.from, parsed.to, entity, category, sort]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const refocus = () => box.current?.focus();
  const narrowTo = (title: string | undefined) => {
    setEntity(title);
    // The words typed were the name itself: the list is now that name's events.
    if (title && suggestions.some((s) => s.title === title)) setQuery((q) => q.replace(parsed.text, '').trim());
    refocus();
  };

  const move = (to: number) => {
    if (!events.length) return;
    const next = Math.max(-1, Math.min(events.length - 1, to));
    setActive(next);
    if (next >= events.length - 3 && result && result.total > events.length) setLimit((l) => l + PAGE);
  };

  const open = (index: number) => {
    const event = events[index];
    if (!event || !target) return;
    setActive(index);
    const url = firstSource(event);
    if (url) void openSource(url, target);
    else setNotice('This event cites no source to open.');
  };
  const timeline = (index: number) => {
    const event = events[index];
    if (!event || !target) return;
    setActive(index);
    void openEntityTimeline(mainEntity(event, { entity, terms: result?.terms }), target);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      const step = e.key.startsWith('Page') ? 5 : 1;
      move(active + (e.key === 'ArrowDown' || e.key === 'PageDown' ? step : -step));
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      const index = active >= 0 ? active : 0;
      if (e.shiftKey) timeline(index);
      else open(index);
    } else if (e.key === 'Backspace' && !query && entity) {
      setEntity(undefined);
    } else if (e.key === 'Escape' && (query || entity || category)) {
      // Clears first; a second Escape closes the popup.
      e.preventDefault();
      setQuery('');
      setEntity(undefined);
      setCategory(undefined);
    }
  };

  const count = result
    ? `${result.total.toLocaleString('en')} ${result.total === 1 ? 'event matches' : 'events match'}${result.total > events.length ? `, showing ${events.length}` : ''}`
    : '';

  return (
    <main class="popup">
      <header class="search">
        <h1 class="title">
          <label for="q">Search world events</label>
        </h1>
        <input
          ref={box}
          id="q"
          type="search"
          role="combobox"
          autoFocus
          autocomplete="off"
          spellcheck={false}
          placeholder="Taliban, ISIS from:2021, year:2020 vaccine…"
          aria-controls="results"
          aria-expanded={events.length > 0}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby="count"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <Filters
          categories={categories}
          category={category}
          sort={sort}
          entity={entity}
          from={parsed.from}
          to={parsed.to}
          suggestions={suggestions}
          years={years ?? (meta ? yearsBetween(meta.first, meta.last) : [])}
          onYear={(y) => {
            setQuery(withYear(query, y));
            refocus();
          }}
          onCategory={(c) => {
            setCategory(c);
            refocus();
          }}
          onSort={(s) => {
            setSort(s);
            refocus();
          }}
          onEntity={narrowTo}
          onClearDates={() => {
            setQuery(withoutDates(query));
            refocus();
          }}
        />
        {parsed.problems.length > 0 && (
          <ul class="problems" aria-label="Not understood">
            {parsed.problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        )}
        <div class="status-row">
          <p id="count" class="status" role="status">
            {error ? `Search failed: ${error}` : (notice ?? count)}
          </p>
          {result && (
            // The results are Wikipedia's text: its licence stays in sight beside them (the empty state has the full credit).
            <p class="text-credit">
              Text: Wikipedia, <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener noreferrer">CC BY-SA</a>
            </p>
          )}
        </div>
      </header>
      <ul id="results" role="listbox" aria-label="Events" class="results" hidden={!events.length}>
        {events.map((e, i) => (
          <ResultItem
            key={e.id}
            id={optionId(i)}
            event={e}
            active={i === active}
            terms={result?.terms ?? []}
            main={i === active ? mainEntity(e, { entity, terms: result?.terms }) : undefined}
            onOpen={() => open(i)}
            onEntity={narrowTo}
            onTimeline={() => timeline(i)}
          />
        ))}
      </ul>
      {result && result.total === 0 && <p class="nothing">No events match. Check the spelling, or remove a filter.</p>}
      {!result && (
        <EmptyState
          meta={meta}
          error={metaError}
          onExample={(q) => {
            setQuery(q);
            refocus();
          }}
        />
      )}
      <SiteControls settings={settings} target={target} problem={problem} save={(patch) => void save(patch)} onSettings={() => target && void openSettings(target)} />
    </main>
  );
}
