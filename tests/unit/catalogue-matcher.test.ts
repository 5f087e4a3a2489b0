import { describe, expect, it } from 'vitest';
import { stripQualifier } from '../../core/text';
import { aliasRejection, acronymsOf, isCommonNoun, isTimeZone } from '../../core/build/alias-rules';
import { compileMatcher } from '../../core/build/compile-matcher';
import { markPage } from '../../core/names/marks';
import { Matcher } from '../../core/names/matcher';
import { placeNames, surnameAliases } from '../../core/build/surnames';
import { compileAll } from './helpers';

const all = compileAll();
const entity = (title: string) => all.catalogue.entities.find((e) => e.title === title);
const aliases = (title: string) => entity(title)?.aliases.map((a) => a.text) ?? [];
const matcher = new Matcher(compileMatcher(all.catalogue));
/** What a page holding just this text marks (core/names/marks.ts). */
const marks = (text: string) => markPage(matcher, [text], { siteLabel: '' })[0];
const found = (text: string) => marks(text).map((m) => [text.slice(m.start, m.end), m.title]);

describe('alias rules', () => {
  it('rejects generic and lower-case surface forms', () => {
    for (const s of ['country', 'vaccine', 'the invasion', 'pandemic', 'police officers', 'since Sunday', 'President', 'Parliament', 'Sunday', '2020'])
      expect(aliasRejection(s), s).toBeDefined();
    for (const s of ['ISIL', 'Vladimir Putin', 'al-Nusra', 'U.S.', 'COVID-19', 'Deir ez-Zor']) expect(aliasRejection(s), s).toBeUndefined();
  });
  it('takes the bare word of a qualified one-word title for weak when the corpus also writes it in lower case', () => {
    expect(entity('Nature (journal)')?.aliases.find((a) => a.text === 'Nature')?.ambiguous).toBe(true);
    expect(found('Nature published the study.')).toEqual([]);
    expect(entity('Victoria (Australia)')?.aliases.find((a) => a.text === 'Victoria')?.ambiguous).toBeFalsy();
  });
  it('rejects holidays that pages use as dates, keeps the White House', () => {
    for (const s of ['Christmas Eve', 'New Year', 'New Year’s Day', 'Thanksgiving', 'Boxing Day', 'Easter', 'Martin Luther King Jr. Day', 'Republic Day'])
      expect(aliasRejection(s), s).toBe('a holiday, used as a date');
    for (const s of ['Ramadan', 'Super Bowl', 'White House', 'Lunar New Year']) expect(aliasRejection(s), s).toBeUndefined();
    expect(found('Lunar New Year at the White House')).toEqual([['White House', 'White House']]);
  });
  it('computes acronyms skipping small words', () => {
    expect(acronymsOf('Islamic State of Iraq and the Levant')).toContain('ISIL');
    expect(acronymsOf('Royal Australian Air Force')).toContain('RAAF');
  });
  it('learns aliases the data attests', () => {
    expect(aliases('Libyan National Army')).toContain('LNA');
    expect(aliases('United States')).toContain('U.S.');
    expect(aliases('Islamic State of Iraq and the Levant')).toEqual(expect.arrayContaining(['ISIL', 'ISIS']));
    expect(aliases('World Health Organization')).toContain('WHO');
    expect(aliases('Vladimir Putin')).toContain('Putin');
    expect(aliases('Libyan Civil War (2014–present)')).toContain('Libyan Civil War');
    expect(stripQualifier('Battle of Aleppo (2012–present)')).toBe('Battle of Aleppo');
  });
  it('folds a title into the one the data says it is', () => {
    expect(entity('Islamic State of Iraq and the Levant')?.folded).toContain('ISIL');
    expect(all.catalogue.canonical.get('ISIL')).toBe('Islamic State of Iraq and the Levant');
    expect(entity('ISIL')).toBeUndefined();
  });
  it('never chains titles through a generic name linked to many of them', () => {
    const canonical = (t: string) => all.catalogue.canonical.get(t);
    // "Governor" links to the governors of New York, California, Ohio…; "Ministry of Health" to a dozen countries'.
    for (const t of ['Governor of California', 'Governor of Ohio', 'Ministry of Health (Spain)', 'Parliament of Canada', 'National Assembly (South Korea)', 'Russian language', 'Russian Air Force', 'Mayor of Moscow']) {
      expect(canonical(t), t).toBe(t);
    }
    // An institution of a country is not a longer name for it.
    expect(canonical("People's Republic of China")).not.toMatch(/^Ministry/);
    // One name still folds into the one longer title it links to: the article about a person's killing.
    expect(canonical('Daunte Wright')).toBe('Killing of Daunte Wright');
  });
  it('folds one story whose title changed its years or its dash', () => {
    const canonical = (t: string) => all.catalogue.canonical.get(t);
    expect(canonical('War in Afghanistan (2001–2021)')).toBe(canonical('War in Afghanistan (2001–present)'));
    expect(canonical('Yemeni Civil War (2014-present)')).toBe(canonical('Yemeni Civil War (2014–present)'));
    expect(canonical('2019–2020 Hong Kong protests')).toBe(canonical('2019–20 Hong Kong protests'));
    expect(canonical('Kurdish–Turkish conflict (2015–present)')).not.toBe(canonical('Kurdish–Turkish conflict (1978–present)')); // another start
  });
  it('never makes a generic surface form an alias, but keeps generic entities on their events', () => {
    const every = new Set(all.catalogue.entities.flatMap((e) => e.aliases.map((a) => a.text)));
    for (const s of ['country', 'vaccine', 'the invasion', 'pandemic', 'police officers']) expect(every.has(s), s).toBe(false);
    expect(all.events.some((e) => e.entities.includes('Police officer'))).toBe(true);
  });
  it('ranks a hub entity\'s events by relevance, not recency alone', () => {
    const e = entity('COVID-19 pandemic')!;
    expect(e.events.length).toBeGreaterThan(1000);
    const dates = e.events.slice(0, 50).map((id) => all.events.find((x) => x.id === id)!.date);
    expect([...dates].sort().reverse()).not.toEqual(dates);
  });
});

