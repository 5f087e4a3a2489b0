/**
 * The portal's categories, as the popup offers them. The data spells some of them several ways
 * ("Art and Culture", "Businesses and economy", "Health and enviornment"): each is read by its first word.
 */
export const CATEGORIES = [
  'Armed conflicts and attacks',
  'Arts and culture',
  'Business and economy',
  'Disasters and accidents',
  'Health and environment',
  'International relations',
  'Law and crime',
  'Politics and elections',
  'Science and technology',
  'Sports',
] as const;

const BY_FIRST_WORD = new Map<string, string>(CATEGORIES.map((c) => [c.split(' ')[0].toLowerCase().replace(/s$/, ''), c]));
BY_FIRST_WORD.set('businesse', 'Business and economy');

/** The canonical category of an event's category field; anything unknown is kept as written (trimmed). */
export function canonicalCategory(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const first = text.split(/\s+/)[0].toLowerCase().replace(/s$/, '');
  return BY_FIRST_WORD.get(first) ?? text;
}
