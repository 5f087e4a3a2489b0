import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DWELL_RANGE, SETTINGS_VERSION, isSiteDisabled, migrateSettings, siteKey } from '../../core/settings';

/** What storage would hold after a write: plain JSON. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('migrateSettings', () => {
  it('gives the defaults for nothing, and asks to store them', () => {
    for (const nothing of [undefined, null]) {
      const r = migrateSettings(nothing);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.problems).toEqual([]);
      expect(r.changed).toBe(true);
    }
  });

  it('reads its own output back unchanged', () => {
    const settings = { ...DEFAULT_SETTINGS, dwellMs: 750, style: 'strong', density: 'first', muted: ['Taliban'], disabledSites: ['bbc.co.uk'], paused: true };
    const r = migrateSettings(stored(settings));
    expect(r).toEqual({ settings, problems: [], changed: false });
  });

  it('does not ask for a write when only the key order differs', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse());
    expect(migrateSettings(reordered).changed).toBe(false);
  });

  it('migrates the unversioned preview shape: delay and sites are renamed', () => {
    const r = migrateSettings({ delay: 450, sites: ['https://www.BBC.co.uk/news', 'cnn.com'], muted: ['Taliban'] });
    expect(r.problems).toEqual([]);
    expect(r.changed).toBe(true);
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, dwellMs: 450, disabledSites: ['bbc.co.uk', 'cnn.com'], muted: ['Taliban'] });
    expect(r.settings).not.toHaveProperty('delay');
    expect(r.settings).not.toHaveProperty('sites');
  });

  it('keeps keys it does not know', () => {
    const r = migrateSettings({ version: 1, dwellMs: 200, futureOption: { nested: [1, 2] }, theme: 'sepia' });
    expect(r.problems).toEqual([]);
    expect(r.settings).toMatchObject({ dwellMs: 200, futureOption: { nested: [1, 2] }, theme: 'sepia' });
    const fromV0 = migrateSettings({ delay: 100, theme: 'sepia' });
    expect(fromV0.settings).toMatchObject({ dwellMs: 100, theme: 'sepia' });
  });

  it('keeps settings saved by a newer version, their version number included, and says so', () => {
    const newer = { version: SETTINGS_VERSION + 1, dwellMs: 900, style: 'strong', muted: ['NATO'], newThing: true };
    const r = migrateSettings(newer);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/newer version/);
    expect(r.settings).toMatchObject({ version: SETTINGS_VERSION + 1, dwellMs: 900, style: 'strong', muted: ['NATO'], newThing: true });
    // Writing it back must not make the newer build migrate its own settings again.
    expect(migrateSettings(stored(r.settings)).settings.version).toBe(SETTINGS_VERSION + 1);
  });

  it('reports each unreadable value, replaces it with its default and keeps the rest', () => {
    const r = migrateSettings({ version: 1, dwellMs: 'slow', style: 'neon', density: 7, paused: 'yes', muted: ['Taliban', 3, '  ', 'NATO'], disabledSites: ['cnn.com'] });
    expect(r.problems).toHaveLength(5);
    expect(r.problems.join('\n')).toMatch(/hover delay "slow"/);
    expect(r.problems.join('\n')).toMatch(/style "neon"/);
    expect(r.problems.join('\n')).toMatch(/density "7"/);
    expect(r.problems.join('\n')).toMatch(/pause/);
    expect(r.problems.join('\n')).toMatch(/muted names/);
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, muted: ['Taliban', 'NATO'], disabledSites: ['cnn.com'] });
    expect(r.changed).toBe(true);
  });

  it('sets aside a list that is not a list, without losing it', () => {
    const r = migrateSettings({ version: 1, muted: 'Taliban', disabledSites: ['cnn.com'] });
    expect(r.problems).toEqual([expect.stringMatching(/muted names list was not a list/)]);
    expect(r.settings.muted).toEqual([]);
    expect(r.settings.disabledSites).toEqual(['cnn.com']);
    expect(r.settings).toMatchObject({ mutedUnreadable: 'Taliban' });
  });

  it('drops duplicates quietly: they are not reported as unreadable', () => {
    const r = migrateSettings({ version: 1, muted: ['NATO', 'NATO', ' NATO '], disabledSites: ['www.cnn.com', 'CNN.com'] });
    expect(r.problems).toEqual([]);
    expect(r.settings.muted).toEqual(['NATO']);
    expect(r.settings.disabledSites).toEqual(['cnn.com']);
    expect(r.changed).toBe(true);
  });

  it('keeps the names the reader corrected, one per site and name, and sets aside an entry it cannot read', () => {
    const good = { site: 'ajc.com', name: 'Georgia', title: 'Georgia (U.S. state)' };
    const local = { site: '', name: 'Georgia', title: 'Georgia (country)' }; // a page without a host
    const r = migrateSettings({ version: 1, senses: [good, { ...good, title: 'Georgia (country)' }, local, { site: 'x.com', name: 'Georgia' }, 'Georgia'], sensesUnreadable: ['older'] });
    expect(r.settings.senses).toEqual([good, local]);
    expect(r.problems).toEqual([expect.stringMatching(/names you corrected could not be read/)]);
    expect(r.settings).toMatchObject({ sensesUnreadable: ['older', { site: 'x.com', name: 'Georgia' }, 'Georgia'] });
    expect(migrateSettings({ version: 1, senses: 'Georgia' }).settings).toMatchObject({ senses: [], sensesUnreadable: ['Georgia'] });
    expect(migrateSettings(migrateSettings({ version: 1, senses: [good] }).settings)).toMatchObject({ problems: [], changed: false });
  });

  it('resets garbage that is not an object', () => {
    for (const garbage of ['settings', 42, true, [1, 2]]) {
      const r = migrateSettings(garbage);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.problems).toEqual([expect.stringMatching(/unreadable/)]);
      expect(r.changed).toBe(true);
    }
  });

  it('clamps and rounds the hover delay', () => {
    expect(migrateSettings({ version: 1, dwellMs: -50 }).settings.dwellMs).toBe(DWELL_RANGE.min);
    expect(migrateSettings({ version: 1, dwellMs: 99_999 }).settings.dwellMs).toBe(DWELL_RANGE.max);
    expect(migrateSettings({ version: 1, dwellMs: 333.6 }).settings.dwellMs).toBe(334);
    expect(migrateSettings({ delay: 5000 }).settings.dwellMs).toBe(DWELL_RANGE.max);
    const notFinite = migrateSettings({ version: 1, dwellMs: Infinity });
    expect(notFinite.settings.dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    expect(notFinite.problems).toHaveLength(1);
  });

  it('never returns the defaults object itself', () => {
    const r = migrateSettings(undefined);
    r.settings.muted.push('x');
    expect(DEFAULT_SETTINGS.muted).toEqual([]);
  });
});

describe('siteKey', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/path?q=1#top', 'example.com'],
    ['http://news.example.com:8080/a', 'news.example.com'],
    ['  WWW.BBC.CO.UK  ', 'bbc.co.uk'],
    ['bbc.co.uk/news', 'bbc.co.uk'],
    ['example.com:443', 'example.com'],
    ['example.com.', 'example.com'],
    ['ftp://files.example.org', 'files.example.org'],
    ['www2.example.com', 'www2.example.com'],
    ['', ''],
  ])('%j → %j', (input, key) => {
    expect(siteKey(input)).toBe(key);
  });
});

describe('isSiteDisabled', () => {
  const settings = { disabledSites: ['bbc.co.uk', 'example.com'], paused: false };
  it('matches the site and its subdomains, nothing else', () => {
    expect(isSiteDisabled(settings, 'bbc.co.uk')).toBe(true);
    expect(isSiteDisabled(settings, 'www.bbc.co.uk')).toBe(true);
    expect(isSiteDisabled(settings, 'news.BBC.co.uk')).toBe(true);
    expect(isSiteDisabled(settings, 'notbbc.co.uk')).toBe(false);
    expect(isSiteDisabled(settings, 'bbc.co.uk.evil.net')).toBe(false);
    expect(isSiteDisabled(settings, 'cnn.com')).toBe(false);
    expect(isSiteDisabled(settings, '')).toBe(false);
  });
  it('a subdomain entry does not cover its parent', () => {
    expect(isSiteDisabled({ disabledSites: ['news.example.org'], paused: false }, 'example.org')).toBe(false);
    expect(isSiteDisabled({ disabledSites: ['news.example.org'], paused: false }, 'live.news.example.org')).toBe(true);
  });
  it('is off everywhere when paused', () => {
    expect(isSiteDisabled({ ...settings, paused: true }, 'cnn.com')).toBe(true);
    expect(isSiteDisabled({ disabledSites: [], paused: true }, '')).toBe(true);
  });
});
