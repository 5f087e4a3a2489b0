/**
 * Share and follow buttons that name a platform (page/link-labels.ts), on a page stood in by linkedom at
 * https://www.bbc.co.uk/news/article whose <base> is a CDN. The e2e test of the saved pages checks the rule in Chromium.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../page/text-blocks';
import { isLinkLabel, onlyNames } from '../../page/link-labels';

const { document } = parseHTML(`<!doctype html><html><body>
  <ul><li id="share"><a href="https://twitter.com/intent/tweet?text=x">Twitter</a></li>
  <li id="nowhere"><a href="#">Facebook</a></li><li id="script"><a href="javascript:void(0)">Reddit</a></li>
  <li id="app"><a href="whatsapp://send?text=x">WhatsApp</a></li>
  <li id="tag"><a href="https://www.bbc.co.uk/news/world/africa">Kenya</a></li><li id="sister"><a href="https://www.bbc.com/news/topics/kenya">Kenya</a></li>
  <li id="plain">Kenya</li></ul>
  <p id="prose">Obama visited <a href="https://en.wikipedia.org/wiki/Kenya">Kenya</a> in July.</p>
  <p id="label"><a href="https://en.wikipedia.org/wiki/Kenya"> Kenya </a></p>
  <li id="wpshare"><a href="https://www.bbc.co.uk/news/article?share=facebook">Facebook</a></li>
  <li id="titled"><a href="/news/share" title="Share on Twitter">Twitter</a></li>
  <p id="row"><a href="https://www.facebook.com/sharer">Facebook</a> | <a href="https://twitter.com/share">Twitter</a></p>
  <p id="onelink"><a href="https://en.wikipedia.org/wiki/Africa">Kenya Uganda</a></p>
  <ul><li id="menu-africa"><a href="https://www.bbc.co.uk/news/world/africa">Africa</a></li><li><a href="https://www.bbc.co.uk/news/world/asia">Asia</a></li><li> <a href="https://www.bbc.com/news/world/europe">Europe</a> </li></ul>
  <article><ul><li id="cabinet-blinken"><a href="https://www.bbc.co.uk/news/topics/blinken">Antony Blinken</a></li><li><a href="https://www.bbc.co.uk/news/topics/yellen">Janet Yellen</a></li><li><a href="https://www.bbc.co.uk/news/topics/austin">Lloyd Austin</a></li></ul></article>
  <ul><li id="heads-kenya"><a href="https://www.bbc.co.uk/news/1">Kenya</a></li><li><a href="https://www.bbc.co.uk/news/2">Kenya votes in a close election</a></li><li>Updated daily</li></ul>
</body></html>`);
// The page at bbc.co.uk, its <base> at a CDN: links off the CDN but on the site are the site's own.
Object.defineProperty(document, 'location', { value: new URL('https://www.bbc.co.uk/news/article') });
Object.defineProperty(document, 'baseURI', { value: 'https://static.bbci-cdn.net/assets/' });

type M = { start: number; end: number; title: string };
/** The block an element holds (its text nodes), the match of `name` in it, and every name of `all` the block holds. */
function at(id: string, name: string, all = [name]): [TextBlock, M, M[]] {
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
  const find = (n: string) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, title: n });
  const matches = all.map(find);
  return [{ container: el, nodes, starts, text } as TextBlock, matches[all.indexOf(name)], matches];
}

describe('link labels (page/link-labels.ts)', () => {
  it('takes a name that is all of a link leading off the site or nowhere for a button', () => {
    for (const [id, name] of [['share', 'Twitter'], ['nowhere', 'Facebook'], ['script', 'Reddit'], ['app', 'WhatsApp'], ['label', 'Kenya']]) {
      expect(button(...at(id, name)), id).toBe(true);
    }
  });
  it('takes a link of the site that shares for a button', () => {
    expect(button(...at('wpshare', 'Facebook'))).toBe(true);
    expect(button(...at('titled', 'Twitter'))).toBe(true);
  });
  it('takes an item of a menu of links within the site for chrome, not a link among other things', () => {
    expect(button(...at('menu-africa', 'Africa'))).toBe(true);
    expect(button(...at('heads-kenya', 'Kenya'))).toBe(false);
    expect(button(...at('cabinet-blinken', 'Antony Blinken'))).toBe(false); // a list of linked names in an article is content
  });
  it('on a page that marks no content, takes only lists in its header, footer or asides for menus', () => {
    const bare = parseHTML(`<!doctype html><html><body><header><ul><li><a href="/a">Africa</a></li><li><a href="/b">Asia</a></li><li><a href="/c">Europe</a></li></ul></header>
      <p>Learn more about each planet:</p><ul><li><a href="/m">Mercury</a></li><li><a href="/v">Venus</a></li><li><a href="/e">Earth</a></li></ul>
      <div id="cnn_hdr-nav"><ul><li><a href="/x">Moscow</a></li><li><a href="/y">Kyiv</a></li><li><a href="/z">Minsk</a></li></ul></div></body></html>`).document;
    Object.defineProperty(bare, 'location', { value: new URL('https://www.space.com/planets') });
    Object.defineProperty(bare, 'baseURI', { value: 'https://www.space.com/planets' });
    const label = (name: string) => {
      const link = [...bare.querySelectorAll('a')].find((a) => a.textContent === name)!;
      const text = link.firstChild as Text;
      const match = { start: 0, end: name.length, title: name };
      return isLinkLabel({ container: link.parentElement!, nodes: [text], starts: [0], text: name } as unknown as TextBlock, match, [match]);
    };
    expect(label('Africa')).toBe(true);
    expect(label('Mercury')).toBe(false);
    expect(label('Moscow')).toBe(true); // a part named as the page's navigation
  });
  it('takes a row of buttons with other buttons and separators between them for chrome', () => {
    const names = (text: string, list: string[]) => onlyNames(text, list.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, title: n })));
    expect(names('Facebook Twitter Email LinkedIn', ['Facebook', 'Twitter', 'LinkedIn'])).toBe(true);
    expect(names('Twitter | Facebook | Google+', ['Twitter', 'Facebook', 'Google'])).toBe(true);
    expect(names('Facebook and Twitter', ['Facebook', 'Twitter'])).toBe(false);
  });
  it('takes each name of a row of buttons, each in its own link', () => {
    expect(onlyNames(...textAndMatches('row', ['Facebook', 'Twitter']))).toBe(true);
    expect(button(...at('row', 'Facebook', ['Facebook', 'Twitter']))).toBe(true);
    expect(button(...at('row', 'Twitter', ['Facebook', 'Twitter']))).toBe(true);
    expect(button(...at('onelink', 'Kenya', ['Kenya', 'Uganda']))).toBe(false);
    expect(onlyNames(...textAndMatches('prose', ['Obama', 'Kenya']))).toBe(false);
  });
  it('keeps a link within the site (bbc.co.uk and bbc.com are one), a name outside links, and one inside prose', () => {
    for (const [id, name] of [['tag', 'Kenya'], ['sister', 'Kenya'], ['plain', 'Kenya'], ['prose', 'Kenya']]) {
      expect(button(...at(id, name)), id).toBe(false);
    }
  });
});

/** As page/block-mentions.ts asks: a block of names only, and this name a link's label. */
function button(block: TextBlock, match: M, matches: M[]): boolean {
  return onlyNames(block.text, matches) && isLinkLabel(block, match, matches);
}

function textAndMatches(id: string, names: string[]): [string, M[]] {
  const [block, , matches] = at(id, names[0], names);
  return [block.text, matches];
}
