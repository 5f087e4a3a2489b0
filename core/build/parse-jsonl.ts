import { isDayRecordId } from './day-records';
import { startParse, type Mention, type Parsed } from './records';
import { isoDate, squash } from '../text';
import type { Source } from '../types';

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json): string | undefined => (typeof v === 'string' && v.trim() ? squash(v) : undefined);

function links(v: Json): Mention[] {
  if (!Array.isArray(v)) return [];
  const out: Mention[] = [];
  for (const l of v) {
    if (!isObj(l)) continue;
    const title = str(l.title);
    if (title) out.push({ title, surface: str(l.surface) ?? title });
  }
  return out;
}

/** Parses the JSON Lines corpus (shared/corpus/README.md): one event a line. */
export function parseJsonl(file: string, text: string): Parsed {
  const { out, problem, empty } = startParse(file, text);
  if (empty) return out;
  text.split('\n').forEach((raw, i) => {
    const n = i + 1;
    if (!raw.trim()) return;
    let rec: Json;
    try {
      rec = JSON.parse(raw);
    } catch (e) {
      return void problem(n, `not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')})`);
    }
    if (!isObj(rec)) return void problem(n, 'not a JSON object');
    const date = typeof rec.date === 'string' ? isoDate(rec.date) : undefined;
    if (!date) return void problem(n, `bad or missing date ${JSON.stringify(rec.date ?? null)}`);
    const text = str(rec.text);
    if (!text) return void problem(n, 'missing "text"');
    const stories = Array.isArray(rec.stories) ? rec.stories.filter(isObj) : [];
    const topics = stories.map((s) => str(s.text)).filter((s): s is string => !!s);
    const mentions = [...stories.flatMap((s) => links(s.links)), ...links(rec.entities)];
    // A source may be a name alone (the portal's daily files cite names, their links gone): shown, not linked.
    const sources: Source[] = (Array.isArray(rec.sources) ? rec.sources : []).filter(isObj).flatMap((s) => {
      const url = str(s.url) ?? '';
      const name = str(s.name) ?? url;
      return name ? [{ name, url }] : [];
    });
    const id = str(rec.id) ?? `${date}-l${n}`;
    out.sightings.push({
      file, line: n, date, topics, text, sources, mentions, id,
      category: str(rec.category),
      entities: [...new Set(mentions.map((m) => m.title))],
      ...(isDayRecordId(id) && { unlinked: true }),
    });
  });
  return out;
}
