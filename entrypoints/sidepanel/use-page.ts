import { useEffect, useState } from 'preact/hooks';
import browser from '../../utils/browser';
import { requestTab } from '../../messaging/transport';
import type { PageDate } from '../../messaging/protocol';
import type { PageEntity } from '../../core/page-subjects';

export type PageState =
  | { state: 'waiting' }
  | { state: 'none'; reason: string }
  | { state: 'ready'; reading: boolean; entities: PageEntity[]; published: PageDate | null };

/** How often the panel asks again while a page is still being read or its content script is not there yet. */
const ASK_AGAIN_MS = 800;
const MAX_ASKS = 40;

/**
 * The tab the panel follows: the one named by `pinned` (`?tab=ID`: the fallback tab, tests), else the active
 * tab of the panel's window, followed as the reader switches tabs.
 */
function useFollowedTab(pinned: number | undefined): number | undefined {
  const [tabId, setTabId] = useState(pinned);
  useEffect(() => {
    if (pinned !== undefined) return;
    let live = true;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (!live || !tab) return;
      windowId = tab.windowId;
      setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);
  return tabId;
}

/** What the followed tab's content script reports: its names with mention counts, and its publication date. */
export function usePage(pinned: number | undefined): { tabId: number | undefined; page: PageState } {
  const tabId = useFollowedTab(pinned);
  const [loads, setLoads] = useState(0);
  const [page, setPage] = useState<PageState>({ state: 'waiting' });

  // A page loaded in the followed tab is read afresh.
  useEffect(() => {
    if (tabId === undefined) return;
    const onUpdated = (id: number, change: { status?: string }) => id === tabId && change.status === 'complete' && setLoads((n) => n + 1);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);

  useEffect(() => {
    if (tabId === undefined) return setPage({ state: 'waiting' });
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const ask = async (n: number) => {
      const [entities, date, status] = await Promise.all([
        requestTab(tabId, 'pageEntities', {}),
        requestTab(tabId, 'pageDate', {}),
        requestTab(tabId, 'pageStatus', {}),
      ]);
      if (!live) return;
      const reading = status.ok && status.value.state === 'reading';
      if (entities.ok) {
        const next: PageState = { state: 'ready', reading, entities: entities.value, published: date.ok ? date.value : null };
        const json = JSON.stringify(next);
        if (json !== last) setPage(next);
        last = json;
      } else if (n === 0 || n + 1 >= MAX_ASKS) {
        setPage({ state: 'none', reason: 'Backstory does not read this page (it only reads web pages, and not where it is switched off).' });
      }
      if ((reading || !entities.ok) && n + 1 < MAX_ASKS) timer = setTimeout(() => void ask(n + 1), ASK_AGAIN_MS);
    };
    void ask(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabId, loads]);

  return { tabId, page };
}
