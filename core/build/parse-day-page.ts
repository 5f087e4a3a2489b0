import { dateOfNewsPath, readContext, readLink } from './markdown-link';
import { startParse, type Parsed, type Sighting } from './records';
import { decodeEntities, isoDate, squash } from '../text';

/**
 * Parses a day page (`/news/YYYY/MM/D/index.md`): `## [date](…)`, then for each event
 * `### [headline](link)` followed by `_Context: …_` (its own entities) or a summary line.
 */
export function parseDayPage(file: string, text: string): Parsed {
  const { out, problem, empty } = startParse(file, text);
  if (empty) return out;
  let pageDate: string | undefined;
  let current: Sighting | undefined;
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('## ')) {
      const link = readLink(line, 3);
      const written = link?.label ?? /^## \[([^\]]*)/.exec(line)?.[1] ?? '';
      pageDate = isoDate(written);
      if (!pageDate) problem(n, `bad date "${written}" in the day heading`);
      current = undefined;
      return;
    }
    if (line.startsWith('### ')) {
      current = undefined;
      const link = readLink(line, 4);
      if (!link) return void problem(n, `truncated or malformed event link: "${line}"`);
      const written = dateOfNewsPath(link.target);
      const date = (written && isoDate(written)) || pageDate;
      if (!date) return void problem(n, 'event without a date (no valid day heading, no date in its link)');
      const headline = squash(decodeEntities(link.label));
      if (!headline) return void problem(n, 'event link with an empty headline');
      current = { file, line: n, date, headline, sources: [], entities: [], mentions: [] };
      out.sightings.push(current);
      return;
    }
    if (!current) return void problem(n, 'text outside an event; skipped');
    const context = readContext(line);
    if (context) current.entities.push(...context.map((t) => squash(decodeEntities(t))));
    else current.summary = squash(decodeEntities([current.summary, line].filter(Boolean).join(' ')));
  });
  if (!out.sightings.length && !out.problems.length) problem(1, 'no event found in the day page');
  return out;
}
