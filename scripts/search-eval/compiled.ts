import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { compile } from '../../core/build/compile';
import { packageData } from '../../core/build/package';
import type { DataPackage } from '../../core/library/library-files';
import { readSources } from '../read-sources';

/**
 * The seeds compiled and packaged, or the package kept in `cache` by an earlier run (the split into the shipped
 * files, and so each entity's event order and the event weights, is done anew by whoever opens it).
 */
export function compiled(cache: string | null): DataPackage {
  if (cache && existsSync(cache)) return deserialize(readFileSync(cache)) as DataPackage;
  const { sources } = readSources(['seeds']);
  const { data } = packageData(compile(sources), new Date().toISOString());
  if (cache) writeFileSync(cache, serialize(data));
  return data;
}
