import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The import rules' messages for one line of code, as if written in `file` (which need not exist). */
async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

/** Each zone of eslint.config.js, with a line that breaks it and one that keeps it. */
const ZONES: Array<{ zone: string; file: string; breaks: string; keeps: string; says: RegExp }> = [
  { zone: 'core/ is Node-free', file: 'core/text-x.ts', breaks: "import { readFileSync } from 'node:fs';", keeps: "import { foldText } from './text';", says: /Node-free/ },
  { zone: 'core/ is browser-free', file: 'core/library/x.ts', breaks: "import browser from 'webextension-polyfill';", keeps: "import type { NewsEvent } from '../types';", says: /browser-free/ },
  { zone: 'core/ uses no DOM', file: 'core/names/x.ts', breaks: 'const x = document.title;', keeps: 'const x = 1;', says: /document/ },
  { zone: 'runtime core/ never imports core/build/', file: 'core/names/x.ts', breaks: "import { compile } from '../build/compile';", keeps: "import { Matcher } from './matcher';", says: /core\/build/ },
  { zone: 'core/library/ never imports core/build/', file: 'core/library/x.ts', breaks: "import type { Catalogue } from '../build/catalogue';", keeps: "import { Library } from './library';", says: /core\/build/ },
  { zone: 'core/build/ imports only core/ and pure libraries', file: 'core/build/x.ts', breaks: "import { ext } from '../../messaging/web-ext';", keeps: "import { Matcher } from '../names/matcher';", says: /core\// },
  { zone: 'page/ never imports worker/', file: 'page/x.ts', breaks: "import { openTimeline } from '../worker/open-timeline';", keeps: "import { request } from '../messaging/transport';", says: /worker/ },
  { zone: 'page/ never imports the polyfill', file: 'page/card/x.ts', breaks: "import browser from 'webextension-polyfill';", keeps: "import type { Runtime } from 'webextension-polyfill';", says: /polyfill/ },
  { zone: 'page/ never imports core/build/', file: 'page/x.ts', breaks: "import { compile } from '../core/build/compile';", keeps: "import { Matcher } from '../core/names/matcher';", says: /core\/build/ },
  { zone: 'the content script never imports the polyfill wrapper', file: 'entrypoints/page/x.ts', breaks: "import browser from '../../utils/browser';", keeps: "import { ext } from '../../messaging/web-ext';", says: /polyfill/ },
  { zone: 'worker/ never imports page/', file: 'worker/x.ts', breaks: "import { MentionStore } from '../page/mention-store';", keeps: "import { serve } from '../messaging/transport';", says: /page code/ },
  { zone: 'messaging/ imports neither side', file: 'messaging/x.ts', breaks: "import { MentionStore } from '../page/mention-store';", keeps: "import type { Result } from '../core/types';", says: /page code/ },
  { zone: 'entrypoints never import each other', file: 'entrypoints/popup/x.ts', breaks: "import { useTimeline } from '../sidepanel/use-page';", keeps: "import { Credit } from '../../components/Credit';", says: /entrypoints never import each other/ },
  { zone: 'the worker entrypoint never imports core/build/', file: 'entrypoints/background/x.ts', breaks: "import { compile } from '../../core/build/compile';", keeps: "import { Library } from '../../core/library/library';", says: /core\/build/ },
  { zone: 'shared UI parts never import page code', file: 'components/x.tsx', breaks: "import { HoverCard } from '../page/card/HoverCard';", keeps: "import type { DataMeta } from '../core/library/library';", says: /page code/ },
];

describe('lint zones', () => {
  for (const { zone, file, breaks, keeps, says } of ZONES) {
    it(zone, async () => {
      const errors = await importErrors(file, breaks);
      expect(errors.length, `${file}: ${breaks}`).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(says);
      expect(await importErrors(file, keeps)).toEqual([]);
    });
  }
});
