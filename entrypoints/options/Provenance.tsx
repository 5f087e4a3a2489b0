import { useEffect, useState } from 'preact/hooks';
import { Credit } from '../../components/Credit';
import type { DataMeta } from '../../core/library/library';
import { request } from '../../messaging/transport';

/** "2021-08-15" → "15 August 2021"; anything else as it is. */
function day(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** What the packaged index holds and where it comes from. */
export function Provenance() {
  const [meta, setMeta] = useState<DataMeta>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    void request('meta', {}).then((r) => live && (r.ok ? setMeta(r.value) : setError(r.error)));
    return () => void (live = false);
  }, []);

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      <p class="provenance">
        {meta
          ? `${meta.events.toLocaleString('en')} events about ${meta.entities.toLocaleString('en')} names, from ${day(meta.first)} to ${day(meta.last)}, built ${day(meta.builtAt)}.`
          : error
            ? `The index could not be read: ${error}`
            : 'Reading the index…'}
      </p>
      <p class="hint">Everything is looked up in this index, inside the extension: Backstory makes no network requests.</p>
      <Credit />
    </section>
  );
}
