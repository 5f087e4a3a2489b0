/** Text helpers shared by the parsers, the catalogue and the matcher. Pure functions. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', eacute: '\u00e9',
};

/** Decodes HTML character references (`&#034;`, `&#x27;`, `&amp;`). Unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Collapses runs of white space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Parses `YYYY-MM-D` (day and month may lack their zero) into ISO `YYYY-MM-DD`,
 * or returns undefined when it is not a real calendar date.
 */
export function isoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > days[mo - 1]) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Latin letters with diacritics, mapped one UTF-16 unit to one, so offsets survive folding. */
const FOLD_FROM = 'ÀÁÂÃÄÅàáâãäåÇçČčĆćÈÉÊËèéêëěĚÌÍÎÏìíîïıÑñŃńŇňÒÓÔÕÖØòóôõöøŘřŠšŚśŞşȘșŤťȚțŢţÙÚÛÜùúûüůŮÝýÿŽžŹźŻżŁłĞğĀāĒēĪīŌōŪūŐőŰű';
const FOLD_TO = 'AAAAAAaaaaaaCcCcCcEEEEeeeeeEIIIIiiiiiNnNnNnOOOOOOooooooRrSsSsSsSsTtTtTtUUUUuuuuuUYyyZzZzZzLlGgAaEeIiOoUuOoUu';
const FOLD_MAP = new Map<string, string>();
for (let i = 0; i < FOLD_FROM.length; i++) FOLD_MAP.set(FOLD_FROM[i], FOLD_TO[i]);
FOLD_MAP.set('\u2019', "'").set('\u2018', "'").set('\u02bc', "'").set('`', "'").set('\u00b4', "'");
FOLD_MAP.set('\u2010', '-').set('\u2011', '-').set('\u00a0', ' ').set('\u202f', ' ');

/** Every unit FOLD_MAP folds, found natively (the text between them is copied, never walked in script). */
const FOLDED = new RegExp(`[${[...FOLD_MAP.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const foldUnit = (c: string) => FOLD_MAP.get(c)!;

/**
 * Folds diacritics and typographic apostrophes/hyphens, keeping case and length
 * (each UTF-16 unit maps to exactly one), so match offsets in the folded text are offsets in the original.
 */
export function foldText(text: string): string {
  FOLDED.lastIndex = 0;
  return FOLDED.test(text) ? text.replace(FOLDED, foldUnit) : text;
}

/** A key that identifies a sentence whatever its punctuation, case, diacritics or mangled apostrophes. */
export function sentenceKey(text: string): string {
  return foldText(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Drops a trailing parenthetical qualifier: "Battle of Aleppo (2012–present)" → "Battle of Aleppo". */
export function stripQualifier(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/** FNV-1a, 32 bits, as 8 hex digits: stable ids that do not depend on input order. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
