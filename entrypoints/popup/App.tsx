import { useRef } from 'preact/hooks';
import { coverageNotice } from '../../core/library/coverage-notice';
import { openSettings } from './actions';
import { boxKeys } from './box-keys';
import { EmptyState } from './EmptyState';
import { Filters } from './Filters';
import { Problems } from './Problems';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { SiteControls } from './SiteControls';
import { StatusRow } from './StatusRow';
import { useFilters } from './use-filters';
import { useIndexFacts } from './use-index-facts';
import { usePopupSettings } from './use-popup-settings';
import { useResults } from './use-results';
import { useTargetTab } from './use-target-tab';

/**
 * The toolbar popup: search as you type over every event, narrowed by name, date and category; the keyboard
 * moves through the results (focus stays in the box, the active result is its aria-activedescendant) and
 * opens a source or a timeline. Below: the switches for this site and for everywhere.
 */
export function App() {
  const box = useRef<HTMLInputElement>(null);
  const { settings, problem, save } = usePopupSettings();
  const index = useIndexFacts();
  const target = useTargetTab();
  const filters = useFilters(() => box.current?.focus());
  const results = useResults(filters, target);
  const edge = index.meta && coverageNotice(filters.parsed, filters.sort, index.meta);

  return (
    <main class="popup">
      <header class="search">
        <SearchBox
          box={box}
          query={filters.query}
          activeId={results.activeId}
          expanded={results.events.length > 0}
          onInput={filters.type}
          onKeyDown={boxKeys(filters, results)}
          onLeave={results.dropSource}
        />
        <Filters filters={filters} categories={results.result?.categories ?? index.categories} years={index.years} />
        <Problems problems={filters.parsed.problems} />
        <StatusRow result={results.result} error={results.error} notice={results.notice} edge={edge} />
      </header>
      <ResultList results={results} onEntity={filters.narrowTo} outside={!!edge?.outside} entity={filters.entity} onAllEvents={() => filters.narrowTo(undefined)} />
      {!results.result && <EmptyState meta={index.meta} error={index.metaError} onExample={filters.tryExample} />}
      <SiteControls settings={settings} target={target} problem={problem} save={(patch) => void save(patch)} onSettings={() => target && void openSettings(target)} />
    </main>
  );
}
