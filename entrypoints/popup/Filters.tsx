import { describeRange, singleYear } from '../../core/library/query-syntax';
import type { Sort } from './use-search';

interface Props {
  categories: Array<{ name: string; count: number }>;
  category?: string;
  sort: Sort;
  entity?: string;
  from?: string;
  to?: string;
  suggestions: Array<{ title: string; count: number }>;
  /** The years the index covers, newest first. */
  years: string[];
  onYear(year: string | undefined): void;
  onCategory(category: string | undefined): void;
  onSort(sort: Sort): void;
  onEntity(entity: string | undefined): void;
  onClearDates(): void;
}

/** Year, order and category, the filters in force (each removable) and the names the typed words could mean. */
export function Filters({ categories, category, sort, entity, from, to, suggestions, years, onYear, onCategory, onSort, onEntity, onClearDates }: Props) {
  const range = describeRange(from, to);
  // The menu shows the year typed as year:2021; another typed range shows as itself, chosen and not choosable again.
  const year = singleYear(from, to) ?? (range ? 'typed' : '');
  return (
    <div class="filters">
      <div class="row">
        <label class="select">
          <span>Year</span>
          <select value={year} onChange={(e) => onYear(e.currentTarget.value || undefined)}>
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
          <select value={sort} onChange={(e) => onSort(e.currentTarget.value as Sort)}>
            <option value="relevance">Best match</option>
            <option value="date">Newest first</option>
          </select>
        </label>
        <label class="select grow">
          <span>Category</span>
          <select value={category ?? ''} onChange={(e) => onCategory(e.currentTarget.value || undefined)}>
            <option value="">All</option>
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
              <button type="button" class="pill on" aria-label={`Remove filter: about ${entity}`} onClick={() => onEntity(undefined)}>
                About {entity} <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
          {range && (
            <li>
              <button type="button" class="pill on" aria-label={`Remove filter: ${range}`} onClick={onClearDates}>
                {range[0].toUpperCase() + range.slice(1)} <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div class="row suggestions">
          <span id="narrow-label" class="hint">Only events about</span>
          <ul class="row" aria-labelledby="narrow-label">
            {suggestions.map((s) => (
              <li key={s.title}>
                <button type="button" class="pill" onClick={() => onEntity(s.title)}>
                  {s.title} <span class="count">{s.count.toLocaleString('en')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
