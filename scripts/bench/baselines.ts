/**
 * What a developer would write instead, run inside a page (serialised by Playwright: each function is
 * self-contained). Both change the DOM (they wrap matches in elements), which Backstory never does.
 */

export interface BaselineRun {
  ms: number;
  matches: number;
  /** Stopped at the time cap: `ms` is then extrapolated from the share done. */
  capped: boolean;
  share: number;
}

/** (a) One escaped alternation RegExp over a TreeWalker of text nodes, wrapping each match in <mark>. */
export function regexpBaseline({ names, capMs }: { names: string[]; capMs: number }): BaselineRun {
  const t0 = performance.now();
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const skip = /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA|TEMPLATE)$/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (skip.test(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    total += (n as Text).data.length;
  }
  let matches = 0;
  let done = 0;
  let capped = false;
  for (const node of nodes) {
    if (performance.now() - t0 > capMs) {
      capped = true;
      break;
    }
    done += node.data.length;
    const found = [...node.data.matchAll(re)];
    matches += found.length;
    for (let i = found.length - 1; i >= 0; i--) {
      const range = document.createRange();
      range.setStart(node, found[i].index!);
      range.setEnd(node, found[i].index! + found[i][0].length);
      range.surroundContents(document.createElement('mark'));
    }
  }
  const ms = performance.now() - t0;
  const share = total ? done / total : 1;
  return { ms: capped ? ms / Math.max(share, 1e-6) : ms, matches, capped, share };
}

/**
 * (b) mark.js (window.__BenchMark, injected before). One call with the whole dictionary overflows the stack past about
 * 2,000 terms, so the terms go in chunks of `chunk`, each chunk a full pass over the page.
 */
export function markjsBaseline({ names, chunk, capMs }: { names: string[]; chunk: number; capMs: number }): BaselineRun {
  const Mark = (window as any).__BenchMark;
  const instance = new Mark(document.body);
  const limiters = [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '\u2019', '\u201c', '\u201d', '-', '\u2013', '\u2014'];
  const t0 = performance.now();
  let matches = 0;
  let done = 0;
  let capped = false;
  for (let i = 0; i < names.length; i += chunk) {
    if (performance.now() - t0 > capMs) {
      capped = true;
      break;
    }
    const part = names.slice(i, i + chunk);
    instance.mark(part, {
      separateWordSearch: false, caseSensitive: true, diacritics: false, accuracy: { value: 'exactly', limiters },
      exclude: ['script', 'style', 'noscript', 'textarea'], done: (n: number) => (matches += n),
    });
    done += part.length;
  }
  const ms = performance.now() - t0;
  const share = done / names.length;
  return { ms: capped ? ms / share : ms, matches, capped, share };
}
