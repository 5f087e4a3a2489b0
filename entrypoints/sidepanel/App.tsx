import { useEffect, useState } from 'preact/hooks';
import { Credit } from '../../components/Credit';
import { EventItem } from '../../components/EventItem';
import type { NewsEvent } from '../../core/types';
import browser from '../../utils/browser';
import { request, requestTab } from '../../utils/messaging';

/** The tab to follow: `?tab=ID` (tests, links from the popup), else the active tab. */
async function followedTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Side panel: the entities on the current page and the merged timeline of their events. */
export function App() {
  const [entities, setEntities] = useState<Array<{ title: string; mentions: number }>>([]);
  const [events, setEvents] = useState<NewsEvent[]>([]);
  const [status, setStatus] = useState('Reading the page…');

  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await followedTab();
      const reply = tabId === undefined ? undefined : await requestTab(tabId, 'pageEntities', {});
      if (!live) return;
      if (!reply?.ok) return setStatus('No names marked on this page.');
      setEntities(reply.value);
      const titles = reply.value.slice(0, 12).map((e) => e.title);
      const lists = await Promise.all(titles.map((title) => request('entityEvents', { title, context: titles, limit: 15 })));
      const merged = new Map<string, NewsEvent>();
      for (const l of lists) if (l.ok) for (const e of l.value) merged.set(e.id, e);
      if (!live) return;
      setEvents([...merged.values()].sort((a, b) => (a.date < b.date ? 1 : -1)));
      setStatus(`${reply.value.length} names on this page`);
    })();
    return () => void (live = false);
  }, []);

  return (
    <main style={{ padding: '10px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 6px' }}>Backstory timeline</h1>
      <p class="status" aria-live="polite">{status}</p>
      <ul aria-label="Names on this page" style={{ paddingLeft: '16px' }}>
        {entities.slice(0, 20).map((e) => <li key={e.title}>{e.title} <span class="status">({e.mentions})</span></li>)}
      </ul>
      <section aria-label="Timeline">{events.map((e) => <EventItem key={e.id} event={e} />)}</section>
      <Credit />
    </main>
  );
}
