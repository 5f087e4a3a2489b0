import type { Parsed } from './records';
import { LINE_READERS } from './seed-page/line-readers';
import { newSeedPage, problem, type SeedPage } from './seed-page/seed-page-state';
import { decodeEntities, squash } from '../text';

/** The parts every page has, each reported where it would have been. */
function reportMissingParts(page: SeedPage): void {
  const { seen, headline, lineCount } = page;
  if (!seen.date) problem(page, 1, 'missing date line "### [YYYY-MM-D](/news/…/index.md)"; the page\'s own event is skipped');
  if (!headline) problem(page, seen.date ? 2 : 1, 'missing headline line "# …"; the page\'s own event is skipped');
  if (!seen.source) problem(page, lineCount, 'missing "### Source:" section');
  if (!seen.related) problem(page, lineCount, 'missing "### Related:" section');
}

/** The page's own event, when it has a date and a headline, then its related items, each linked to it. */
function emitSightings(page: SeedPage): void {
  const { file, out, date, headline, summary, sources, image, related } = page;
  let own = -1;
  if (date && headline) {
    const entities = [...new Set(related.flatMap((r) => r.entities))];
    own = out.sightings.push({
      file, line: page.headlineLine, date, headline, sources, image, entities, mentions: [],
      summary: summary.length ? squash(decodeEntities(summary.join(' '))) : undefined,
    }) - 1;
  }
  for (const r of related) {
    const idx = out.sightings.push(r) - 1;
    if (own >= 0) out.links.push([own, idx]);
  }
}

/** In order, once every line is read. */
const PAGE_PASSES = [reportMissingParts, emitSightings] as const;

/**
 * Parses one event page of the Current Events site (format: seeds/README.md):
 * date line, `# headline`, optional summary, `### Source:`, `### Related:`.
 * Never throws: what it cannot read becomes a problem with its line, the rest still loads.
 */
export function parseSeedPage(file: string, text: string): Parsed {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const page = newSeedPage(file, text, lines.length);
  if (!text.trim()) {
    problem(page, 1, 'empty file: no event in it');
    return page.out;
  }
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line) LINE_READERS.some((read) => read(page, line, i + 1));
  });
  for (const pass of PAGE_PASSES) pass(page);
  return page.out;
}
