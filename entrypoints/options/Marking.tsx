import { useState } from 'preact/hooks';
import { DWELL_RANGE, type HighlightDensity, type HighlightStyle, type Settings } from '../../core/settings';
import { Choice, type Option } from './Choice';

const STYLES: Array<Option<HighlightStyle>> = [
  { value: 'subtle', label: 'Subtle', hint: 'a thin dotted underline', sample: 'sample-subtle' },
  { value: 'strong', label: 'Strong', hint: 'a tint and a solid underline', sample: 'sample-strong' },
];
const DENSITIES: Array<Option<HighlightDensity>> = [
  { value: 'calm', label: 'First mention, later ones faint', hint: 'a name stands out where it first appears; its later mentions stay hoverable' },
  { value: 'all', label: 'Every mention', hint: 'each time a name appears' },
  { value: 'first', label: 'First mention only', hint: 'where a name first appears on the page' },
];

interface Props {
  settings: Settings;
  save(patch: Partial<Settings>): unknown;
}

/** How names are marked on pages, and the switch that stops it. */
export function Marking({ settings, save }: Props) {
  /** The delay as typed, until it is committed (Enter, or leaving the field). */
  const [draft, setDraft] = useState<string>();
  const commitDelay = () => {
    if (draft === undefined) return;
    setDraft(undefined);
    const ms = Number(draft);
    if (draft.trim() !== '' && Number.isFinite(ms) && ms !== settings.dwellMs) save({ dwellMs: ms });
  };

  return (
    <section class="card" aria-labelledby="marking-title">
      <h2 id="marking-title">On pages</h2>
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={settings.paused} aria-describedby="paused-hint" onChange={(e) => save({ paused: e.currentTarget.checked })} />
          Pause everywhere
        </label>
        <p id="paused-hint" class="hint">No names are marked on any page until you turn this off.</p>
      </div>
      <div class="field">
        <label for="dwell">Hover delay</label>
        <div class="row">
          <input
            id="dwell"
            type="number"
            min={DWELL_RANGE.min}
            max={DWELL_RANGE.max}
            step={50}
            value={draft ?? String(settings.dwellMs)}
            aria-describedby="dwell-hint"
            onInput={(e) => setDraft(e.currentTarget.value)}
            onChange={commitDelay}
            onKeyDown={(e) => e.key === 'Enter' && commitDelay()}
          />
          <span aria-hidden="true">ms</span>
        </div>
        <p id="dwell-hint" class="hint">
          How long the pointer rests on a marked name before its card opens, in milliseconds ({DWELL_RANGE.min} to {DWELL_RANGE.max.toLocaleString('en')}).
        </p>
      </div>
      <Choice name="style" legend="Highlight style" value={settings.style} options={STYLES} onChange={(style) => save({ style })} />
      <Choice name="density" legend="Mark" value={settings.density} options={DENSITIES} onChange={(density) => save({ density })} />
    </section>
  );
}
