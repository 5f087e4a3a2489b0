import { useEffect, useState } from 'preact/hooks';
import type { SearchResult } from '../../core/library/library';
import type { ParsedQuery } from '../../core/library/query-syntax';
import { request } from '../../messaging/transport';

export type Sort = 'relevance' | 'date';

interface SearchState {
  /** The query as typed, its dates read out of its words. */
  parsed: ParsedQuery;
  entity?: string;
  category?: string;
  sort: Sort;
  limit: number;
}

/**
 * Runs the search for every change of the query or filters, as it is typed (the index answers faster than
 * keys are pressed, so nothing is delayed); an answer that arrives after a newer question is dropped.
 * `result` is undefined while there is nothing to search: the popup then shows its empty state.
 */
export function useSearch({ parsed, entity, category, sort, limit }: SearchState) {
  const { text, from, to } = parsed;
  const [result, setResult] = useState<SearchResult>();
  const [error, setError] = useState<string>();
  const idle = !text && !entity && !category && !from && !to;

  useEffect(() => {
    let current = true;
    if (idle) {
      setResult(undefined);
      setError(undefined);
      return;
    }
    void request('search', { query: text, entity, category, from, to, sort, limit }).then((r) => {
      if (!current) return;
      if (r.ok) {
        setResult(r.value);
        setError(undefined);
      } else setError(r.error);
    });
    return () => void (current = false);
  }, [text, entity, category, from, to, sort, limit, idle]);

  return { result: idle ? undefined : result, error };
}

/** Entities whose names start with the typed words, for the "Narrow to" chips. */
export function useSuggestions(text: string, skip: string | undefined) {
  const [suggestions, setSuggestions] = useState<Array<{ title: string; count: number }>>([]);
  useEffect(() => {
    let current = true;
    if (text.trim().length < 2) return void setSuggestions([]);
    void request('suggestEntities', { prefix: text, limit: 4 }).then((r) => current && setSuggestions(r.ok ? r.value.filter((s) => s.title !== skip) : []));
    return () => void (current = false);
  }, [text, skip]);
  return suggestions;
}
