import { useState } from 'preact/hooks';
import { parseQuery, withoutDates, withYear } from '../../core/library/query-syntax';
import { useSuggestions, type Sort } from './use-search';

export type FilterState = ReturnType<typeof useFilters>;

/**
 * The question asked: the words typed (their dates read out of them), the name and category it is narrowed to, the
 * order, and the names the words could mean. A choice made with the mouse gives focus back to the search box
 * (`refocus`), where the keyboard works.
 */
export function useFilters(refocus: () => void) {
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<string>();
  /** The words in the box when the name was picked: the name filter belongs to them (and to words added after them). */
  const [pickedWith, setPickedWith] = useState('');
  const [category, setCategory] = useState<string>();
  const [sort, setSort] = useState<Sort>('relevance');
  const parsed = parseQuery(query);
  const suggestions = useSuggestions(entity ? '' : parsed.text, entity);

  const thenRefocus =
    <A extends unknown[]>(change: (...args: A) => void) =>
    (...args: A) => {
      change(...args);
      refocus();
    };

  return {
    query,
    entity,
    category,
    sort,
    parsed,
    suggestions,
    type: (q: string) => {
      setQuery(q);
      // Words that replace those the name was picked with ask another question: the name goes with its query.
      if (entity && !parseQuery(q).text.startsWith(pickedWith)) setEntity(undefined);
    },
    tryExample: thenRefocus((example: string) => setQuery(example)),
    pickYear: thenRefocus((year: string | undefined) => setQuery(withYear(query, year))),
    clearDates: thenRefocus(() => setQuery(withoutDates(query))),
    pickCategory: thenRefocus((c: string | undefined) => setCategory(c)),
    pickSort: thenRefocus((s: Sort) => setSort(s)),
    narrowTo: thenRefocus((title: string | undefined) => {
      setEntity(title);
      // The words typed were the name itself: the list is now that name's events.
      const named = title !== undefined && suggestions.some((s) => s.title === title);
      if (named) setQuery((q) => q.replace(parsed.text, '').trim());
      setPickedWith(named ? '' : parsed.text);
    }),
    dropEntity: () => setEntity(undefined),
    clear: () => {
      setQuery('');
      setEntity(undefined);
      setCategory(undefined);
    },
  };
}