describe('matcher', () => {
  it('returns UTF-16 offsets and titles', () => {
    const text = '🙂 Vladimir Putin visits Syria.';
    expect(marks(text)).toEqual([
      { start: 3, end: 17, title: 'Vladimir Putin' },
      { start: 25, end: 30, title: 'Syria' },
    ]);
  });
  it('prefers the longest match', () => {
    expect(found('fighters of the Islamic State of Iraq and the Levant in Iraq')).toEqual([
      ['Islamic State of Iraq and the Levant', 'Islamic State of Iraq and the Levant'],
      ['Iraq', 'Iraq'],
    ]);
  });
  it('matches whole words only', () => {
    expect(found('Syriaq met Russiaville and Taliban2')).toEqual([]);
    expect(found('the U.S.-led coalition')).toEqual([['U.S.', 'United States']]);
  });
  it('is case-aware: proper nouns as written, acronyms exactly', () => {
    expect(found('we ate turkey')).toEqual([]);
    expect(found('Turkey and turkey')).toEqual([['Turkey', 'Turkey']]);
    expect(found('isil or Isil or ISIL')).toEqual([['ISIL', 'Islamic State of Iraq and the Levant']]);
  });
  it('tolerates diacritics and typographic apostrophes', () => {
    expect(found('in Déir ez-Zor')).toEqual([['Déir ez-Zor', 'Deir ez-Zor']]);
    expect(found('Russia’s army')).toEqual([['Russia', 'Russia']]);
    expect(found("Russia's role in the Syrian Civil War")[0][0]).toBe("Russia's role in the Syrian Civil War");
  });
  it('does not mark ordinary words', () => {
    expect(found('A country with a vaccine and a pandemic, the invasion and police officers.')).toEqual([]);
  });
  it('marks a weak alias only where the entity is also named strongly', () => {
    const weak = matcher.scan('Chinese officials met.').filter((m) => m.weak);
    if (weak.length) {
      expect(marks('Chinese officials met.')).toEqual([]);
      expect(marks('Chinese officials met in China.').map((m) => m.title)).toEqual(['China', 'China']);
    }
    expect(weak.map((m) => m.title)).toEqual(['China']);
  });
});

