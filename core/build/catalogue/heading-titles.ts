import type { CatalogueState } from './catalogue-state';

/** A heading that begins with one of these is a label of the early portal ("In France"), not a title. */
const LABEL_START = new Set(['in', 'on', 'at', 'from', 'for', 'to', 'by', 'about', 'more']);

/**
 * Which entities only story headings name keep their title as a name to mark on pages. A heading is Wikipedia's
 * exact title, but the early portal also headed events with topics ("Economics", "Literature", "Video Games") and a
 * one-word title is as often a word or another thing ("Batman", "Sun"); a title in sentence case whose first word is
 * an ordinary word is a common noun ("Life expectancy", "Horse racing"), while "Gaza war" or "Sudanese civil war"
 * begins with a name; a title of ordinary words only is a topic ("Oil Prices", "World Series"). Such an entity stays on its events and in search; only its title is not marked.
 */
export function pruneHeadingTitles({ entities, headingOnly, commonWords }: CatalogueState): void {
  for (const e of entities) {
    if (!headingOnly.has(e.title)) continue;
    e.aliases = e.aliases.filter((a) => {
      const words = a.text.split(/\s+/);
      const first = words[0].toLowerCase();
      if (words.length < 2 || LABEL_START.has(first)) return false;
      const sentenceCase = words.slice(1).every((w) => /^\p{Ll}/u.test(w));
      const ordinary = words.every((w) => commonWords.has(w.toLowerCase()));
      return !(sentenceCase && commonWords.has(first)) && !ordinary;
    });
  }
}
