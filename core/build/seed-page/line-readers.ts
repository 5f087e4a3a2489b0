import { readContext, readLink, dateOfNewsPath } from '../markdown-link';
import { decodeEntities, isoDate, squash } from '../../text';
import { problem, type SeedPage } from './seed-page-state';

/** Reads one non-blank, trimmed line if it is of its kind, and says whether it was. */
type LineReader = (page: SeedPage, line: string, n: number) => boolean;

/** A line of its kind that cannot be read: reported, and taken all the same. */
function skip(page: SeedPage, n: number, message: string): true {
  problem(page, n, message);
  return true;
}

const readDateLine: LineReader = (page, line, n) => {
  if (page.seen.date || page.section !== 'head' || page.headline || !line.startsWith('### [')) return false;
  page.seen.date = true;
  const link = readLink(line, 4);
  const written = link?.label ?? /^### \[([^\]]*)\]?/.exec(line)?.[1] ?? '';
  page.date = isoDate(written);
  if (!link) problem(page, n, `truncated link in the date line: "${line}"`);
  if (!page.date) problem(page, n, `bad date "${written}": expected YYYY-MM-D; the page's own event is skipped`);
  return true;
};

const readSourceHeading: LineReader = (page, line) => {
  if (!/^###\s*Source:?\s*$/i.test(line)) return false;
  page.section = 'source';
  page.seen.source = true;
  return true;
};

const readRelatedHeading: LineReader = (page, line) => {
  if (!/^###\s*Related:?\s*$/i.test(line)) return false;
  page.section = 'related';
  page.seen.related = true;
  return true;
};

const readHeadline: LineReader = (page, line, n) => {
  if (!line.startsWith('#') || page.section !== 'head' || page.headline || !/^#\s/.test(line)) return false;
  page.headline = squash(decodeEntities(line.replace(/^#\s+/, '')));
  page.headlineLine = n;
  return true;
};

const skipUnknownHeading: LineReader = (page, line, n) => {
  if (!line.startsWith('#')) return false;
  page.section = 'other';
  return skip(page, n, `unknown section "${line}"; skipped`);
};

/** Under the headline, the summary; above it, nothing belongs. */
const readHeadText: LineReader = (page, line, n) => {
  if (page.section !== 'head') return false;
  if (!page.headline) return skip(page, n, 'text before the headline; skipped');
  page.summary.push(line);
  return true;
};

const readSource: LineReader = (page, line, n) => {
  if (page.section !== 'source') return false;
  const link = readLink(line.replace(/^\d+\.\s*/, ''));
  if (!link) return skip(page, n, `truncated or malformed source link: "${line}"`);
  const name = squash(decodeEntities(link.label));
  if (/^cover image$/i.test(name)) page.image = link.target;
  else page.sources.push({ name, url: link.target });
  return true;
};

const readRelated: LineReader = (page, line, n) => {
  if (page.section !== 'related') return false;
  const body = line.replace(/^\d+\.\s*/, '');
  const link = readLink(body);
  if (!link) return skip(page, n, `truncated or malformed related link: "${line}"`);
  const written = dateOfNewsPath(link.target);
  const date = written ? isoDate(written) : undefined;
  if (!date) return skip(page, n, `related link without a valid /news/YYYY/MM/D/ date: "${link.target}"`);
  const headline = squash(decodeEntities(link.label));
  if (!headline) return skip(page, n, 'related link with an empty headline');
  const context = readContext(body.slice(link.end));
  page.related.push({
    file: page.file, line: n, date, headline, sources: [],
    entities: (context ?? []).map((t) => squash(decodeEntities(t))), mentions: [],
  });
  return true;
};

/** In order: the first reader that takes a line reads it; a line none takes (in an unknown section) is skipped. */
export const LINE_READERS = [
  readDateLine, readSourceHeading, readRelatedHeading, readHeadline, skipUnknownHeading, readHeadText, readSource, readRelated,
] as const;
