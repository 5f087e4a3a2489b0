/**
 * Chrome runs a manifest's content scripts only in pages loaded after the extension is installed, updated or
 * enabled: the article a reader had open when installing Backstory would stay unmarked until reloaded, and after an
 * update (or switching Backstory off and on) every open tab would keep only the old copy's marks, which go at the
 * first name pointed at (the old copy is cut off: extension-gone). Firefox injects the manifest's scripts into open
 * tabs itself. So in Chrome the worker, at its first start in each of the extension's sessions, injects the same
 * files into each open web page that has no live copy: the highlight styles, then the frame gate in every frame,
 * which loads the content script as at any page load (told that the page was open already:
 * messaging/open-page-flag.ts). A page that also gets the manifest's copy (it was loading) runs one content script all
 * the same: both gates import the same module into the same isolated world, which evaluates it once.
 */
import type { Tabs } from 'webextension-polyfill';
import browser from '../utils/browser';
import { PAGE_GATE_FILE, PAGE_MATCHES } from '../messaging/content-script-manifest';
import { HIGHLIGHT_CSS_FILE } from '../messaging/highlight-style';
import { GATE_KEY, gateRan } from '../messaging/gate-clock';
import { flagOpenPage, OPEN_PAGE_KEY } from '../messaging/open-page-flag';

type Target = { tabId: number; allFrames: true } | { tabId: number; frameIds: number[] };

/** The part of Chrome's `scripting` API used here (absent from the Firefox build, which has no such permission). */
interface ScriptingApi {
  insertCSS(injection: { target: Target; files: string[] }): Promise<void>;
  executeScript(injection: { target: Target; files: string[] } | { target: Target; func: (key: string) => unknown; args: [string] }): Promise<Array<{ result?: unknown }>>;
}

interface SessionStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Set in the extension's session storage once the open tabs were read. Chrome empties it when the extension is
 * installed, updated, reloaded or disabled, and when the browser starts: each is a new session of the extension,
 * whose first worker start reads the open tabs (a worker stopped when idle and started again keeps it).
 */
const READ_KEY = 'openTabsRead';

/**
 * How long one tab's injection may take before the next tab's starts, in ms. An injection waits for the page's
 * document_idle, which a page still loading, or held by a dialog, may not reach soon; it goes on meanwhile.
 */
const TAB_WAIT_MS = 5_000;

/** At the worker's start: reads the open tabs, once in each of the extension's sessions. */
export function readOpenTabsOnce(): void {
  const chromeApi = (globalThis as { chrome?: { scripting?: ScriptingApi; storage?: { session?: SessionStorage } } }).chrome;
  const scripting = chromeApi?.scripting;
  const session = chromeApi?.storage?.session;
  if (!scripting || !session) return;
  void (async () => {
    if ((await session.get(READ_KEY))[READ_KEY]) return;
    await readOpenTabs(scripting);
    // Only once every tab was seen to: a worker stopped midway goes over them again at its next start, and skips
    // the pages read meanwhile.
    await session.set({ [READ_KEY]: true });
  })().catch(() => undefined);
}

type Tab = Tabs.Tab & { frozen?: boolean; lastAccessed?: number };

/**
 * The tabs in view first, then the most recently used. Each page then reads itself in slices, as at any load.
 * A discarded, frozen or unloaded tab is left alone: it loads its page, content scripts and all, when the reader
 * comes back to it. A page whose gate already ran in this session (the browser just started and loaded it) needs
 * nothing: asked in its script world (messaging/gate-clock.ts), at the page's document_idle. (Asked before the
 * manifest's gate ran there, it gets the files twice, and the second gate finds the content script loaded.)
 */
async function readOpenTabs(scripting: ScriptingApi): Promise<void> {
  const tabs = ((await browser.tabs.query({ url: PAGE_MATCHES, discarded: false }).catch(() => [])) as Tab[])
    .filter((tab) => tab.id !== undefined && !tab.frozen && tab.status !== 'unloaded')
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of tabs) {
    const target = { tabId: tab.id!, allFrames: true } as const;
    const injected = (async () => {
      const [top] = await scripting.executeScript({ target: { tabId: tab.id!, frameIds: [0] }, func: gateRan, args: [GATE_KEY] });
      if (top?.result === true) return;
      await scripting.insertCSS({ target, files: [HIGHLIGHT_CSS_FILE] });
      await scripting.executeScript({ target, func: flagOpenPage, args: [OPEN_PAGE_KEY] }); // the reader may be anywhere on it: the view goes first
      await scripting.executeScript({ target, files: [PAGE_GATE_FILE] });
    })();
    // A page Backstory may not read (the web store, an error page, a site the reader withheld) is left as it is.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([injected.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, TAB_WAIT_MS)))]);
    clearTimeout(timer);
  }
}
