import { CATEGORIES } from '../categories';

/**
 * What a day's section is: one of the portal's categories (under its canonical name), no category
 * ("Uncategorized"), or a story's name used as a section, which becomes the outermost story of its events.
 * The portal spelt its categories many ways over 22 years ("Sport", "Armed conflict and attacks",
 * "Business and economics", "Law & crime"): a section is a category when its first word names one and
 * every other word is a category word; "Politics of Japan" or "International Quds Day" stay stories.
 */
export type SectionKind = { category?: string; story?: string };

const canonical = new Map<string, string>(CATEGORIES.map((c) => [c.split(' ')[0].toLowerCase(), c]));
const FIRST_WORD: Record<string, string> = {
  armed: 'Armed conflicts and attacks', attacks: 'Armed conflicts and attacks',
  art: 'Arts and culture', arts: 'Arts and culture', culture: 'Arts and culture', entertainment: 'Arts and culture',
  business: 'Business and economy', businesses: 'Business and economy',
  disaster: 'Disasters and accidents', disasters: 'Disasters and accidents', accidents: 'Disasters and accidents', natural: 'Disasters and accidents',
  health: 'Health and environment', environment: 'Health and environment',
  international: 'International relations', law: 'Law and crime', politics: 'Politics and elections',
  science: 'Science and technology', technology: 'Science and technology', sport: 'Sports', sports: 'Sports',
};
for (const [word, category] of Object.entries(FIRST_WORD)) if (!canonical.has(word)) canonical.set(word, category);

/** The other words of the portal's category names, misspellings included. */
const CATEGORY_WORDS = new Set(('and the armed conflict conflicts attack attacks incidents art arts culture cultures cuture entertainment '
  + 'literature business economy economics economic economies finance video games disaster disasters accident accidents '
  + 'impacts health environment medicine wellness science international relation relations law crime crimes order justice '
  + 'enforcement politics election elections government protests technology nature research medicine sport sports recreation').split(' '));

/** Portal sections of the early years that are no category of today's ten: kept as written. */
const OTHER_CATEGORIES = new Set(['Religion', 'Television', 'Media', 'Mass media', 'Transportation', 'Transport', 'Education',
  'Deaths', 'Other', 'Weather', 'Music', 'Movies', 'Home Video', 'Games', 'Discoveries', 'Human rights', 'Space exploration', 'Terrorism']);

export function sectionKind(name: string): SectionKind {
  if (/^uncategori[sz]ed$/i.test(name)) return {};
  if (OTHER_CATEGORIES.has(name)) return { category: name };
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const category = canonical.get(words[0]);
  if (category && words.slice(1).every((w) => CATEGORY_WORDS.has(w))) return { category };
  return { story: name };
}
