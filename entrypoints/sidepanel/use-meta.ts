import { useEffect, useState } from 'preact/hooks';
import type { DataMeta } from '../../core/library/library';
import { request } from '../../messaging/transport';

/** What the index holds, for the credit; undefined until (or unless) it is read. */
export function useMeta(): DataMeta | undefined {
  const [meta, setMeta] = useState<DataMeta>();
  useEffect(() => void request('meta', {}).then((r) => r.ok && setMeta(r.value)), []);
  return meta;
}
