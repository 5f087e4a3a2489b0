import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { flexsearchAlias } from './flexsearch-build';

export default defineConfig({
  srcDir: '.',
  imports: false,
  // BACKSTORY_OUT lets parallel work (and the benchmark's full-corpus build) build beside the default output.
  outDir: process.env.BACKSTORY_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'The backstory of the names in the news, from Wikipedia’s Current Events (CC BY-SA). Works offline.',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The timeline's shortcut. Firefox opens its sidebar itself; Chrome's side panel is opened by the background.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-timeline']: {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Open the Backstory timeline for this page',
      },
    },
    action: { default_title: 'Backstory: search events' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: { id: 'backstory@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          // Firefox for Android reads data_collection_permissions from 142 on.
          gecko_android: { strict_min_version: '142.0' },
        } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()], resolve: { alias: [flexsearchAlias] } }),
});
