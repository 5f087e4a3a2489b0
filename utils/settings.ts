/**
 * The reader's settings in `browser.storage.local` under one key. Schema, defaults and migrations are in
 * core/settings.ts; this file only reads, writes and watches.
 */
import { migrateSettings, type Settings } from '../core/settings';
import { ext as browser } from '../messaging/web-ext';

const SETTINGS_KEY = 'settings';

type Patch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function readStored(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

const write = (settings: Settings) => browser.storage.local.set({ [SETTINGS_KEY]: settings });

/**
 * The settings, upgraded and written back when storage held an older or damaged form. Never throws.
 * `checkMs`: main-thread time spent checking what storage answered (for a caller timing its own start; the waits
 * for storage are not in it).
 */
export async function loadSettings(): Promise<{ settings: Settings; problems: string[]; checkMs: number }> {
  let stored: unknown;
  try {
    stored = await readStored();
  } catch (e) {
    const { settings } = migrateSettings(undefined);
    return { settings, problems: [`Settings could not be read (${message(e)}); using the defaults.`], checkMs: 0 };
  }
  const t0 = performance.now();
  const { settings, problems, changed } = migrateSettings(stored);
  const checkMs = performance.now() - t0;
  if (changed) {
    try {
      await write(settings);
    } catch (e) {
      problems.push(`Upgraded settings could not be saved (${message(e)}).`);
    }
  }
  return { settings, problems, checkMs };
}

/** Writes of this context, in order: each reads what the one before it wrote. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads, migrates, applies `patch` (or what it returns for the current settings), validates and writes.
 * Keys this version does not know are kept. Rejects when storage fails.
 */
export function updateSettings(patch: Patch): Promise<Settings> {
  const next = queue.then(async () => {
    const { settings } = migrateSettings(await readStored());
    const change = typeof patch === 'function' ? patch(settings) : patch;
    // Through the migration again, so a patch is held to the same rules as storage (clamped, normalised).
    const updated = migrateSettings({ ...settings, ...change, version: settings.version }).settings;
    await write(updated);
    return updated;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Calls back with the settings whenever any context changes them; returns the function that stops it. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(migrateSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
