// First: the clock the start is timed from (module order is evaluation order).
import { bootStart } from '../../page/boot-clock';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isSiteDisabled, type Settings } from '../../core/settings';
import { closeRequests, requestOnce, servePage } from '../../messaging/transport';
import { PageSession } from '../../page/page-session';
import { pageDateReader } from '../../page/late-parts';
import { loadSettings, watchSettings } from '../../utils/settings';
import { extensionAlive } from '../../messaging/web-ext';
import { gateTime } from '../../messaging/gate-clock';

/** The site a frame belongs to: the top page's host (a site switched off is off in its frames too). */
function siteHost(): string {
  const origins = location.ancestorOrigins;
  const top = origins?.length ? origins[origins.length - 1] : undefined;
  try {
    return top ? new URL(top).hostname : location.hostname;
  } catch {
    return location.hostname;
  }
}

/**
 * Wires the page session to the browser: loads the settings, hands the session the worker's name finder, starts
 * or stops Backstory on this site as settings change (no reload), and answers the side panel's questions about the
 * page.
 *
 * The content script, loaded by entrypoints/page-gate as a module into the top frame and the frames worth reading.
 * It is built as a plain script rather than through WXT's content-script wrapper, whose context announced every
 * start with a DOM event named after the extension's id (a page could listen for it) and cost time in each fresh
 * script world. When the extension goes away under it (updated, disabled or removed), the next request that
 * fails finds it gone and shuts down: the marks leave the page (a card that cannot be looked up does the same).
 */
export default defineUnlistedScript(async () => {
  if (!('highlights' in CSS)) return;
  const pending = loadSettings();
  // Main-thread time before the session starts, in three tasks: the frame gate loading this script (the first use
  // of the extension API included), this script's evaluation up to here, then (once storage answered: the wait is
  // not ours) the settings checked and the session started.
  const startTasks = [gateTime(), performance.now() - bootStart];
  const loaded = await pending;
  const resumed = performance.now();
  let resumeMs = loaded.checkMs;
  let starting = true;
  if (!extensionAlive()) return;
  let session: PageSession | undefined;
  let unwatch = () => {};
  let unserve = () => {};
  // The extension is gone: the marks come off first (removing listeners from a dead API might throw).
  const shutDown = () => {
    session?.stop();
    session = undefined;
    try {
      closeRequests();
      unwatch();
      unserve();
    } catch {
      // nothing left to remove them from
    }
  };
  // The names are found by the background worker (its matcher is warm; this tab's code runs cold).
  const findNames = async (texts: string[]) => {
    const reply = await requestOnce('findNames', { texts });
    if (!reply.ok && !extensionAlive()) shutDown();
    return reply;
  };

  const apply = (settings: Settings) => {
    const off = isSiteDisabled(settings, siteHost());
    if (off) {
      session?.stop();
      session = undefined;
      closeRequests(); // the hover card's port, if a card was looked up
    } else if (session) {
      session.apply(settings);
    } else {
      const t0 = performance.now();
      session = new PageSession(document, findNames, settings, shutDown);
      session.start();
      if (starting) resumeMs += performance.now() - t0; // a session started later (the site switched on) is not the page's start
    }
  };
  unwatch = watchSettings(apply);
  unserve = servePage({
    pageEntities: () => session?.entities() ?? [],
    pageMentions: () => session?.mentions() ?? [],
    pageDate: async () => {
      const read = await pageDateReader();
      if (!read) throw new Error('could not load the page-date reader');
      return read(document);
    },
    pageSite: () => ({ host: siteHost() }),
    pageStatus: () => ({
      ...(session?.status() ?? { state: 'off', mentions: 0, entities: 0, chars: 0, busyMs: 0, longestMs: 0, slices: 0 }),
      startMs: startTasks[0] + startTasks[1] + resumeMs,
      startTaskMs: Math.max(startTasks[0], startTasks[1], resumeMs),
    }),
  });
  resumeMs += performance.now() - resumed;
  apply(loaded.settings);
  starting = false;
});
