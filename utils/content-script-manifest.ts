/** The pages Backstory reads: every web page (never the browser's own pages, files or other extensions). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

/** Where the full content script is built (entrypoints/content), for frames that load it on demand. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
