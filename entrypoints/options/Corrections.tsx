import { withoutCorrection, type Settings } from '../../core/settings';

interface Props {
  settings: Settings;
  save(patch: (s: Settings) => Partial<Settings>): Promise<unknown>;
}


/**
 * The names the reader set right with the card's "Not this one" (a name with several senses, on one site). Removing
 * one gives the name back to the page's own choice.
 */
export function Corrections({ settings, save }: Props) {
  const list = settings.senses;
  return (
    <section class="card" aria-labelledby="senses-title">
      <h2 id="senses-title">Names you corrected</h2>
      <p class="hint">On these sites, a name with several meanings stands for the one you chose on its card.</p>
      {list.length > 0 ? (
        <ul class="items" aria-label="Names you corrected">
          {list.map((c) => (
            <li key={`${c.site}\n${c.name}`}>
              <span>“{c.name}” → {c.title} <span class="hint">on {c.site || 'pages without a site'}</span></span>
              <button type="button" class="button quiet" aria-label={`Remove the correction of ${c.name} on ${c.site}`} onClick={() => void save((s) => ({ senses: withoutCorrection(s.senses, c.site, c.name) }))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No corrections. Where a name could mean several things, its card offers the others.</p>
      )}
    </section>
  );
}
