import { useEffect, useState } from 'preact/hooks';
import { Credit } from '../../components/Credit';
import { EventItem } from '../../components/EventItem';
import type { DataMeta, SearchResult } from '../../core/library';
import { request } from '../../utils/messaging';

/** Toolbar popup: search as you type over every event. */
export function App() {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult>();
  const [meta, setMeta] = useState<DataMeta>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void request('meta', {}).then((r) => (r.ok ? setMeta(r.value) : setError(r.error)));
  }, []);
  useEffect(() => {
    let current = true;
    if (!query.trim()) return void setResult(undefined);
    void request('search', { query, limit: 30 }).then((r) => {
      if (!current) return;
      if (r.ok) setResult(r.value);
      else setError(r.error);
    });
    return () => void (current = false);
  }, [query]);

  return (
    <main style={{ width: '420px', padding: '10px' }}>
      <label for="q" style={{ display: 'block', fontWeight: 600, marginBottom: '4px' }}>Search world events</label>
      <input id="q" type="search" autoFocus placeholder="Taliban, ISIS, vaccine…" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {error && <p class="status" role="alert">{error}</p>}
      {result && <p class="status" aria-live="polite">{result.total.toLocaleString('en')} events match</p>}
      <div role="list" aria-label="Results">
        {result?.events.map((e) => <EventItem key={e.id} event={e} terms={result.terms} onEntity={(t) => setQuery(t)} />)}
      </div>
      {!result && <Credit meta={meta} />}
    </main>
  );
}
