/**
 * A place's name and the word for its people or things ("Russia", "Russian"; "Ukraine", "Ukrainian"; "Israel",
 * "Israeli"; "Japan", "Japanese"): the news writes one where a reader types the other ("russia invades ukraine" for
 * "Russian forces enter Ukraine"). Made by the usual English endings from the places the catalogue names in one word,
 * and a short list of the irregular ones.
 */

const IRREGULAR = `turkey turkish | france french | britain british | spain spanish | poland polish | greece greek
netherlands dutch | switzerland swiss | sweden swedish | denmark danish | finland finnish | norway norwegian
wales welsh | scotland scottish | england english | ireland irish | philippines filipino | thailand thai
iceland icelandic | peru peruvian | congo congolese | lebanon lebanese | afghanistan afghan | kazakhstan kazakh`;

const IRREGULAR_PAIRS = IRREGULAR.split(/[|\n]/).map((l) => l.trim().split(/\s+/) as [string, string]);

/** A place name shorter than this is too short to tell its endings from other words ("Ira" and "Iran"). */
const MIN_PLACE = 4;

/** The words a place's people may be called by the usual endings. */
function endings(place: string): string[] {
  const stem = place.slice(0, -1);
  const out = [`${place}n`, `${place}an`, `${place}ian`, `${place}i`, `${place}ese`];
  if (/[aeoy]$/.test(place)) out.push(`${stem}an`, `${stem}ian`, `${stem}ese`);
  if (place.endsWith('a')) out.push(`${stem}i`);
  if (place.endsWith('y')) out.push(stem);
  return out;
}

/**
 * Pairs `[place, demonym]` of indexes into `words` (lower-cased): `places` are the catalogue's one-word names
 * (lower-cased). A word that is itself a place is no one's demonym ("iran" is not a people of "ira"), and a
 * demonym two places could claim goes to the longer ("nigerian": Nigeria, not Niger).
 */
export function demonymPairs(words: readonly string[], places: ReadonlySet<string>): Array<[number, number]> {
  const index = new Map(words.map((w, i) => [w, i]));
  const claimed = new Map<string, string>();
  const claim = (place: string, demonym: string) => {
    if (!index.has(place) || !index.has(demonym) || places.has(demonym)) return;
    const other = claimed.get(demonym);
    if (!other || other.length < place.length) claimed.set(demonym, place);
  };
  for (const place of places) if (place.length >= MIN_PLACE && /^\p{Ll}+$/u.test(place)) for (const d of endings(place)) claim(place, d);
  for (const [place, demonym] of IRREGULAR_PAIRS) if (places.has(place)) claim(place, demonym);
  return [...claimed].map(([demonym, place]) => [index.get(place)!, index.get(demonym)!]);
}
