import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askTab, markedTexts, okValue, settled, tabIdOf, useExtension } from './harness';

/** Real news text (two saved articles' headlines and paragraphs, a share bar's labels), one block a line. */
const TEXT = readFileSync('tests/fixtures/cli-page.txt', 'utf8');
const SITE = 'www.bbc.co.uk';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const env = useExtension();

describe('cli match and a page', () => {
  it('mark the same names from the same text', { timeout: 300_000 }, async () => {
    const cli = spawnSync('npx', ['tsx', 'scripts/cli.ts', 'match', '--site', SITE], { input: TEXT, encoding: 'utf8', timeout: 290_000 });
    expect(cli.status, cli.stderr).toBe(0);
    const fromCli: Array<{ text: string; title: string }> = JSON.parse(cli.stdout);

    // The same lines as a page's paragraphs, at an address of that site (served here: nothing leaves the machine).
    const url = `http://${SITE}/news/article`;
    const html = `<!doctype html><title>Article</title><body>${TEXT.trim().split('\n').map((line) => `<p>${escape(line)}</p>`).join('')}</body>`;
    const page = await env.session.context.newPage();
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    const tabId = await tabIdOf(env.ext, page);
    await settled(env.ext, tabId);
    const entities = okValue(await askTab(env.ext, tabId, 'pageEntities', {}));

    const counts = (titles: string[]) => Object.fromEntries([...new Set(titles)].sort().map((t) => [t, titles.filter((x) => x === t).length]));
    expect(fromCli.length).toBeGreaterThan(20);
    expect(Object.fromEntries(entities.map((e) => [e.title, e.mentions]).sort())).toEqual(counts(fromCli.map((m) => m.title)));
    expect((await markedTexts(page)).sort()).toEqual(fromCli.map((m) => m.text).sort());
    // The rules that make the two differ from a bare scan were met: the site's own name, a share bar's labels.
    expect(fromCli.map((m) => m.text)).not.toContain('BBC');
    expect(fromCli.map((m) => m.text)).not.toContain('Facebook');
    await page.close();
  });
});
