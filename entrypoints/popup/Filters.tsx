import { describeRange, singleYear } from '../../core/library/query-syntax';
import type { FilterState } from './use-filters';
import type { Sort } from './use-search';
import { NameChips } from './NameChips';

interface Props {
  filters: FilterState;
  /** The categories with their number of events: the query's matches while there is a query, else the whole index's. */
  categories: Array<{ name: string; count: number }>;
  /** The years the index covers, newest first. */
  years: string[];
}

/** Year, order and category, the filters in force (each removable) and the names the typed words could mean. */
export function Filters({ filters, categories, years }: Props) {
  const { category, sort, entity, suggestions } = filters;
  const { from, to } = filters.parsed;
  const range = describeRange(from, to);
  // The menu shows the year typed as year:2021; another typed range shows as itself, chosen and not choosable again.
  const year = singleYear(from, to) ?? (range ? 'typed' : '');
  return (
    <div class="filters">
      <div class="row">
        <label class="select">
          <span>Year</span>
          <select value={year} onChange={(e) => filters.pickYear(e.currentTarget.value || undefined)}>
            <option value="">Any</option>
            {year === 'typed' && (
              <option value="typed" disabled>
                {range}
              </option>
            )}
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label class="select">
          <span>Order</span>
          <select value={sort} onChange={(e) => filters.pickSort(e.currentTarget.value as Sort)}>
            <option value="relevance">Best match</option>
            <option value="date">Newest first</option>
          </select>
        </label>
        <label class="select grow">
          <span>Category</span>
          <select value={category ?? ''} onChange={(e) => filters.pickCategory(e.currentTarget.value || undefined)}>
            <option value="">All</option>
            {category && !categories.some((c) => c.name === category) && <option value={category}>{category} (0)</option>}
            {categories.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name} ({c.count.toLocaleString('en')})
              </option>
            ))}
          </select>
        </label>
      </div>
      {(entity || range) && (
        <ul class="row applied" aria-label="Filters in force">
          {entity && (
            <li>
              <button type="button" class="pill on" aria-label={`Remove filter: about ${entity}`} onClick={() => filters.narrowTo(undefined)}>
                About {entity} <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
          {range && (
            <li>
              <button type="button" class="pill on" aria-label={`Remove filter: ${range}`} onClick={filters.clearDates}>
                {range[0].toUpperCase() + range.slice(1)} <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
        </ul>
      )}
      {suggestions.length > 0 && <NameChips suggestions={suggestions} onPick={filters.narrowTo} />}
    </div>
  );
}
