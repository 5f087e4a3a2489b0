import { useEffect, useState } from 'preact/hooks';
import type { DataMeta } from '../../core/library/library';
import { yearsBetween } from '../../core/library/query-syntax';
import { request } from '../../messaging/transport';

/** What the index holds, read once: its summary (or why it could not be read), its categories and its years. */
export function useIndexFacts() {
  const [meta, setMeta] = useState<DataMeta>();
  const [metaError, setMetaError] = useState<string>();
  const [categories, setCategories] = useState<Array<{ name: string; count: number }>>([]);
  /** The years that have events, newest first (the data has gaps: its seed pages are older than its corpus). */
  const [years, setYears] = useState<string[]>();

  useEffect(() => {
    let live = true;
    void request('meta', {}).then((r) => live && (r.ok ? setMeta(r.value) : setMetaError(r.error)));
    void request('categories', {}).then((r) => live && r.ok && setCategories(r.value));
    void request('counts', { by: 'year' }).then((r) => live && r.ok && setYears(r.value.filter((c) => c.count > 0).map((c) => c.period).reverse()));
    return () => void (live = false);
  }, []);

  // Until the years are counted, every year of the index's range is offered.
  return { meta, metaError, categories, years: years ?? (meta ? yearsBetween(meta.first, meta.last) : []) };
}
