import type { Tabs } from 'webextension-polyfill';
import browser from './browser';

interface SidePanelApi {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}

/**
 * Opens the timeline for a tab, focused on an entity: Chrome's side panel when the browser allows it
 * (it must be called while the reader's click still counts, so nothing is awaited before it), else a tab
 * beside the page (Firefox's sidebar cannot be opened from a page's click).
 */
export async function openTimeline(tab: Tabs.Tab | undefined, entity?: string): Promise<{ opened: 'panel' | 'tab' }> {
  const query = new URLSearchParams();
  if (tab?.id !== undefined) query.set('tab', String(tab.id));
  if (entity) query.set('entity', entity);
  const path = `sidepanel.html?${query}`;
  const panel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (panel && tab?.id !== undefined) {
    const configured = panel.setOptions({ tabId: tab.id, path, enabled: true });
    const opened = panel.open({ tabId: tab.id });
    try {
      await Promise.all([configured, opened]);
      return { opened: 'panel' };
    } catch {
      // No user gesture left (or no side panel here): fall back to a tab.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/'), index: tab ? tab.index + 1 : undefined, openerTabId: tab?.id });
  return { opened: 'tab' };
}
