// First: the clock the start is timed from (module order is evaluation order).
import { bootStart } from '../../utils/boot-clock';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isSiteDisabled, type Settings } from '../../core/settings';
import { request, serve } from '../../utils/messaging';
import { PageSession } from '../../utils/page-session';
import { PAGE_MATCHES } from '../../utils/content-script-manifest';
import { lateParts } from '../../utils/late-parts';
import { loadSettings, watchSettings } from '../../utils/settings';

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
 */
export default defineContentScript({
  // The top page only (an about:blank or blob: one too, by its opener's or creator's address): frames load this
  // script through entrypoints/frame-gate, when they are worth reading.
  matches: PAGE_MATCHES,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT's announcement of a newer copy of this script by window.postMessage would tell every page (and its
  // message listeners) that Backstory is installed; the DOM event it also sends is enough for an update.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!('highlights' in CSS)) return;
    const pending = loadSettings();
    // Main-thread time before the session starts: this script's evaluation up to here, the settings checked once
    // storage answered, then from here to the session's start (the waits for storage are not ours).
    let setupMs = performance.now() - bootStart;
    const loaded = await pending;
    const resumed = performance.now();
    setupMs += loaded.checkMs;
    if (ctx.isInvalid) return;
    // The names are found by the background worker (its matcher is warm; this tab's code runs cold).
    const findNames = (texts: string[]) => request('findNames', { texts });
    let session: PageSession | undefined;

    const apply = (settings: Settings) => {
      const off = isSiteDisabled(settings, siteHost());
      if (off) {
        session?.stop();
        session = undefined;
      } else if (session) {
        session.apply(settings);
      } else {
        const t0 = performance.now();
        session = new PageSession(document, findNames, settings);
        session.start();
        setupMs += performance.now() - t0;
      }
    };
    const unwatch = watchSettings(apply);
    const unserve = serve({
      pageEntities: () => session?.entities() ?? [],
      pageDate: async () => {
        const parts = await lateParts();
        if (!parts) throw new Error('could not load the page-date reader');
        return parts.publishedDate(document);
      },
      pageSite: () => ({ host: siteHost() }),
      pageStatus: () => ({ ...(session?.status() ?? { state: 'off', mentions: 0, entities: 0, chars: 0, busyMs: 0, longestMs: 0, slices: 0 }), setupMs }),
    });
    setupMs += performance.now() - resumed;
    apply(loaded.settings);
    ctx.onInvalidated(() => {
      unwatch();
      unserve();
      session?.stop();
    });
  },
});
