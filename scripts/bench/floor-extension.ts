/**
 * The floor the fixed cost is measured against: the least code that does on a page the kinds of things Backstory's
 * content script does there (its first use of the extension API, a storage read, one walk over the page's text,
 * one message to a worker that finds the names, a highlight with a range per name), as an extension of its own.
 * Written twice: as a classic content script, and loaded as a module from one, as Backstory's is. Timed like
 * Backstory (scripts/bench/frame-cost.ts), its figure is what any content script of this kind pays in this
 * browser; the rest of Backstory's is its own code, run cold in a fresh script world.
 * It leaves out what Backstory also does: reading text by blocks, the skipping rules, slicing, the mutation
 * observer, the hover and keyboard listeners, the settings' checks, shadow roots and frames.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_HIGHLIGHT = 'backstory-floor';
/** The attribute of the page's root where the floor leaves its main-thread time, in ms, once it has marked the page. */
export const FLOOR_MS_ATTRIBUTE = 'data-backstory-floor-ms';
/** Where the module's loader leaves the time of its own task (the API's first use and the `import()`). */
const GATE_MS = '__backstoryFloorGateMs';

/**
 * Its main-thread time is timed as Backstory's start + slices are: each of its synchronous stretches from its first
 * line (the module's loader's too, in `GATE_MS`), the waits between them left out; the sum is left on the page's
 * root as FLOOR_MS_ATTRIBUTE once it is done, where the bench reads it.
 */
const WORK = `(async () => {
  let t = performance.now();
  let ms = globalThis.${GATE_MS} ?? 0;
  const settings = chrome.storage.local.get('settings');
  ms += performance.now() - t;
  await settings;
  t = performance.now();
  const texts = [];
  const nodes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const tag = n.parentNode.nodeName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || !/\\S/.test(n.data)) continue;
    nodes.push(n);
    texts.push(n.data);
  }
  const answer = chrome.runtime.sendMessage({ texts });
  ms += performance.now() - t;
  const found = await answer;
  t = performance.now();
  const highlight = new Highlight();
  for (let k = 0; k < found.length; k += 3) {
    const node = nodes[found[k]];
    highlight.add(new StaticRange({ startContainer: node, startOffset: found[k + 1], endContainer: node, endOffset: found[k + 2] }));
  }
  CSS.highlights.set('${FLOOR_HIGHLIGHT}', highlight);
  ms += performance.now() - t;
  document.documentElement.setAttribute('${FLOOR_MS_ATTRIBUTE}', String(ms));
})();
`;

/** The worker: whole-word matches of the names, longest first, as (text, start, end) triples. */
const worker = (names: readonly string[]) => {
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const source = `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  return `const names = new RegExp(${JSON.stringify(source)}, 'gu');
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const found = [];
  message.texts.forEach((text, i) => {
    names.lastIndex = 0;
    for (let m = names.exec(text); m; m = names.exec(text)) found.push(i, m.index, m.index + m[0].length);
  });
  reply(found);
});
`;
};

/** Writes both floor extensions under `dir`; their folders. */
export function writeFloorExtensions(dir: string, names: readonly string[]): { classic: string; module: string } {
  const out = { classic: join(dir, 'floor-classic'), module: join(dir, 'floor-module') };
  for (const [kind, folder] of Object.entries(out)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const manifest = {
      manifest_version: 3,
      name: `Backstory bench floor (${kind})`,
      version: '1',
      permissions: ['storage'],
      background: { service_worker: 'worker.js' },
      content_scripts: [
        { matches: ['http://*/*'], css: ['floor.css'], run_at: 'document_start' },
        { matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' },
      ],
      // As Backstory's own (wxt.config.ts): at an address that changes every session.
      ...(kind === 'module' ? { web_accessible_resources: [{ resources: ['floor.js'], matches: ['http://*/*'], use_dynamic_url: true }] } : {}),
    };
    const write = (file: string, text: string) => writeFileSync(join(folder, file), text);
    write('manifest.json', JSON.stringify(manifest, null, 2));
    write('worker.js', worker(names));
    write('floor.css', `::highlight(${FLOOR_HIGHLIGHT}) { background-color: #fde68a; }\n`);
    // The bench's launch() opens the extension's popup page.
    write('popup.html', '<!doctype html><title>floor</title>\n');
    if (kind === 'module') {
      write('floor.js', WORK);
      write('content.js', `const t = performance.now();\nimport(chrome.runtime.getURL('/floor.js'));\nglobalThis.${GATE_MS} = performance.now() - t;\n`);
    } else {
      write('content.js', WORK);
    }
  }
  return out;
}
