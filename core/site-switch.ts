import { siteKey } from './settings';

/** The disabled-site entries that cover `host` ("bbc.co.uk" covers "www.bbc.co.uk" and "news.bbc.co.uk"). */
export function coveringSites(disabledSites: readonly string[], host: string): string[] {
  const key = siteKey(host);
  return key ? disabledSites.filter((site) => key === site || key.endsWith(`.${site}`)) : [];
}

/**
 * The disabled-site list after the popup's "Off on this site" switch is set for `host`: turning it on adds the
 * host (without "www."); turning it off removes every entry that covers the host, parent domains included,
 * since otherwise the switch would not turn Backstory back on.
 */
export function setSiteOff(disabledSites: readonly string[], host: string, off: boolean): string[] {
  const key = siteKey(host);
  if (!key) return [...disabledSites];
  const covering = new Set(coveringSites(disabledSites, key));
  if (off) return covering.size ? [...disabledSites] : [...disabledSites, key];
  return disabledSites.filter((site) => !covering.has(site));
}
