import { coveringSites, setSiteOff } from '../../core/site-switch';
import { siteKey, type Settings } from '../../core/settings';
import type { TargetTab } from './target-tab';

interface Props {
  settings?: Settings;
  target?: TargetTab;
  problem?: string;
  save(patch: (s: Settings) => Partial<Settings>): void;
  onSettings(): void;
}

/** The per-site switch, the global pause and the way to the options page. */
export function SiteControls({ settings, target, problem, save, onSettings }: Props) {
  const host = target?.host;
  const site = host ? siteKey(host) : undefined;
  const off = !!(settings && host && coveringSites(settings.disabledSites, host).length);
  const siteHint = !target ? 'Looking at this tab…' : !host ? 'Backstory does not run on this page' : settings?.paused ? `Paused everywhere, ${site} included` : off ? `No names are marked on ${site}` : `Names are marked on ${site}`;
  return (
    <footer class="controls">
      <div class="row">
        <label class="check">
          <input
            id="site-off"
            type="checkbox"
            checked={off}
            disabled={!settings || !host}
            aria-describedby="site-hint"
            onChange={(e) => {
              const value = e.currentTarget.checked;
              if (host) save((s) => ({ disabledSites: setSiteOff(s.disabledSites, host, value) }));
            }}
          />
          Off on this site
        </label>
        <label class="check">
          <input id="paused" type="checkbox" checked={!!settings?.paused} disabled={!settings} onChange={(e) => {
            const paused = e.currentTarget.checked;
            save(() => ({ paused }));
          }} />
          Pause everywhere
        </label>
        <button type="button" class="link" onClick={onSettings}>
          Settings
        </button>
      </div>
      <p id="site-hint" class="hint" role="status">
        {problem ?? siteHint}
      </p>
    </footer>
  );
}
