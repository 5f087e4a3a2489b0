/**
 * Share and follow buttons that name a platform (utils/link-labels.ts), on a page stood in by linkedom at
 * https://www.bbc.co.uk/news/article whose <base> is a CDN. The e2e test of the saved pages checks the rule in Chromium.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../utils/text-blocks';
import { isLinkLabel } from '../../utils/link-labels';

const { document } = parseHTML(`<!doctype html><html><body>
  <ul><li id="share"><a href="https://twitter.com/intent/tweet?text=x">Twitter</a></li>
  <li id="nowhere"><a href="#">Facebook</a></li><li id="script"><a href="javascript:void(0)">Reddit</a></li>
  <li id="app"><a href="whatsapp://send?text=x">WhatsApp</a></li>
  <li id="tag"><a href="https://www.bbc.co.uk/news/world/africa">Kenya</a></li><li id="sister"><a href="https://www.bbc.com/news/topics/kenya">Kenya</a></li>
  <li id="plain">Kenya</li></ul>
  <p id="prose">Obama visited <a href="https://en.wikipedia.org/wiki/Kenya">Kenya</a> in July.</p>
  <p id="label"><a href="https://en.wikipedia.org/wiki/Kenya"> Kenya </a></p>
</body></html>`);
// The page at bbc.co.uk, its <base> at a CDN: links off the CDN but on the site are the site's own.
Object.defineProperty(document, 'location', { value: new URL('https://www.bbc.co.uk/news/article') });
Object.defineProperty(document, 'baseURI', { value: 'https://static.bbci-cdn.net/assets/' });

/** The block an element holds (one text node under it) and the match of `name` in it. */
function at(id: string, name: string): [TextBlock, { start: number; end: number; title: string }] {
  const el = document.getElementById(id)!;
  const nodes: Text[] = [];
  const walk = (n: Node) => (n.nodeType === 3 ? nodes.push(n as Text) : n.childNodes.forEach(walk));
  walk(el);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const start = text.indexOf(name);
  return [{ container: el, nodes, starts, text } as TextBlock, { start, end: start + name.length, title: name }];
}

describe('link labels (utils/link-labels.ts)', () => {
  it('takes a name that is all of a link leading off the site or nowhere for a button', () => {
    for (const [id, name] of [['share', 'Twitter'], ['nowhere', 'Facebook'], ['script', 'Reddit'], ['app', 'WhatsApp'], ['label', 'Kenya']]) {
      expect(isLinkLabel(...at(id, name)), id).toBe(true);
    }
  });
  it('keeps a link within the site (bbc.co.uk and bbc.com are one), a name outside links, and one inside prose', () => {
    for (const [id, name] of [['tag', 'Kenya'], ['sister', 'Kenya'], ['plain', 'Kenya'], ['prose', 'Kenya']]) {
      expect(isLinkLabel(...at(id, name)), id).toBe(false);
    }
  });
});