describe('ordinary words as names', () => {
  it('finds words the corpus writes in lower case', async () => {
    const { ordinaryWords } = await import('../../core/build/catalogue/word-cases');
    const words = ordinaryWords(['The hotel was hit.', 'A hotel near Kabul.', 'Hotel staff fled the hotel.', 'Putin met the leader of Syria.', 'Putin spoke.']);
    expect(words.has('hotel')).toBe(true);
    expect(words.has('putin')).toBe(false);
    expect(words.has('kabul')).toBe(false);
    expect(words.has('leader')).toBe(false); // once is not enough
  });
});

describe('weak and ambiguous names (docs/aliases.md)', () => {
  const common = new Set(['hotel', 'leader']);
  const alias = (text: string, kind: 'title' | 'surface' | 'acronym', count: number, ambiguous?: boolean) => ({ text, kind, count, ambiguous });
  it('decides weakness from the data', async () => {
    const { isWeak } = await import('../../core/build/compile-matcher');
    expect(isWeak(alias('Georgia', 'title', 17, true), 'Georgia (U.S. state)', common)).toBe(true);
    expect(isWeak(alias('Stephanie', 'surface', 1), 'Stephanie McMahon', common)).toBe(true);
    expect(isWeak(alias('GP', 'acronym', 1), 'General practitioner', common)).toBe(true);
    expect(isWeak(alias('Hotel', 'title', 9), 'Hotel', common)).toBe(true);
    expect(isWeak(alias('Russian', 'surface', 40), 'Russia', common)).toBe(true);
    expect(isWeak(alias('Bay', 'surface', 2), 'Bay, Somalia', common)).toBe(true);
    expect(isWeak(alias('English', 'surface', 3), 'English language', common)).toBe(true);
    expect(isWeak(alias('Putin', 'title', 4), 'Vladimir Putin', common)).toBe(false);
    expect(isWeak(alias('ISIL', 'acronym', 30), 'Islamic State of Iraq and the Levant', common)).toBe(false);
    expect(isWeak(alias('Libyan Civil War', 'title', 37), 'Libyan Civil War (2014–present)', common)).toBe(false);
  });
  it('gives a surname to the person, not to an aspect of them', () => {
    expect(aliases('Donald Trump')).toContain('Trump');
    expect(aliases('Presidency of Donald Trump')).not.toContain('Trump');
  });
  it('flags names the data uses for several entities', () => {
    const georgia = all.catalogue.entities.flatMap((e) => e.aliases).find((a) => a.text === 'Georgia');
    expect(georgia?.ambiguous).toBe(true);
    expect(found('Tbilisi, Georgia.')).toEqual([['Tbilisi', 'Tbilisi']]);
  });
  it('marks no time zone, common noun’s acronym or generic role in a timestamp or a byline', () => {
    expect(found('Updated 1207 GMT, 4:00 AM CST, 1:43 pm IST, 13:00 UTC. The CEO said GDP fell; an MP and a UFO. This May Save You.')).toEqual([]);
    expect(aliases('Greenwich Mean Time')).toEqual([]);
    expect(entity('Greenwich Mean Time')?.events.length).toBeGreaterThan(0); // the entity stays on its events
    expect(aliases('Chief executive officer')).not.toContain('CEO');
    expect(isCommonNoun('Gross domestic product')).toBe(true);
    expect(isCommonNoun('Philippine Drug Enforcement Agency')).toBe(false);
    expect(isTimeZone('Eastern Time Zone') && isTimeZone('Time in Australia') && isTimeZone('UTC') && !isTimeZone('Current Time TV')).toBe(true);
  });
  it('takes "US" after another word in capitals for the pronoun, and nowhere else', () => {
    expect(found('FOLLOW US. ABOUT US. CONTACT US. WORK WITH US.')).toEqual([]);
    expect(found('US UK talks; Stalled US-China talks; Taliban freed US, Australian hostages.').map(([text]) => text)).toEqual(['US', 'UK', 'US', 'China', 'Taliban', 'US']);
    expect(found('UK GDP fell while US GDP grew; the US FDA; EU VAT.').map(([text]) => text)).toEqual(['UK', 'US', 'US', 'EU']);
    expect(found('US TROOPS LEAVE SYRIA AS NATO ALLIES MEET. BREAKING NEWS: US AND CHINA AGREE. WHY THE US MATTERS').map(([text]) => text)).toEqual(['US', 'NATO', 'US', 'US']);
  });
  it('never takes dates, ordinals or version letters for names', () => {
    for (const s of ['November 2017', '2nd', '5th']) expect(aliasRejection(s), s).toBeDefined();
    expect(acronymsOf('USB Type-C')).not.toContain('UTC');
  });
  it('skips a one-word name inside a longer name it does not know', () => {
    expect(found('The screenwriter Michael Jordan spoke.')).toEqual([]);
    expect(found('King Abdullah of Jordan spoke.').map(([, t]) => t)).toContain('Jordan');
    expect(found('Tehran and Jordan spoke.').map(([, t]) => t)).toContain('Jordan');
    expect(found('Aden O’Hara scored twice.')).toEqual([]); // "O’Hara" is a name word too
    expect(found('Aden lies in Yemen.').map(([, t]) => t)).toContain('Aden');
  });
});

