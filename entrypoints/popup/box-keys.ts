import type { FilterState } from './use-filters';
import type { ResultState } from './use-results';

/**
 * The search box's keys (focus stays in the box): arrows and pages move through the results, Enter opens the
 * active (or first) one's source (Tab picks another of the active one's) and Shift+Enter its main name's timeline, Backspace in an empty box drops the
 * name, Escape clears.
 */
export function boxKeys(filters: FilterState, results: ResultState) {
  return (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      const step = e.key.startsWith('Page') ? 5 : 1;
      results.move(results.active + (e.key === 'ArrowDown' || e.key === 'PageDown' ? step : -step));
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      const index = results.active >= 0 ? results.active : 0;
      if (e.shiftKey) results.timeline(index);
      else results.open(index);
    } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing) {
      if (results.stepSource(e.shiftKey ? -1 : 1)) e.preventDefault();
    } else if (e.key === 'Backspace' && !filters.query && filters.entity) {
      filters.dropEntity();
    } else if (e.key === 'Escape' && (filters.query || filters.entity || filters.category)) {
      // Clears first; a second Escape closes the popup.
      e.preventDefault();
      filters.clear();
    }
  };
}
