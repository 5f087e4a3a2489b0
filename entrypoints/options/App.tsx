import { siteKey } from '../../core/settings';
import { request } from '../../messaging/transport';
import { Corrections } from './Corrections';
import { Keys } from './Keys';
import { ListEditor } from './ListEditor';
import { Marking } from './Marking';
import { Provenance } from './Provenance';
import { useSettings } from './use-settings';

/** What a typed name would mute: its canonical title. */
async function previewName(text: string): Promise<string | undefined> {
  const r = await request('entity', { title: text.trim() });
  return r.ok && r.value ? `Adds “${r.value.title}” (${r.value.count.toLocaleString('en')} events)` : undefined;
}

async function previewSite(text: string): Promise<string | undefined> {
  const key = siteKey(text);
  return key ? `Turns Backstory off on ${key} and its subdomains` : undefined;
}

/** The options page: every change is saved at once. */
export function App() {
  const { settings, problems, status, save } = useSettings();

  const addName = async (text: string) => {
    const name = text.trim();
    const r = await request('entity', { title: name });
    if (!r.ok) return `Could not look up “${name}”: ${r.error}`;
    if (!r.value) return `No name “${name}” in the index`;
    const { title } = r.value;
    if (settings?.muted.includes(title)) return `“${title}” is already muted`;
    return (await save((s) => ({ muted: [...s.muted.filter((m) => m !== title), title] }))) ? undefined : `“${title}” was not saved`;
  };
  const addSite = async (text: string) => {
    const site = siteKey(text);
    if (!site || /\s/.test(site)) return `“${text.trim()}” is not a site: type a hostname such as example.com`;
    if (settings?.disabledSites.includes(site)) return `Backstory is already off on ${site}`;
    return (await save((s) => ({ disabledSites: [...s.disabledSites.filter((d) => d !== site), site] }))) ? undefined : `${site} was not saved`;
  };

  return (
    <main class="options">
      <header class="top">
        <h1>Backstory settings</h1>
        <p class="saved" role="status" aria-live="polite">{status}</p>
      </header>
      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>Some stored settings could not be read:</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {settings ? (
        <>
          <Marking settings={settings} save={save} />
          <ListEditor
            id="muted"
            title="Muted names"
            description="These names are never marked."
            inputLabel="Mute a name"
            placeholder="Taliban, NATO, Kabul…"
            items={settings.muted}
            empty="No muted names."
            onAdd={addName}
            onRemove={(name) => void save((s) => ({ muted: s.muted.filter((m) => m !== name) }))}
            preview={previewName}
          />
          <Corrections settings={settings} save={save} />
          <ListEditor
            id="sites"
            title="Sites where Backstory is off"
            description="No names are marked on these sites or their subdomains."
            inputLabel="Turn off on a site"
            placeholder="example.com"
            items={settings.disabledSites}
            empty="Backstory is on everywhere."
            onAdd={addSite}
            onRemove={(site) => void save((s) => ({ disabledSites: s.disabledSites.filter((d) => d !== site) }))}
            preview={previewSite}
          />
        </>
      ) : (
        <p class="status">Reading settings…</p>
      )}
      <Keys />
      <Provenance />
    </main>
  );
}
