/**
 * The script every frame of a page gets, the top one included (wxt.config.ts declares it): a few lines that load
 * the full content script (entrypoints/page) as a module into this isolated world, always in the top frame
 * and only into other frames worth reading. Pages hold many small frames (ads, widgets, trackers); compiling and
 * starting the full script in each would cost every frame (`npm run bench`, fixed cost).
 *
 * Loaded as a module, the content script is compiled once and then comes from the browser's code cache, lazily
 * compiled functions included: declared in the manifest as a classic script, it was compiled afresh in every tab
 * (several times the compile on a one-paragraph page, and its cold marking code slower too: docs/bench.md, "Why the
 * code is shaped so").
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_FILE } from '../../messaging/content-script-manifest';
import { noteGateTime } from '../../messaging/gate-clock';
import { importPackaged } from '../../page/package-module';

/**
 * A frame is worth reading when it holds some text and has room to show it (ads, widgets and trackers are tiny or
 * empty). Its text is asked first: reading a frame's size makes the browser lay out the page that holds it, which
 * an empty frame should not cost.
 */
const worthReading = (): boolean => (document.body?.textContent?.length ?? 0) > 100 && innerWidth >= 250 && innerHeight >= 120;

/**
 * When a frame not worth reading at first is looked at again, in ms after the first look: comment widgets, embeds
 * and frames their page writes into are often filled after they load.
 */
const LOOK_AGAIN_MS = [2_000, 8_000];

export default defineUnlistedScript(() => {
  // The top page is always read; another frame when it is worth it. The content script counts the time of the look
  // that loaded it in its start.
  const load = (): boolean => {
    const since = performance.now();
    if (window !== window.top && !worthReading()) return false;
    importPackaged(PAGE_FILE).catch(() => undefined); // a failure leaves the frame unread
    noteGateTime(performance.now() - since);
    return true;
  };
  if (load()) return;
  // A short chain of one-shot timers that ends by itself (or with the frame's document).
  let look = 0;
  const again = () => {
    if (load() || ++look === LOOK_AGAIN_MS.length) return;
    setTimeout(again, LOOK_AGAIN_MS[look] - LOOK_AGAIN_MS[look - 1]);
  };
  setTimeout(again, LOOK_AGAIN_MS[0]);
});
