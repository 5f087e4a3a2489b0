import { defineBackground } from 'wxt/utils/define-background';
import { Library } from '../../core/library/library';
import { decodeHead } from '../../core/library/head-file';
import { decodeSearch } from '../../core/library/search-file';
import { fileNames, type LibraryHead, type LibrarySource } from '../../core/library/library-files';
import { encodeFound } from '../../core/names/found-names';
import { markText } from '../../core/names/marks';
import { siteLabel } from '../../core/names/site-name';
import { Matcher, type MatcherData } from '../../core/names/matcher';
import browser from '../../utils/browser';
import { serve } from '../../messaging/transport';
import { openTimeline } from '../../worker/open-timeline';
import { readOpenTabsOnce } from '../../worker/read-open-tabs';
import { startTimelineLaunchers } from '../../worker/timeline-launchers';
import { utf8 } from '../../worker/utf8';
import type { Runtime } from 'webextension-polyfill';

/** The name of the site a page's text comes from (its top page's, when the browser says), to leave unmarked. */
function siteOf(sender: Runtime.MessageSender): string {
  try {
    return siteLabel(new URL(sender.tab?.url ?? sender.url ?? '').hostname);
  } catch {
    return '';
  }
}

/** Reads a file the build put in the package (never a network request). */
async function readPackaged(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`cannot read ${path}: ${response.status}`);
  return response;
}

const loadPackaged = async <T>(path: string): Promise<T> => (await (await readPackaged(path)).json()) as T;

/** A binary file's bytes (the head, the search postings: core/library/binary-file.ts), to be viewed in place. */
const readBytes = async (path: string): Promise<Uint8Array> => new Uint8Array(await (await readPackaged(path)).arrayBuffer());

/** The head, read into typed arrays over the file's bytes (core/library/head-file.ts). */
async function loadHead(): Promise<LibraryHead> {
  const path = `/data/${fileNames.head}`;
  return decodeHead(await readBytes(path), utf8, path);
}

export default defineBackground(() => {
  let library: Promise<Library> | undefined;
  let matcher: Promise<Matcher> | undefined;
  // Only the head (entity table, per-event columns) before the first card; event shards as they are shown; the
  // full-text index on the first search or when the popup opens (core/library/library-files.ts).
  const source: LibrarySource = {
    shard: async (k) => (await readPackaged(`/data/${fileNames.shard(k)}`)).text(),
    ids: () => loadPackaged(`/data/${fileNames.ids}`),
    vocabulary: () => loadPackaged(`/data/${fileNames.vocabulary}`),
    search: async (events) => {
      const path = `/data/${fileNames.search}`;
      return decodeSearch(await readBytes(path), events, utf8, path);
    },
    // A macrotask between steps of background work (shard prefetch, the search's warm-up), so that lookups arriving
    // meanwhile are answered in between.
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
  const lib = () => {
    if (!library) {
      library = loadHead().then((head) => new Library(head, source));
      library.catch(() => (library = undefined));
    }
    return library;
  };
  /** The popup is open: load the index now, so that the first keystroke finds it ready. */
  const warmSearch = (l: Library) => void l.prepareSearch().catch(() => undefined);
  const names = () => {
    if (!matcher) {
      matcher = loadPackaged<MatcherData>('/data/matcher.json').then((data) => new Matcher(data));
      matcher.catch(() => (matcher = undefined));
    }
    return matcher;
  };

  /** Once the first answer is out, the rest of the events load a few shards at a time, between other requests. */
  let prefetching = false;
  const prefetch = () => {
    if (prefetching) return;
    prefetching = true;
    setTimeout(() => void lib().then((l) => l.prefetchEvents()).catch(() => (prefetching = false)), 0);
  };
  const answered = <T>(reply: Promise<T>): Promise<T> => reply.finally(prefetch);

  /** What came over the wire as a list of texts: its text entries, or none. */
  const textsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

  serve({
    meta: async () => (await lib()).meta,
    findNames: async ({ texts }, sender) => {
      const m = await names();
      const site = siteOf(sender as Runtime.MessageSender);
      return encodeFound((Array.isArray(texts) ? texts : []).map((text) => (typeof text === 'string' ? markText(m, text, { siteLabel: site }) : [])));
    },
    senses: async ({ names, context }) => (await lib()).senses(textsOf(names), textsOf(context)),
    search: async ({ query, ...options }) => (await lib()).search(query, options),
    entity: async ({ title }) => (await lib()).entity(title) ?? null,
    entityEvents: ({ title, ...options }) => answered(lib().then((l) => l.entityEvents(title, options))),
    related: async ({ id }) => (await lib()).related(id),
    counts: async ({ by, ...target }) => (await lib()).counts(by, target),
    card: ({ title, ...options }) => answered(lib().then(async (l) => (await l.card(title, options)) ?? null)),
    openTimeline: ({ entity, windowId }, sender) => openTimeline((sender as Runtime.MessageSender).tab, entity, windowId),
    timeline: async ({ titles }) => (await lib()).eventsOf(titles),
    suggestEntities: async ({ prefix, limit }) => {
      const l = await lib();
      warmSearch(l);
      return l.suggestEntities(prefix, limit).map((title) => ({ title, count: l.entity(title)?.count ?? 0 }));
    },
    categories: async () => {
      const l = await lib();
      warmSearch(l);
      return l.categories();
    },
  });

  // The context menu on selected text and the keyboard shortcut that open the timeline.
  startTimelineLaunchers();
  // Pages already open when the extension is installed, updated or switched back on are read too.
  readOpenTabsOnce();

  if ((browser.runtime.getManifest() as { side_panel?: unknown }).side_panel) {
    const chromeApi = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome;
    void chromeApi?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  }
});
