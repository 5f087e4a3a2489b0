/**
 * Chrome runs a manifest's content scripts only in pages loaded after the extension is installed or updated: the
 * article a reader had open when installing Backstory would stay unmarked until reloaded, and after an update every
 * open tab would lose its marks (the old copies take them off once cut off: extension-gone). Firefox injects the
 * manifest's scripts into open tabs itself. So in Chrome, on install and update, the worker injects the same files
 * into each open web page: the highlight styles, then the frame gate in every frame, which loads the content script
 * as at any page load (told that the page was open already: utils/open-page-flag.ts). A tab that also gets the
 * manifest's copy (it was loading) runs one content script all the same: both gates import the same module into the
 * same isolated world, which evaluates it once.
 */
import type { Runtime, Tabs } from 'webextension-polyfill';
import browser from './browser';
import { FRAME_GATE_FILE, PAGE_MATCHES } from './content-script-manifest';
import { HIGHLIGHT_CSS_FILE } from './highlight-style';
import { flagOpenPage } from './open-page-flag';

interface Target {
  tabId: number;
  allFrames: boolean;
}

/** The part of Chrome's `scripting` API used here (absent from the Firefox build, which has no such permission). */
interface ScriptingApi {
  insertCSS(injection: { target: Target; files: string[] }): Promise<void>;
  executeScript(injection: { target: Target; files: string[] } | { target: Target; func: () => void }): Promise<unknown>;
}

/**
 * How long one tab's injection may take before the next tab's starts, in ms. An injection waits for the page's
 * document_idle, which a page still loading, or held by a dialog, may not reach soon; it goes on meanwhile.
 */
const TAB_WAIT_MS = 5_000;

/** Listens for the extension's install and update; returns the function that stops listening. */
export function readOpenTabsOnInstall(): () => void {
  const scripting = (globalThis as { chrome?: { scripting?: ScriptingApi } }).chrome?.scripting;
  if (!scripting) return () => {};
  const onInstalled = (details: Runtime.OnInstalledDetailsType) => {
    if (details.reason === 'install' || details.reason === 'update') void readOpenTabs(scripting);
  };
  browser.runtime.onInstalled.addListener(onInstalled);
  return () => browser.runtime.onInstalled.removeListener(onInstalled);
}

type Tab = Tabs.Tab & { frozen?: boolean; lastAccessed?: number };

/**
 * The tabs in view first, then the most recently used. Each page then reads itself in slices, as at any load.
 * A discarded or frozen tab is left alone: it loads its page again, content scripts and all, when the reader
 * comes back to it.
 */
async function readOpenTabs(scripting: ScriptingApi): Promise<void> {
  const tabs = ((await browser.tabs.query({ url: PAGE_MATCHES, discarded: false }).catch(() => [])) as Tab[])
    .filter((tab) => tab.id !== undefined && !tab.frozen)
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of tabs) {
    const target = { tabId: tab.id!, allFrames: true };
    const injected = (async () => {
      await scripting.insertCSS({ target, files: [HIGHLIGHT_CSS_FILE] });
      await scripting.executeScript({ target, func: flagOpenPage }); // the reader may be anywhere on it: the view goes first
      await scripting.executeScript({ target, files: [FRAME_GATE_FILE] });
    })();
    // A page Backstory may not read (the web store, an error page, a site the reader withheld) is left as it is.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([injected.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, TAB_WAIT_MS)))]);
    clearTimeout(timer);
  }
}
