/**
 * The background's ways into the timeline besides the hover card and the popup: a context-menu entry on
 * selected text and the keyboard shortcut (Chrome: the `open-timeline` command; Firefox opens its sidebar
 * itself with `_execute_sidebar_action`). Returns the function that removes what it added.
 */
import type { Menus, Tabs } from 'webextension-polyfill';
import browser from '../utils/browser';
import { openTimeline } from './open-timeline';

const LOOKUP_MENU_ID = 'backstory-lookup';
const OPEN_COMMAND = 'open-timeline';

export function startTimelineLaunchers(): () => void {
  const menus = browser.contextMenus;
  const onMenu = (info: Menus.OnClickData, tab?: Tabs.Tab) => {
    const text = info.selectionText?.trim().replace(/\s+/g, ' ').slice(0, 120);
    if (info.menuItemId === LOOKUP_MENU_ID && text) void openTimeline(tab, text);
  };
  const onCommand = (command: string, tab?: Tabs.Tab) => {
    if (command === OPEN_COMMAND) void openTimeline(tab);
  };
  if (menus) {
    // Menus outlive a restarted worker in Chrome; start from none so that creating one never clashes.
    void menus.removeAll().then(() => menus.create({ id: LOOKUP_MENU_ID, title: 'Backstory: look up “%s”', contexts: ['selection'] }));
    menus.onClicked.addListener(onMenu);
  }
  browser.commands?.onCommand.addListener(onCommand);
  return () => {
    menus?.onClicked.removeListener(onMenu);
    browser.commands?.onCommand.removeListener(onCommand);
  };
}
