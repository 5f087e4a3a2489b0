/**
 * The reader's settings: schema, defaults and versioned migrations. Pure: storage lives in utils/settings.ts.
 * Rule: nothing the reader configured is ever lost. Unknown keys are kept; a value that cannot be read is
 * reported and replaced by its default, and every other value is kept.
 */
export const SETTINGS_VERSION = 1;

export type HighlightStyle = 'subtle' | 'strong';
export type HighlightDensity = 'calm' | 'all' | 'first';

export interface Settings {
  /** SETTINGS_VERSION, or the newer version that saved them: kept, so that build never migrates its own settings twice. */
  version: number;
  /** Pointer dwell before the hover card opens, in ms. */
  dwellMs: number;
  style: HighlightStyle;
  /** Mark each entity's first mention on the page and its later ones fainter ("calm"), every mention alike, or only the first. */
  density: HighlightDensity;
  /** Entity titles never marked. */
  muted: string[];
  /** Hostnames where Backstory is off ("bbc.co.uk" also covers "www.bbc.co.uk"). */
  disabledSites: string[];
  /** The reader's "Not this one": on a site, a name stands for this entity ("Georgia" → "Georgia (country)"). */
  senses: SenseCorrection[];
  /** Off everywhere. */
  paused: boolean;
}

export interface SenseCorrection {
  /** The site's key (`siteKey`): a correction holds on the site it was made on. */
  site: string;
  /** The name as the matcher reads it (core/names/matcher.ts `senseKey`). */
  name: string;
  title: string;
}

const isFor = (c: SenseCorrection, site: string, name: string): boolean => c.site === site && c.name === name;

/** The correction for a name on a site, if the reader made one. */
export const correctionFor = (senses: readonly SenseCorrection[], site: string, name: string): SenseCorrection | undefined =>
  senses.find((c) => isFor(c, site, name));

/** Every correction but the one for a name on a site: to remove it, or to set it anew. */
export const withoutCorrection = (senses: readonly SenseCorrection[], site: string, name: string): SenseCorrection[] =>
  senses.filter((c) => !isFor(c, site, name));

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  dwellMs: 300,
  style: 'subtle',
  density: 'calm',
  muted: [],
  disabledSites: [],
  senses: [],
  paused: false,
};

export const DWELL_RANGE = { min: 0, max: 2000 } as const;

interface MigrationResult {
  settings: Settings;
  /** Everything that was not kept as stored, in words a reader understands. */
  problems: string[];
  /** True when the stored form differs from `settings` and should be written back. */
  changed: boolean;
}

type Raw = Record<string, unknown>;

/** A fresh copy: callers may change the lists they are given. */
const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, muted: [], disabledSites: [], senses: [] });

/** JSON equality that ignores key order (storage need not keep it). */
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Raw)[k])]));
}

/**
 * Steps from version N to N+1, applied in order. Version 0 is the unversioned shape of the first preview build,
 * which kept `delay` (ms) and `sites` (disabled hostnames).
 */
const MIGRATIONS: Array<(raw: Raw) => Raw> = [
  ({ delay, sites, ...rest }) => ({
    ...rest,
    ...(delay !== undefined && rest.dwellMs === undefined ? { dwellMs: delay } : {}),
    ...(sites !== undefined && rest.disabledSites === undefined ? { disabledSites: sites } : {}),
    version: 1,
  }),
];

/** The non-empty text entries of a list, trimmed; `undefined` when it is not a list. */
const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : undefined;

/** Normalises a hostname the reader typed: lower case, no scheme, path, port or leading "www.". */
export function siteKey(input: string): string {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return host.replace(/^www\./, '');
}

