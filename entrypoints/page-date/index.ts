/**
 * The page's publication date, read for the timeline (page/late-parts.ts): a module of its own, imported into the
 * content script's isolated world when the side panel first asks, so that following pages with the panel open does
 * not load the card's renderer into each. It leaves its reader on a global of that world.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_DATE_KEY, type PageDateReader } from '../../page/late-parts';
import { publishedDate } from '../../page/published-date';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<symbol, PageDateReader>)[PAGE_DATE_KEY] = publishedDate;
});
