/**
 * What the manifest says about the content script (wxt.config.ts, entrypoints/content, entrypoints/frame-gate):
 * the pages it reads, and where the full script is built, for frames that load it through the gate.
 */

/** Every web page (never the browser's own pages, files or other extensions). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

/** The full content script as built (entrypoints/content). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
