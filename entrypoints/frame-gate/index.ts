/**
 * The script every frame of a page gets (wxt.config.ts declares it): a few lines that load the full content script
 * only into frames worth reading. Pages hold many small frames (ads, widgets, trackers); compiling and starting
 * the full script in each cost about 2 ms of main thread a frame (`npm run bench`, fixed cost). The top page gets
 * the full script from the manifest directly.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { worthReading } from '../../utils/frame-check';
import { CONTENT_SCRIPT_FILE } from '../../utils/page-matches';
import type { Runtime } from 'webextension-polyfill';

export default defineUnlistedScript(() => {
  if (window === window.top || !worthReading()) return;
  // The extension API only now (its first use in a frame costs time): Firefox's `browser`, else Chrome's `chrome`.
  const g = globalThis as { browser?: { runtime: Runtime.Static }; chrome?: { runtime: Runtime.Static } };
  const runtime = (g.browser ?? g.chrome)!.runtime;
  // Loaded as a module into this script's own world (not the page's); a failure leaves the frame unread.
  import(/* @vite-ignore */ runtime.getURL(`/${CONTENT_SCRIPT_FILE}`)).catch(() => undefined);
});
