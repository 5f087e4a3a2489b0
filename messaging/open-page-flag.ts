/**
 * Marks a page's isolated world as one the worker injected the content script into after the page had loaded (an
 * install, update or switch back on with tabs open: worker/read-open-tabs.ts). The reader may be anywhere on such a
 * page, so the content script reads what is in view first. (A page still loading then gets the flag too, and pays
 * for the hit testing.) The flag lives in the extension's isolated world, which the page's own scripts cannot see.
 */

export const OPEN_PAGE_KEY = '__backstoryOpenPage';

/**
 * Run in the page by `scripting.executeScript` with `args: [OPEN_PAGE_KEY]`: the function is sent as source, so it
 * is handed the key rather than closing over it.
 */
export function flagOpenPage(key: string): void {
  (globalThis as Record<string, unknown>)[key] = true;
}

/** True in a page the content script was injected into after it loaded. */
export const isOpenPage = (): boolean => (globalThis as Record<string, unknown>)[OPEN_PAGE_KEY] === true;
