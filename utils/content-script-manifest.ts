/**
 * What the manifest says about the content script (wxt.config.ts, entrypoints/page-reader, entrypoints/frame-gate):
 * the pages it reads, and where the full script is built, for the gate to load it into the top frame and the frames
 * worth reading.
 */

/** Every web page (never the browser's own pages, files or other extensions). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

/** The few lines every frame gets, which load the full content script where it is worth it (entrypoints/frame-gate). */
export const FRAME_GATE_FILE = 'frame-gate.js';

/** The full content script as built (entrypoints/page-reader). */
export const CONTENT_SCRIPT_FILE = 'page-reader.js';

/** The parts of the content script loaded when first needed: the card's renderer (entrypoints/content-late)… */
export const LATE_PARTS_FILE = 'content-late.js';

/** …and the page's publication date (entrypoints/page-date). */
export const PAGE_DATE_FILE = 'page-date.js';
