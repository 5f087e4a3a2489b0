/**
 * One event, once: how the linked 2020–22 corpus and the portal's day files in seeds/ merge. Prints, per month of the
 * linked corpus, its events and the merged events on the same days, and whether every linked id is kept.
 *   npm run overlap
 */
import { readFileSync } from 'node:fs';
import { compile } from '../core/build/compile';
import { readSources } from './read-sources';

const LINKED = 'seeds/current-events-2020-2022.jsonl';
const linked = readFileSync(LINKED, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string });
const { events } = compile(readSources([LINKED, 'seeds/portal-days']).sources);

const days = new Set(linked.map((r) => r.date));
const count = (dates: string[]) => dates.reduce((m, d) => m.set(d.slice(0, 7), (m.get(d.slice(0, 7)) ?? 0) + 1), new Map<string, number>());
const before = count(linked.map((r) => r.date));
const after = count(events.filter((e) => days.has(e.date)).map((e) => e.date));
const all = count(events.filter((e) => e.date >= '2020-04' && e.date < '2022-07').map((e) => e.date));
const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%`;

console.log('month    linked  merged, same days        merged, whole month');
for (const month of [...all.keys()].sort()) {
  const [l, m, w] = [before.get(month) ?? 0, after.get(month) ?? 0, all.get(month)!];
  console.log(`${month}  ${String(l).padStart(6)}  ${String(m).padStart(6)} ${l ? pct(m, l).padStart(7) : '       '}          ${String(w).padStart(6)}${l ? '' : '  (no linked events)'}`);
}
const total = [...after.values()].reduce((a, b) => a + b, 0);
const ids = new Set(events.map((e) => e.id));
console.log(`on the ${days.size} days the linked corpus holds: ${linked.length} linked events, ${total} merged (${pct(total, linked.length)})`);
console.log(`linked ids kept: ${linked.filter((r) => ids.has(r.id)).length} of ${linked.length}`);
