import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { publishedDate } from '../../page/published-date';

const doc = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('the publication date a page states', () => {
  it('prefers article:published_time, then microdata, JSON-LD, <time pubdate> and meta names', () => {
    const og = '<meta property="article:published_time" content="2019-11-20T11:19:29Z">';
    const micro = '<meta itemprop="datePublished" content="2018-01-02">';
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2017-03-04T10:00:00Z"}]}</script>';
    const time = '<time pubdate datetime="2016-05-06T08:00">6 May</time>';
    const meta = '<meta name="pubdate" content="20150708">';
    expect(publishedDate(doc(og + micro + ld + meta, time))).toEqual({ date: '2019-11-20', source: 'article:published_time' });
    expect(publishedDate(doc(micro + ld + meta, time))).toEqual({ date: '2018-01-02', source: 'itemprop datePublished' });
    expect(publishedDate(doc(ld + meta, time))).toEqual({ date: '2017-03-04', source: 'JSON-LD datePublished' });
    expect(publishedDate(doc(meta, time))).toEqual({ date: '2016-05-06', source: 'time pubdate' });
    expect(publishedDate(doc(meta))).toEqual({ date: '2015-07-08', source: 'meta date' });
  });

  it('skips broken JSON-LD and unreadable values, and says null when the page states nothing', () => {
    const broken = '<script type="application/ld+json">{"datePublished": </script>';
    const bad = '<meta property="article:published_time" content="soon">';
    const good = '<script type="application/ld+json">[{"datePublished":"2021-04-05"}]</script>';
    expect(publishedDate(doc(broken + bad + good))).toEqual({ date: '2021-04-05', source: 'JSON-LD datePublished' });
    expect(publishedDate(doc('<title>No date</title>', '<p>Published yesterday</p>'))).toBeNull();
  });

  it('finds the dates of saved real news pages', () => {
    const page = (file: string) => parseHTML(readFileSync(`tests/fixtures/${file}`, 'utf8')).document as unknown as Document;
    expect(publishedDate(page('rdb-bbc-1.html'))).toEqual({ date: '2015-07-24', source: 'JSON-LD datePublished' });
    expect(publishedDate(page('pages/rdb-telegraph.html'))).toMatchObject({ date: '2017-11-16' });
    expect(publishedDate(page('pages/sh-nypost.com-2.html'))).toEqual({ date: '2019-11-19', source: 'article:published_time' });
    expect(publishedDate(page('np-cnn_main_site.html'))).toBeNull();
  });
});
