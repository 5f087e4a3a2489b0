import type { NewsEvent } from '../../core/types';
import browser from '../../utils/browser';
import { openTimeline } from '../../worker/open-timeline';
import type { TargetTab } from './target-tab';

/** Closes the popup after an action that took the reader elsewhere (not when the popup is a tab of its own). */
function done(target: TargetTab) {
  if (!target.inTab) window.close();
}

/** A source's address when it is a web one (nothing else is ever opened; the day files name some sources without one). */
export function webAddress(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined; // not an address
  }
}

/** The event's first source that is a web address. */
export function firstSource(event: NewsEvent): string | undefined {
  return openableSources(event)[0]?.url;
}

/**
 * An event's sources that have a web address to open, in their order, each with its address as the browser writes
 * it and its place `at` among all the event's sources.
 */
export function openableSources(event: NewsEvent): Array<{ name: string; url: string; at: number }> {
  return event.sources.flatMap((s, at) => {
    const url = webAddress(s.url);
    return url ? [{ name: s.name, url, at }] : [];
  });
}

/** Opens a source in a new tab beside the page; only ever called from the reader's key press or click. */
export async function openSource(url: string, target: TargetTab): Promise<void> {
  const { tab } = target;
  await browser.tabs.create({ url, index: tab ? tab.index + 1 : undefined, windowId: tab?.windowId });
  done(target);
}

/**
 * Opens the side panel's timeline on an entity for the page's tab. Called straight from the key press or click
 * (the side panel only opens during a user gesture), with the target tab already known.
 */
export async function openEntityTimeline(entity: string | undefined, target: TargetTab): Promise<void> {
  await openTimeline(target.tab, entity);
  done(target);
}

export async function openSettings(target: TargetTab): Promise<void> {
  await browser.runtime.openOptionsPage();
  done(target);
}
