/**
 * The WebExtension API as the browser gives it, without webextension-polyfill: Chrome's MV3 `chrome.*` and
 * Firefox's `browser.*` both return promises for everything messaging and storage need. Used by the code every
 * page's content script loads (messaging/transport.ts, utils/settings.ts): importing the polyfill there made each
 * frame of each page wrap the whole `chrome` object (docs/bench.md, "Why the code is shaped so").
 * Extension pages and the worker keep the polyfill (utils/browser.ts) for everything else.
 */
import type Browser from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };

/**
 * Firefox's `browser` when it is the extension API (a page element with id "browser" also shows up as
 * `window.browser`), else Chrome's `chrome`. A function, for code that should not touch the API before it must.
 */
export const extensionApi = (): Browser.Browser => (g.browser?.runtime?.id ? g.browser : g.chrome)!;

export const ext: Browser.Browser = /* @__PURE__ */ extensionApi();

/**
 * False once the extension was updated, disabled or removed under a content script: its API is cut off (Chrome
 * leaves the script running, orphaned, in the pages it was in).
 */
export const extensionAlive = (): boolean => !!extensionApi()?.runtime?.id;