describe('surnames (core/build/surnames.ts)', () => {
  it('marks a surname where the page names the person in full, and only there', () => {
    expect(found('Emmanuel Macron met Olaf Scholz. Macron said Scholz’s plan would work.')).toEqual([
      ['Emmanuel Macron', 'Emmanuel Macron'], ['Olaf Scholz', 'Olaf Scholz'], ['Macron', 'Emmanuel Macron'], ['Scholz', 'Olaf Scholz'],
    ]);
    expect(found('Macron said the plan would work.')).toEqual([]);
    expect(aliases('Emmanuel Macron')).toContain('Macron');
  });
  it('keeps a surname’s particles, and writes an Arabic article both ways', () => {
    expect(found('Ursula von der Leyen said; von der Leyen added.').map(([text]) => text)).toEqual(['Ursula von der Leyen', 'von der Leyen']);
    expect(found('Bashar al-Assad spoke. Assad and al-Assad’s army.').map(([text, title]) => `${text}: ${title}`)).toEqual([
      'Bashar al-Assad: Bashar al-Assad', 'Assad: Bashar al-Assad', 'al-Assad: Bashar al-Assad',
    ]);
    expect(aliases('Alexander Van der Bellen')).toContain('Van der Bellen');
    expect(found('Von der Leyen said so.')).toEqual([]); // weak: the page must name her in full
    expect(found('Ursula von der Leyen arrived. Von der Leyen said so.').map(([text]) => text)).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
    // A first word that spells a particle is a given name.
    const person = (title: string) => ({ title, folded: [], aliases: [], events: ['e1'] });
    const { added } = surnameAliases([person('Al Gore'), person('Ursula von der Leyen')], new Set(), new Set());
    expect(added.get('Al Gore')?.map((a) => a.text)).toEqual(['Gore']);
    expect(added.get('Ursula von der Leyen')?.map((a) => a.text)).toEqual(['von der Leyen', 'Von der Leyen']);
  });
  it('takes the family name of a name in the East Asian order', () => {
    expect(found('Xi Jinping spoke. Xi said so.').map(([text]) => text)).toEqual(['Xi Jinping', 'Xi']);
    expect(found('Jan Mayen lies north. On Jan. 6 Jan Mayen').map(([text]) => text)).toEqual(['Jan Mayen', 'Jan Mayen']);
    // "Dan Tehan" reads as Pinyin, but "Dan" begins a name in the Western order: his surname is Tehan.
    const person = (title: string) => ({ title, folded: [], aliases: [], events: ['e1'] });
    const { added } = surnameAliases([person('Dan Tehan'), person('Dan Crenshaw'), person('Xi Jinping')], new Set(), new Set());
    expect([...added].map(([title, a]) => `${title}: ${a.map((x) => x.text)}`)).toEqual(['Dan Tehan: Tehan', 'Dan Crenshaw: Crenshaw', 'Xi Jinping: Xi']);
    expect(aliases('Xi Jinping')).not.toContain('Jinping');
    expect(aliases('Jan Mayen')).not.toContain('Jan'); // a month's abbreviation
    expect(aliases('Yoon Suk-yeol')).toContain('Yoon');
    expect(aliases('Yoon Suk-yeol')).not.toContain('Suk-yeol');
    expect(aliases('Carrie Lam')).toContain('Lam'); // a family name written first elsewhere (Lam Cheuk-ting) competes as a surname
  });
  it('takes no particle phrase that ends in another name, which it would hide', () => {
    expect(aliases('Carabineros de Chile')).not.toContain('de Chile');
    expect(found('The Universidad de Chile and the Banco de Chile.').map(([text]) => text)).toEqual(['Chile', 'Chile']);
  });
  it('takes the last word of names only, never an ordinary word or a given name', () => {
    expect(aliases('Hurricane Ida')).not.toContain('Ida'); // "hurricane" is an ordinary word: not a personal name
    expect(aliases('Luhansk Oblast')).not.toContain('Oblast'); // the corpus writes "oblast" in lower case
    expect(aliases('Abiy Ahmed')).not.toContain('Ahmed'); // "Ahmed" begins other names
    expect(aliases('Hun Sen')).not.toContain('Sen'); // "Sen." is written before senators' names
    expect(found('Hun Sen spoke to Sen. Bernie Sanders.').map(([text]) => text)).toEqual(['Hun Sen', 'Bernie Sanders']);
  });
  it('gives no surname to a place, which the texts write after “in”, “at” or “near”', () => {
    for (const [title, word] of [['Saudi Arabia', 'Arabia'], ['Hong Kong', 'Kong'], ['Nova Scotia', 'Scotia'], ['Sri Lanka', 'Lanka'], ['North Dakota', 'Dakota']]) {
      expect(aliases(title), title).not.toContain(word);
    }
    expect(aliases('Alexei Navalny')).toContain('Navalny'); // "an investigation into Alexei Navalny" names no place
    const places = placeNames([
      'Protests in Hong Kong. Police said', 'near Hamid Karzai International Airport', 'in Joe Biden’s administration', 'an investigation into Alexei Navalny',
      'In Buenos Aires', 'took aim at Donald Trump',
    ]);
    expect([...places].sort()).toEqual(['Buenos Aires', 'Hamid Karzai International Airport', 'Hong Kong']);
  });
  it('gives a surname several people share to the one the data names far more often, or to nobody', () => {
    expect(aliases('Benjamin Netanyahu')).toContain('Netanyahu'); // 31 events against Yair Netanyahu's 1
    expect(aliases('Keiko Fujimori')).not.toContain('Fujimori'); // 13 against Alberto Fujimori's 5
    expect(aliases('Alberto Fujimori')).not.toContain('Fujimori');
  });
  it('takes a surname from an entity whose name it was only once, when the person outnumbers it', () => {
    expect(aliases('Kamala Harris')).toContain('Harris'); // 14 events; "Harris" linked once to Harris County (2 events)
    expect(aliases('Harris County, Texas')).not.toContain('Harris');
    expect(aliases('South Africa')).not.toContain('Africa'); // a title of its own keeps its name
  });
});
