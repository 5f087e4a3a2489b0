import { extensionApi } from '../messaging/web-ext';

/**
 * Runs one of the extension's own scripts as a module in the calling content script's isolated world (not the
 * page's): the frame gate's full script, the content script's late parts. The file must be web-accessible (wxt.config.ts).
 * Rejects when it cannot be loaded, or when the extension API is gone (an orphaned script after an update);
 * Chrome 130 also refused these imports for use_dynamic_url resources (crbug 363027634; the manifest asks for 132).
 * The API is touched only when this is called: its first use in a frame costs time.
 */
export async function importPackaged(file: string): Promise<void> {
  await import(/* @vite-ignore */ extensionApi().runtime.getURL(`/${file}`));
}