/** Reads whatever storage holds (nothing, an old version, a newer one, garbage) into valid settings. */
export function migrateSettings(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) return { settings: defaults(), problems: [], changed: true };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: defaults(), problems: ['Stored settings were unreadable and were reset to the defaults.'], changed: true };
  }
  let raw: Raw = { ...(stored as Raw) };
  const from = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  const problems: string[] = [];
  if (from > SETTINGS_VERSION) problems.push(`Settings were saved by a newer version (${from}); unknown options are kept as they are.`);
  for (let v = Math.max(0, from); v < SETTINGS_VERSION; v++) raw = MIGRATIONS[v](raw);

  const out: Raw = { ...raw, version: Math.max(from, SETTINGS_VERSION) };
  const dwell = raw.dwellMs;
  if (dwell !== undefined && (typeof dwell !== 'number' || !Number.isFinite(dwell))) {
    problems.push(`The hover delay "${String(dwell)}" is not a number; using ${DEFAULT_SETTINGS.dwellMs} ms.`);
    out.dwellMs = DEFAULT_SETTINGS.dwellMs;
  } else if (typeof dwell === 'number') {
    out.dwellMs = Math.round(Math.min(DWELL_RANGE.max, Math.max(DWELL_RANGE.min, dwell)));
  }
  if (raw.style !== undefined && raw.style !== 'subtle' && raw.style !== 'strong') {
    problems.push(`Unknown highlight style "${String(raw.style)}"; using "subtle".`);
    out.style = DEFAULT_SETTINGS.style;
  }
  if (raw.density !== undefined && raw.density !== 'calm' && raw.density !== 'all' && raw.density !== 'first') {
    problems.push(`Unknown highlight density "${String(raw.density)}"; using "calm".`);
    out.density = DEFAULT_SETTINGS.density;
  }
  for (const key of ['muted', 'disabledSites'] as const) {
    if (raw[key] === undefined) continue;
    const list = strings(raw[key]);
    if (!list) problems.push(`The ${key === 'muted' ? 'muted names' : 'disabled sites'} list was not a list and was set aside.`);
    else if (list.length !== (raw[key] as unknown[]).length) problems.push(`Some entries of the ${key === 'muted' ? 'muted names' : 'disabled sites'} list were empty or not text and were dropped.`);
    out[key] = [...new Set(key === 'disabledSites' ? (list ?? []).map(siteKey).filter(Boolean) : list ?? [])];
    if (!list) out[`${key}Unreadable`] = raw[key];
  }
  if (raw.senses !== undefined) {
    const list = Array.isArray(raw.senses) ? raw.senses : undefined;
    const good = (list ?? []).filter(isCorrection);
    if (!list) problems.push('The list of names you corrected was not a list and was set aside.');
    else if (good.length !== list.length) problems.push('Some of the names you corrected could not be read and were set aside.');
    out.senses = good.filter((c) => correctionFor(good, c.site, c.name) === c);
    // Set aside, added to what was set aside before (never replacing it).
    const before = Array.isArray(raw.sensesUnreadable) ? raw.sensesUnreadable : raw.sensesUnreadable === undefined ? [] : [raw.sensesUnreadable];
    if (!list || good.length !== list.length) out.sensesUnreadable = [...before, ...(list ? list.filter((c) => !isCorrection(c)) : [raw.senses])];
  }
  if (raw.paused !== undefined && typeof raw.paused !== 'boolean') {
    problems.push('The pause switch was not on or off; Backstory is left on.');
    out.paused = false;
  }
  const settings = { ...defaults(), ...out } as Settings;
  return { settings, problems, changed: !sameJson(settings, stored) };
}

/** A correction as stored: a name and a title; the site may be empty (a page without a host, a local file). */
function isCorrection(value: unknown): value is SenseCorrection {
  const c = value as Partial<SenseCorrection> | null;
  return typeof c === 'object' && c !== null && typeof c.site === 'string' && [c.name, c.title].every((v) => typeof v === 'string' && v.trim() !== '');
}

/** True when Backstory should stay off on this hostname. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites' | 'paused'>, hostname: string): boolean {
  if (settings.paused) return true;
  const host = siteKey(hostname);
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
