import { readContext, readLink, dateOfNewsPath } from './markdown-link';
import { badBytes, emptyParsed, type Parsed, type Sighting } from './records';
import { decodeEntities, isoDate, squash } from '../text';
import type { Source } from '../types';

/**
 * Parses one event page of the Current Events site (format: seeds/README.md):
 * date line, `# headline`, optional summary, `### Source:`, `### Related:`.
 * Never throws: what it cannot read becomes a problem with its line, the rest still loads.
 */
export function parseSeedPage(file: string, text: string): Parsed {
  const out = emptyParsed();
  out.problems.push(...badBytes(file, text));
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const problem = (line: number, message: string) => out.problems.push({ file, line, message });
  if (!text.trim()) {
    problem(1, 'empty file: no event in it');
    return out;
  }

  let date: string | undefined;
  let headline: string | undefined;
  let headlineLine = 0;
  const summary: string[] = [];
  const sources: Source[] = [];
  let image: string | undefined;
  const related: Array<{ sighting: Sighting }> = [];
  let section: 'head' | 'source' | 'related' | 'other' = 'head';
  const seen = { date: false, source: false, related: false };

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line) return;
    if (!seen.date && section === 'head' && !headline && line.startsWith('### [')) {
      seen.date = true;
      const link = readLink(line, 4);
      const written = link?.label ?? /^### \[([^\]]*)\]?/.exec(line)?.[1] ?? '';
      date = isoDate(written);
      if (!link) problem(n, `truncated link in the date line: "${line}"`);
      if (!date) problem(n, `bad date "${written}": expected YYYY-MM-D; the page's own event is skipped`);
      return;
    }
    if (/^###\s*Source:?\s*$/i.test(line)) {
      section = 'source';
      seen.source = true;
      return;
    }
    if (/^###\s*Related:?\s*$/i.test(line)) {
      section = 'related';
      seen.related = true;
      return;
    }
    if (line.startsWith('#') && section === 'head' && !headline && /^#\s/.test(line)) {
      headline = squash(decodeEntities(line.replace(/^#\s+/, '')));
      headlineLine = n;
      return;
    }
    if (line.startsWith('#')) {
      section = 'other';
      problem(n, `unknown section "${line}"; skipped`);
      return;
    }
    if (section === 'head') {
      if (headline) summary.push(line);
      else problem(n, 'text before the headline; skipped');
      return;
    }
    if (section === 'source') {
      const body = line.replace(/^\d+\.\s*/, '');
      const link = readLink(body);
      if (!link) return void problem(n, `truncated or malformed source link: "${line}"`);
      const name = squash(decodeEntities(link.label));
      if (/^cover image$/i.test(name)) image = link.target;
      else sources.push({ name, url: link.target });
      return;
    }
    if (section === 'related') {
      const body = line.replace(/^\d+\.\s*/, '');
      const link = readLink(body);
      if (!link) return void problem(n, `truncated or malformed related link: "${line}"`);
      const written = dateOfNewsPath(link.target);
      const relDate = written ? isoDate(written) : undefined;
      if (!relDate) return void problem(n, `related link without a valid /news/YYYY/MM/D/ date: "${link.target}"`);
      const relHeadline = squash(decodeEntities(link.label));
      if (!relHeadline) return void problem(n, 'related link with an empty headline');
      const context = readContext(body.slice(link.end));
      related.push({
        sighting: {
          file, line: n, date: relDate, headline: relHeadline, sources: [],
          entities: (context ?? []).map((t) => squash(decodeEntities(t))), mentions: [],
        },
      });
    }
  });

  if (!seen.date) problem(1, 'missing date line "### [YYYY-MM-D](/news/…/index.md)"; the page\'s own event is skipped');
  if (!headline) problem(seen.date ? 2 : 1, 'missing headline line "# …"; the page\'s own event is skipped');
  if (!seen.source) problem(lines.length, 'missing "### Source:" section');
  if (!seen.related) problem(lines.length, 'missing "### Related:" section');

  let own = -1;
  if (date && headline) {
    const entities = [...new Set(related.flatMap((r) => r.sighting.entities))];
    own = out.sightings.push({
      file, line: headlineLine, date, headline, sources, image, entities, mentions: [],
      summary: summary.length ? squash(decodeEntities(summary.join(' '))) : undefined,
    }) - 1;
  }
  for (const r of related) {
    const idx = out.sightings.push(r.sighting) - 1;
    if (own >= 0) out.links.push([own, idx]);
  }
  return out;
}
