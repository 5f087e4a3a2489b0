import { defineContentScript } from 'wxt/utils/define-content-script';
import { Matcher, withEvidence, type Match } from '../../core/matcher';
import { request, serve } from '../../utils/messaging';
import { textNodes } from '../../utils/text-nodes';

const HIGHLIGHT = 'backstory-mention';
const STYLE = `::highlight(${HIGHLIGHT}) { text-decoration: underline 1px dotted; text-decoration-color: color-mix(in srgb, currentColor 55%, #d97706); text-underline-offset: 0.18em; }`;

/** Marks known names with the CSS Custom Highlight API: the page's DOM is never changed. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!('highlights' in CSS)) return;
    const reply = await request('matcher', {});
    if (!reply.ok || ctx.isInvalid) return;
    const matcher = new Matcher(reply.value);

    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const highlight = new Highlight();
    CSS.highlights.set(HIGHLIGHT, highlight);
    const counts = new Map<string, number>();

    const found: Array<{ node: Text; match: Match }> = [];
    for (const node of textNodes(document.body ?? document.documentElement)) {
      for (const match of matcher.scan(node.data)) found.push({ node, match });
    }
    const kept = new Set(withEvidence(found.map((f) => f.match)));
    for (const { node, match } of found) {
      if (!kept.has(match)) continue;
      const range = new Range();
      range.setStart(node, match.start);
      range.setEnd(node, match.end);
      highlight.add(range);
      counts.set(match.title, (counts.get(match.title) ?? 0) + 1);
    }

    const stop = serve({
      pageEntities: () => [...counts].map(([title, mentions]) => ({ title, mentions })).sort((a, b) => b.mentions - a.mentions),
    });
    ctx.onInvalidated(() => {
      stop();
      CSS.highlights.delete(HIGHLIGHT);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  },
});
