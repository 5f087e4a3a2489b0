/**
 * What the manifest says about the content script (wxt.config.ts, entrypoints/page, entrypoints/page-gate):
 * the pages it reads, and where the full script is built, for the gate to load it into the top frame and the frames
 * worth reading.
 */

/** Every web page (never the browser's own pages, files or other extensions). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

/** The few lines every frame gets, which load the full content script where it is worth it (entrypoints/page-gate). */
export const PAGE_GATE_FILE = 'page-gate.js';

/** The full content script as built (entrypoints/page). */
export const PAGE_FILE = 'page.js';

/** The parts of the content script loaded when first needed: the card's renderer (entrypoints/page-card)… */
export const PAGE_CARD_FILE = 'page-card.js';

/** …and the page's publication date (entrypoints/page-date). */
export const PAGE_DATE_FILE = 'page-date.js';
