import type { Tabs } from 'webextension-polyfill';
import browser from '../../utils/browser';
import { requestTab } from '../../messaging/transport';

export interface TargetTab {
  /** The tab the reader was looking at when the popup opened. */
  tab?: Tabs.Tab;
  /** Its site, as its content script reports it; undefined where Backstory does not run (browser pages, PDFs). */
  host?: string;
  /** True when the popup page is open in a tab of its own (tests, or a reader who opened popup.html). */
  inTab: boolean;
}

/**
 * The page the popup acts on: the active tab of the last focused window, never the popup's own tab. Its host
 * comes from its content script (no `tabs` or `activeTab` permission is needed, and the answer is the same
 * host the content script uses to decide whether it is off).
 */
export async function findTargetTab(): Promise<TargetTab> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const notSelf = (tabs: Tabs.Tab[]) => tabs.find((t) => t.id !== undefined && t.id !== self?.id);
  const tab = notSelf(await browser.tabs.query({ active: true, lastFocusedWindow: true })) ?? notSelf(await browser.tabs.query({ active: true }));
  const reply = tab?.id === undefined ? undefined : await requestTab(tab.id, 'pageSite', {});
  return { tab, host: reply?.ok ? reply.value.host : undefined, inTab: self !== undefined };
}
