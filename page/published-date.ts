/**
 * The publication date a page states, read from its markup (never guessed from its text): the Open Graph
 * `article:published_time`, schema.org `datePublished` (microdata or JSON-LD), `<time pubdate>`, and the
 * usual meta names. First found wins, in that order.
 */
import { normalisePublished } from '../core/published-date';
import type { PageDate } from '../messaging/protocol';

const META = [
  ['meta[property="article:published_time"], meta[name="article:published_time"]', 'article:published_time'],
  ['meta[property="og:published_time"], meta[property="og:article:published_time"]', 'og:published_time'],
  ['[itemprop="datePublished"]', 'itemprop datePublished'],
] as const;
const LATE_META = [
  ['meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="date"], meta[name="dc.date.issued"], meta[name="DC.date.issued"], meta[name="dcterms.issued"]', 'meta date'],
] as const;

const valueOf = (el: Element) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';

/** `datePublished` anywhere in a JSON-LD value (objects, arrays, @graph). */
function jsonLdDate(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = jsonLdDate(v, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  for (const v of Object.values(record)) {
    const found = typeof v === 'object' ? jsonLdDate(v, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

function first(doc: Document, rules: ReadonlyArray<readonly [string, string]>): PageDate | null {
  for (const [selector, source] of rules) {
    for (const el of doc.querySelectorAll(selector)) {
      const date = normalisePublished(valueOf(el));
      if (date) return { date, source };
    }
  }
  return null;
}

/** The page's stated publication day, and where it was found; null when the page states none. */
export function publishedDate(doc: Document): PageDate | null {
  const found = first(doc, META);
  if (found) return found;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const raw = jsonLdDate(JSON.parse(script.textContent ?? ''));
      const date = raw && normalisePublished(raw);
      if (date) return { date, source: 'JSON-LD datePublished' };
    } catch {
      // Broken JSON-LD is common: skip it.
    }
  }
  for (const el of doc.querySelectorAll('time[pubdate]')) {
    const date = normalisePublished(el.getAttribute('datetime') ?? el.textContent ?? '');
    if (date) return { date, source: 'time pubdate' };
  }
  return first(doc, LATE_META);
}
