import { describe, expect, it } from 'vitest';
import { articleScope } from '../../page/article-scope';
import { textBlocks } from '../../page/text-blocks';
import { page } from './page-dom';

const para = (n: number, name = 'Ashraf Ghani') => `<p>${name} said on Tuesday that talks in Doha would resume next week, officials told reporters in Kabul, in paragraph ${n}.</p>`;
const ARTICLE = `
  <header class="site-header"><a href="/">The Daily</a><ul><li><a href="/world">World</a></li></ul></header>
  <div class="layout">
    <aside class="sidebar"><p>Trending: Greta Thunberg sails to New York for the climate summit as crowds gather at the harbour.</p></aside>
    <main>
      <div class="headline-block"><h1>Taliban and Kabul resume talks</h1><p class="article-byline">By Jane Reporter, Reuters</p></div>
      <div class="story-body">
        ${para(1)}${para(2)}
        <div class="related-links"><p>Read more: Apple unveils a new phone as Tim Cook speaks to investors in Cupertino, California.</p></div>
        ${para(3)}${para(4)}
        <figure><img src="x.jpg"><figcaption>Zalmay Khalilzad in Doha.</figcaption></figure>
        <aside class="pull"><p>Eric Swalwell, a congressman, commented on the talks in a statement posted online late on Monday.</p></aside>
      </div>
    </main>
  </div>
  <footer><p>Sports Odds, Contact us, About the company that publishes this newspaper and its many partner sites worldwide.</p></footer>`;

describe('the article a page holds', () => {
  it('is the element with most of the prose, with the headline; the rest of the page and the chrome inside it are out', () => {
    const doc = page(ARTICLE);
    const scope = articleScope(doc)!;
    expect(scope).toBeDefined();
    expect(scope.body.className).toBe('story-body');
    const at = (selector: string) => doc.querySelector(selector)!;
    expect(scope.holds(at('.story-body p'))).toBe(true);
    expect(scope.holds(at('h1'))).toBe(true);
    expect(scope.holds(at('figcaption'))).toBe(true);
    for (const out of ['.sidebar p', 'footer p', '.site-header a', '.related-links p', '.pull p', '.article-byline']) expect(scope.holds(at(out)), out).toBe(false);
    expect(scope.excludes(at('.sidebar'))).toBe(true);
    expect(scope.excludes(at('.related-links'))).toBe(true);
    expect(scope.excludes(at('.story-body'))).toBe(false);
  });
  it('takes a body split over sibling blocks (ads between them) as their common parent', () => {
    const doc = page(`<nav>Menu</nav><section id="story"><div class="col">${para(1)}${para(2)}${para(5)}</div><div class="ad-slot"><p>Advertisement for a bank, with a long line of small print that runs on and on and on.</p></div><div class="col">${para(3)}${para(4)}${para(6)}</div></section><footer><p>${'Footer text about the publisher and its partners. '.repeat(2)}</p></footer>`);
    const scope = articleScope(doc)!;
    expect(scope.body.id).toBe('story');
    expect(scope.holds(doc.querySelectorAll('.col p')[4])).toBe(true);
    expect(scope.holds(doc.querySelector('.ad-slot p')!)).toBe(false);
  });
  it('is none on a page whose prose is spread over it (a front page), or that has too little', () => {
    const teaser = (n: number) => `<section><h2>Story ${n}</h2>${para(n, 'Joe Biden')}</section>`;
    expect(articleScope(page(`<div>${teaser(1)}${teaser(2)}</div><div>${teaser(3)}</div><div>${teaser(4)}</div><div>${teaser(5)}</div>`))).toBeUndefined();
    expect(articleScope(page(`<main>${para(1)}${para(2)}</main>`))).toBeUndefined();
  });
});

describe('text hidden for screen readers only', () => {
  it('is not read: a screen-reader-only class hides it from sight', () => {
    const doc = page('<p>Tim Cook spoke. <span class="screen-reader-text">Apple</span> <span class="sr-only">Opens in a new window</span> <span class="visually-hidden-focusable x">Kabul</span></p>');
    const read = [...textBlocks(doc.body)].filter((b) => b !== null).map((b) => b!.text).join('|');
    // (Plain booleans: the test page's DOM stand-ins confuse toContain's type checks.)
    expect(read.includes('Tim Cook spoke.')).toBe(true);
    expect(read.includes('Apple')).toBe(false);
    expect(read.includes('Opens')).toBe(false);
    // A class that only begins like one ("visually-hidden-focusable") is shown when focused: it is read.
    expect(read.includes('Kabul')).toBe(true);
  });
});
