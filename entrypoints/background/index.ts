import { defineBackground } from 'wxt/utils/define-background';
import { Library, type DataPackage } from '../../core/library';
import type { MatcherData } from '../../core/matcher';
import browser from '../../utils/browser';
import { serve } from '../../utils/messaging';
import { openTimeline } from '../../utils/open-timeline';
import { startTimelineLaunchers } from '../../utils/timeline-launchers';
import type { Runtime } from 'webextension-polyfill';

/** Loads a file the build put in the package (never a network request). */
async function loadPackaged<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`cannot read ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export default defineBackground(() => {
  let library: Promise<Library> | undefined;
  let matcher: Promise<MatcherData> | undefined;
  const lib = () => (library ??= loadPackaged<DataPackage>('/data/package.json').then((d) => new Library(d)));
  const names = () => (matcher ??= loadPackaged<MatcherData>('/data/matcher.json'));

  serve({
    meta: async () => (await lib()).meta,
    matcher: () => names(),
    search: async ({ query, ...options }) => (await lib()).search(query, options),
    entity: async ({ title }) => (await lib()).entity(title) ?? null,
    entityEvents: async ({ title, ...options }) => (await lib()).entityEvents(title, options),
    related: async ({ id }) => (await lib()).related(id),
    counts: async ({ by, ...target }) => (await lib()).counts(by, target),
    card: async ({ title, ...options }) => (await lib()).card(title, options) ?? null,
    openTimeline: ({ entity, windowId }, sender) => openTimeline((sender as Runtime.MessageSender).tab, entity, windowId),
    timeline: async ({ titles }) => (await lib()).eventsOf(titles),
    suggestEntities: async ({ prefix, limit }) => {
      const l = await lib();
      return l.suggestEntities(prefix, limit).map((title) => ({ title, count: l.entity(title)?.count ?? 0 }));
    },
    categories: async () => (await lib()).categories(),
  });

  // The context menu on selected text and the keyboard shortcut that open the timeline.
  startTimelineLaunchers();

  if ((browser.runtime.getManifest() as { side_panel?: unknown }).side_panel) {
    const chromeApi = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome;
    void chromeApi?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  }
});
