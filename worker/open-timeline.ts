import type { Tabs } from 'webextension-polyfill';
import browser from '../utils/browser';

interface SidePanelApi {
  setOptions(options: { tabId?: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarActionApi {
  setPanel(details: { panel: string }): Promise<void>;
  open(): Promise<void>;
}

/** The timeline's page: it follows the window's active tab, or the tab named by `tab` (the fallback tab, tests). */
function timelinePath(options: { tab?: number; entity?: string } = {}): string {
  const query = new URLSearchParams();
  if (options.tab !== undefined) query.set('tab', String(options.tab));
  if (options.entity) query.set('entity', options.entity);
  const q = query.toString();
  return q ? `sidepanel.html?${q}` : 'sidepanel.html';
}

/**
 * Opens the timeline, focused on an entity (or on any text: the panel looks it up): Chrome's side panel or
 * Firefox's sidebar when the browser allows it (it must be called while the reader's click or key press still
 * counts, so nothing is awaited before it), else a tab beside the page. The panel follows the window's active
 * tab; the fallback tab follows the tab it was opened for. `windowId` stands in for the tab when an extension
 * page (the popup) asks.
 */
export async function openTimeline(tab: Tabs.Tab | undefined, entity?: string, windowId?: number): Promise<{ opened: 'panel' | 'tab' }> {
  const path = timelinePath({ entity });
  const panel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  const target = tab?.id !== undefined ? { tabId: tab.id } : windowId !== undefined ? { windowId } : undefined;
  try {
    if (panel && target) {
      await Promise.all([panel.setOptions({ path, enabled: true }), panel.open(target)]);
      return { opened: 'panel' };
    }
    if (sidebar) {
      await Promise.all([sidebar.setPanel({ panel: browser.runtime.getURL(`/${path}` as '/') }), sidebar.open()]);
      return { opened: 'panel' };
    }
  } catch {
    // No user gesture left (Firefox: a click relayed from a page), or no panel here: fall back to a tab.
  }
  const page = tab ?? (windowId !== undefined ? (await browser.tabs.query({ active: true, windowId }))[0] : undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/${timelinePath({ tab: page?.id, entity })}` as '/'),
    index: page ? page.index + 1 : undefined,
    openerTabId: page?.id,
    windowId: page?.windowId,
  });
  return { opened: 'tab' };
}
