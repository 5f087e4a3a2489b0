import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { flexsearchAlias } from './flexsearch-build';
import { PAGE_FILE, PAGE_GATE_FILE, PAGE_CARD_FILE, PAGE_DATE_FILE, PAGE_MATCHES } from './messaging/content-script-manifest';
import { HIGHLIGHT_CSS, HIGHLIGHT_CSS_FILE } from './messaging/highlight-style';

export default defineConfig({
  srcDir: '.',
  imports: false,
  // BACKSTORY_OUT lets parallel work (and the benchmark's full-corpus build) build beside the default output.
  outDir: process.env.BACKSTORY_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'The backstory of the names in the news, from Wikipedia’s Current Events (CC BY-SA). Works offline.',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    // Chrome runs a manifest's content scripts only in pages loaded after an install, update or enable: the worker
    // injects the same files into the tabs already open (worker/read-open-tabs.ts), which needs the pages as host
    // permissions too (the same pages the content scripts match: no further warning). Firefox injects them itself.
    ...(browser === 'firefox' ? {} : { host_permissions: PAGE_MATCHES }),
    // The timeline's shortcut. Firefox opens its sidebar itself; Chrome's side panel is opened by the background.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-timeline']: {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Open the Backstory timeline for this page',
      },
    },
    action: { default_title: 'Backstory: search events' },
    // Every frame, the top one included, gets the few lines of entrypoints/page-gate, which load the content script
    // (entrypoints/page) as a module: always in the top frame, and in other frames when they are worth
    // reading. The content script loads its late parts when first needed (entrypoints/page-card, the card's
    // renderer; entrypoints/page-date, the page's date). All are loadable from pages for that, at a per-session
    // address in Chrome (Firefox's extension address is already per install). The highlight styles are a
    // stylesheet of their own, injected at document_start: Chrome injects a manifest's CSS before the page is first
    // styled whatever run_at says, Firefox only at run_at, so with the gate at document_idle Firefox would restyle
    // the whole page after load.
    content_scripts: [
      { matches: PAGE_MATCHES, css: [HIGHLIGHT_CSS_FILE], all_frames: true, match_about_blank: true, match_origin_as_fallback: true, run_at: 'document_start' },
      { matches: PAGE_MATCHES, js: [PAGE_GATE_FILE], all_frames: true, match_about_blank: true, match_origin_as_fallback: true, run_at: 'document_idle' },
    ],
    web_accessible_resources: [{ resources: [PAGE_FILE, PAGE_CARD_FILE, PAGE_DATE_FILE], matches: PAGE_MATCHES, use_dynamic_url: true }],
    // Chrome 130 refused content scripts' imports of use_dynamic_url resources (crbug 363027634; fixed by 132).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '132' }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: { id: 'backstory@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          // Firefox for Android reads data_collection_permissions from 142 on.
          gecko_android: { strict_min_version: '142.0' },
        } }
      : {}),
  }),
  hooks: {
    // The highlight styles are written once, in messaging/highlight-style.ts, and shipped as the manifest's stylesheet.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: HIGHLIGHT_CSS });
    },
  },
  vite: () => ({ plugins: [preact()], resolve: { alias: [flexsearchAlias] } }),
});
