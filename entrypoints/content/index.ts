import { defineContentScript } from 'wxt/utils/define-content-script';
import { Matcher } from '../../core/matcher';
import { isSiteDisabled, type Settings } from '../../core/settings';
import { request, serve } from '../../utils/messaging';
import { PageSession } from '../../utils/page-session';
import { publishedDate } from '../../utils/published-date';
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

/** Tiny frames (ads, widgets, trackers) are not worth a matcher. */
const worthReading = () => window === window.top || (innerWidth >= 250 && innerHeight >= 120 && (document.body?.textContent?.length ?? 0) > 100);

/**
 * Wires the page session to the browser: loads the matcher and settings, starts or stops Backstory on this
 * site as settings change (no reload), and answers the side panel's questions about the page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!('highlights' in CSS) || !worthReading()) return;
    const [names, loaded] = await Promise.all([request('matcher', {}), loadSettings()]);
    if (!names.ok || ctx.isInvalid) return;
    const setupStart = performance.now();
    const matcher = new Matcher(names.value);
    const setupMs = performance.now() - setupStart;
    let session: PageSession | undefined;

    const apply = (settings: Settings) => {
      const off = isSiteDisabled(settings, siteHost());
      if (off) {
        session?.stop();
        session = undefined;
      } else if (session) {
        session.apply(settings);
      } else {
        session = new PageSession(document, matcher, settings);
        session.start();
      }
    };
    apply(loaded.settings);
    const unwatch = watchSettings(apply);
    const unserve = serve({
      pageEntities: () => session?.entities() ?? [],
      pageDate: () => publishedDate(document),
      pageSite: () => ({ host: siteHost() }),
      pageStatus: () => ({ ...(session?.status() ?? { state: 'off', mentions: 0, entities: 0, chars: 0, busyMs: 0, longestMs: 0, slices: 0 }), setupMs }),
    });
    ctx.onInvalidated(() => {
      unwatch();
      unserve();
      session?.stop();
    });
  },
});
