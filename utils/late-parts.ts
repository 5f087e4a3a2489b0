/**
 * The parts of the content script a page may never need, loaded the first time one is: the hover card's renderer
 * (Preact, the components, their CSS) and the page's publication date. Left out of the script every page
 * compiles, they cost nothing until a reader points at a name or opens the timeline (about 2 ms of compile a page
 * otherwise: `npm run bench`, fixed cost). entrypoints/content-late publishes them into this isolated world.
 */
import type { CardLayerProps } from '../components/CardLayer';
import { LATE_PARTS_FILE } from './content-script-manifest';
import type { PageDate } from './protocol';
import { importPackaged } from './package-module';

export interface LateParts {
  /** Draws (or, with null, clears) Backstory's layer into its shadow root. */
  renderLayer(root: ShadowRoot, props: CardLayerProps | null): void;
  /** The layer's stylesheet. */
  css: string;
  publishedDate(doc: Document): PageDate | null;
}

/** Where entrypoints/content-late leaves its parts: a global of this script's isolated world (pages cannot see it). */
export const LATE_PARTS_KEY = Symbol.for('backstory.late-parts');

type Holder = Record<symbol, LateParts | undefined>;
let loading: Promise<LateParts | undefined> | undefined;

/**
 * The parts, loaded once (as a module into this world); undefined when they could not be loaded. A failure is
 * kept, not retried: a module that failed to load stays failed for the page, and asking again on every frame the
 * pointer rests on a name would only repeat it.
 */
export function lateParts(): Promise<LateParts | undefined> {
  loading ??= (async () => {
    try {
      await importPackaged(LATE_PARTS_FILE);
      return (globalThis as unknown as Holder)[LATE_PARTS_KEY];
    } catch {
      return undefined; // e.g. an orphaned script after an update, whose runtime is gone
    }
  })();
  return loading;
}

/** The parts if they are already here (no waiting). */
export const latePartsNow = (): LateParts | undefined => (globalThis as unknown as Holder)[LATE_PARTS_KEY];
