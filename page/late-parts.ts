/**
 * The parts of the content script a page may never need, each a module of its own loaded the first time it is:
 * the hover card's renderer (Preact, the components, their CSS: entrypoints/page-card) and the page's
 * publication date (entrypoints/page-date, for the timeline). Left out of the script every page compiles, they cost
 * nothing until a reader points at a name or opens the timeline (every page would compile them otherwise: `npm run
 * bench`, fixed cost). Each publishes itself into this isolated world, on a global pages cannot see.
 */
import type { CardLayerProps } from './card/CardLayer';
import { PAGE_CARD_FILE, PAGE_DATE_FILE } from '../messaging/content-script-manifest';
import type { PageDate } from '../messaging/protocol';
import { importPackaged } from './package-module';

export interface LateParts {
  /** Draws (or, with null, clears) Backstory's layer into its shadow root. */
  renderLayer(root: ShadowRoot, props: CardLayerProps | null): void;
  /** The layer's stylesheet. */
  css: string;
}

/** Reads the publication date a page states (page/published-date.ts). */
export type PageDateReader = (doc: Document) => PageDate | null;

/** Where entrypoints/page-card leaves its parts. */
export const LATE_PARTS_KEY = Symbol.for('backstory.late-parts');
/** Where entrypoints/page-date leaves its reader. */
export const PAGE_DATE_KEY = Symbol.for('backstory.page-date');

type Holder = Record<symbol, unknown>;

/**
 * A late module's part, loaded once (as a module into this world); undefined when it could not be loaded. A failure
 * is kept, not retried: a module that failed to load stays failed for the page, and asking again on every frame the
 * pointer rests on a name would only repeat it.
 */
function latePart<T>(file: string, key: symbol): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () =>
    (loading ??= (async () => {
      try {
        await importPackaged(file);
        return (globalThis as unknown as Holder)[key] as T | undefined;
      } catch {
        return undefined; // e.g. an orphaned script after an update, whose runtime is gone
      }
    })());
}

/** The card's renderer. */
export const lateParts = /* @__PURE__ */ latePart<LateParts>(PAGE_CARD_FILE, LATE_PARTS_KEY);

/** The renderer if it is already here (no waiting). */
export const latePartsNow = (): LateParts | undefined => (globalThis as unknown as Holder)[LATE_PARTS_KEY] as LateParts | undefined;

/** The publication-date reader: 2 KB, where the renderer is 23 (the timeline asks every page it follows). */
export const pageDateReader = /* @__PURE__ */ latePart<PageDateReader>(PAGE_DATE_FILE, PAGE_DATE_KEY);
