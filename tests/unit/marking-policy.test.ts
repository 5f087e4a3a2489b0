import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../core/build/compile-matcher';
import { markPage, markText, TEXT_FILTERS } from '../../core/names/marks';
import { Matcher } from '../../core/names/matcher';
import { MARKING_RULES } from '../../core/names/policy';
import { compileAll } from './helpers';

const matcher = new Matcher(compileMatcher(compileAll().catalogue));
const marked = (texts: string[], siteLabel = '') => markPage(matcher, texts, { siteLabel }).map((list) => list.map((m) => `${m.title}`));

describe('the marking policy', () => {
  it('has one section in docs/aliases.md per rule, under its name, in its order', () => {
    const headings = [...readFileSync('docs/aliases.md', 'utf8').matchAll(/^### `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(headings).toEqual(MARKING_RULES.map((r) => r.name));
  });

  it('runs every text filter it names, in the policy order, after the scan', () => {
    const textRules = MARKING_RULES.filter((r) => r.stage === 'text').map((r) => r.name);
    const filters = TEXT_FILTERS.map(([name]) => name);
    expect(textRules.slice(-filters.length)).toEqual(filters);
  });

  it('applies each text rule: calls to action, schedule days, the site name', () => {
    expect(marked(['Follow us on Twitter. Putin met Erdoğan.'])[0]).not.toContain('Twitter');
    expect(marked(['Twitter said Putin met Erdoğan.'])[0]).toContain('Twitter');
    expect(marked(['BBC reports that Putin is in Syria'], 'bbc')[0]).toEqual(['Vladimir Putin', 'Syria']);
    expect(marked(['BBC reports that Putin is in Syria'], 'cnn')[0]).toContain('BBC');
  });

  it('marks a weak name only where the page names its entity strongly, in any of its texts', () => {
    const alone = markText(matcher, 'Chinese officials met.', { siteLabel: '' });
    expect(alone.map((m) => m.weak)).toEqual([true]);
    expect(marked(['Chinese officials met.'])).toEqual([[]]);
    expect(marked(['Chinese officials met.', 'They flew to China.'])).toEqual([['China'], ['China']]);
  });
});
