import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../core/build/compile-matcher';
import { Matcher, matcherNames } from '../../core/names/matcher';
import { packedGet, packedLength, packInts } from '../../core/names/packed-ints';
import { benchPages } from '../../scripts/bench/pages';
import { compileAll } from './helpers';
import { compileLegacyMatcher, LegacyMatcher } from './legacy-matcher';

const { catalogue } = compileAll();
const data = compileMatcher(catalogue);
const legacy = compileLegacyMatcher(catalogue);
/** Through JSON, as the tabs get it (extension messaging). */
const compact = new Matcher(JSON.parse(JSON.stringify(data)));
const reference = new LegacyMatcher(legacy);

/** Every saved page (the bench's list: its own and the e2e tests'), as the matcher may see it: raw HTML (every odd character) and its text. */
const pageTexts = () =>
  [...benchPages()].flatMap(([f, path]) => {
    const html = readFileSync(path, 'utf8');
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n').replace(/&nbsp;/g, '\u00a0');
    return [[f, html], [`${f} (text)`, text]] as const;
  });

describe('compact matcher', () => {
  it('packs integers into a string that survives JSON', () => {
    const values = [0, 1, 31, 32, 0x7fff, 0x8000, 123_456_789, 2 ** 30 - 1];
    const packed = JSON.parse(JSON.stringify(packInts(values))) as string;
    expect(packedLength(packed)).toBe(values.length);
    expect(values.map((_, i) => packedGet(packed, i))).toEqual(values);
    expect(/[\u0000-\u001f\ud800-\udfff]/.test(packed)).toBe(false);
  });
  it('holds the same names as the Map-based matcher', () => {
    expect(data.count).toBe(legacy.names.length);
    expect(new Set(matcherNames(data))).toEqual(new Set(legacy.names));
  });
  it('finds exactly what the Map-based matcher finds on the saved pages', () => {
    let matches = 0;
    for (const [name, text] of pageTexts()) {
      const got = compact.scan(text);
      expect(got, name).toEqual(reference.scan(text));
      matches += got.length;
    }
    expect(matches).toBeGreaterThan(10_000);
  });
  it('agrees on edge cases: astral characters, diacritics, apostrophes, unknown capitalised neighbours', () => {
    for (const text of [
      '🙂 Vladimir Putin visits Syria.', '𝐀Putin Putin𝐀 Putin', 'Zelenskyy met Erdoğan and Macron’s aides', 'Michael Jordan and Lake Taupo',
      'James Mattis spoke', 'Chinese officials met in China.', 'Georgia', 'U.S. and UK', 'Bishop Trevor Manhanga', '\ud800Putin\udc00 Putin',
    ]) expect(compact.scan(text), text).toEqual(reference.scan(text));
  });
  it('looks up every possible first word, lower-case ones included, as data without `lower` does', () => {
    expect(data.lower?.split('\n')).toEqual(expect.arrayContaining(['al', 'eBay', 'iPhone']));
    const everyWord = new Matcher({ ...data, lower: undefined });
    const texts = [
      'al-Qaeda and al-Shabaab; eBay, iPhone and the new iPhone', 'the pro-Russian and anti-Serb', 'Mr al Qaeda', 'xal-Qaeda 2al-Qaeda _al-Qaeda éal-Qaeda «al-Qaeda» McDonald’s O’Brien',
      '𝐀Putin Putin𝐀 Putin', 'Putin𝐀al-Qaeda', '\ud800Putin\udc00 Putin',
      ...pageTexts().map(([, text]) => text),
    ];
    for (const text of texts) expect(compact.scan(text), text.slice(0, 40)).toEqual(everyWord.scan(text));
    expect(compact.scan('al-Qaeda and eBay').map((m) => m.title)).toEqual(reference.scan('al-Qaeda and eBay').map((m) => m.title));
  });
});
