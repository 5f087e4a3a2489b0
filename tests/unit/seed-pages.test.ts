import { describe, expect, it } from 'vitest';
import { parseSeedPage } from '../../core/build/parse-seed-page';
import { compile } from '../../core/build/compile';
import { LINE_READERS } from '../../core/build/seed-page/line-readers';
import { newSeedPage } from '../../core/build/seed-page/seed-page-state';
import { compileSeeds, seedFiles } from './helpers';

const page = (name: string) => {
  const f = seedFiles().find((s) => s.file.startsWith(name))!;
  return parseSeedPage(f.file, f.text);
};

describe('seed page line readers', () => {
  it('take the summary under the headline, skip text above it, and leave an unknown section alone', () => {
    const page = newSeedPage('p.md', '', 0);
    const lines = ['Stray text', '# A &amp; headline', 'Its summary.', '## Notes', 'A note.'];
    lines.forEach((line, i) => LINE_READERS.some((read) => read(page, line, i + 1)));
    expect(page.headline).toBe('A & headline');
    expect(page.summary).toEqual(['Its summary.']);
    expect(page.section).toBe('other');
    expect(page.out.problems.map((p) => [p.line, p.message])).toEqual([[1, 'text before the headline; skipped'], [4, 'unknown section "## Notes"; skipped']]);
  });
});

describe('seed page 000', () => {
  const p = page('000');
  it('reads the own event field by field', () => {
    const own = p.sightings[0];
    expect(own.date).toBe('2017-01-30');
    expect(own.headline).toBe("Russian military intervention: The Russian Defence Ministry says six Russian bombers hit ISIL positions in Syria's Deir ez-Zor Governorate.");
    expect(own.summary).toBeUndefined();
    expect(own.sources).toEqual([{ name: 'Reuters', url: 'http://www.reuters.com/article/us-mideast-crisis-syria-russia-bombers-idUSKBN15E1KN' }]);
    expect(own.entities.sort()).toEqual(['Deir ez-Zor Governorate', 'Islamic State of Iraq and the Levant', 'Ministry of Defence', 'Russian military intervention', 'Syria']);
    expect(p.problems).toEqual([]);
  });
  it('reads ten related items with their dates and contexts', () => {
    expect(p.sightings).toHaveLength(11);
    expect(p.links).toHaveLength(10);
    const r1 = p.sightings[1];
    expect(r1.date).toBe('2015-12-08');
    expect(r1.entities).toEqual(['Islamic State of Iraq and the Levant', 'Ministry of Defence', 'Russian military intervention', 'Syria']);
    expect(p.sightings[10].date).toBe('2017-06-16');
    expect(p.sightings[10].entities).toEqual(['Islamic State of Iraq and the Levant', 'Ministry of Defence']);
  });
});

describe('seed page 001', () => {
  const p = page('001');
  it('decodes HTML entities in the summary', () => {
    expect(p.sightings[0].summary).toBe('Russian president talks of desire for "international coalition" to fight terrorism and extremism and does not rule out possibility of direct military intervention in Syria');
    expect(p.sightings[0].date).toBe('2015-09-04');
    expect(p.sightings[0].sources[0].name).toBe('Telegraph');
  });
});

describe('seed page 002', () => {
  const p = page('002');
  it('treats the Cover Image entry as an image, not a source', () => {
    expect(p.sightings[0].sources).toEqual([{ name: 'The Independent', url: 'http://www.independent.co.uk/news/world/middle-east/abu-bakr-al-baghdadi-dead-isis-leader-russia-raqqa-air-strike-killed-syria-islamic-state-chief-a7792801.html' }]);
    expect(p.sightings[0].image).toBe('https://static.independent.co.uk/s3fs-public/thumbnails/image/2016/12/30/23/baghdadi.jpg');
    expect(p.sightings[0].summary).toMatch(/^The Russian defence ministry says it believes/);
    expect(p.sightings).toHaveLength(6);
  });
});

describe('seed page 003', () => {
  const p = page('003');
  it('keeps mangled characters as written and reads every related date', () => {
    expect(p.sightings[0].date).toBe('2016-06-04');
    expect(p.sightings.map((s) => s.date).slice(1)).toEqual(['2017-05-02', '2016-03-17', '2015-11-30', '2015-11-03', '2015-11-18', '2015-10-09', '2015-10-27', '2015-09-27', '2015-09-26', '2015-06-14']);
    expect(p.sightings[4].headline).toContain('group-s reach');
  });
});

describe('the merged seed corpus', () => {
  const { events, problems } = compileSeeds();
  const find = (date: string, start: string) => events.filter((e) => e.date === date && e.text.startsWith(start));
  it('holds exactly 35 distinct events and no problem', () => {
    expect(events).toHaveLength(35);
    expect(new Set(events.map((e) => e.id)).size).toBe(35);
    expect(problems).toEqual([]);
  });
  it('merges the same event under different story prefixes', () => {
    const [e] = find('2015-12-08', 'For the first time, Russia strikes');
    expect(find('2015-12-08', 'For the first time')).toHaveLength(1);
    expect(e.topics).toEqual(['Russian military intervention']);
    expect(e.entities).toEqual(expect.arrayContaining(['Islamic State of Iraq and the Levant', 'Ministry of Defence', 'Russian military intervention', 'Syria', 'Russia', 'Russian Defence Ministry']));
  });
  it("merges seed 002's own event with seed 000's related item 10", () => {
    const all = find('2017-06-16', 'The Russian Ministry of Defence says');
    expect(all).toHaveLength(1);
    const e = all[0];
    expect(e.topics).toEqual(['Russian military intervention in the Syrian Civil War']);
    expect(e.summary).toMatch(/^The Russian defence ministry/);
    expect(e.sources).toHaveLength(1);
    expect(e.related).toHaveLength(6);
  });
  it('splits ": " and ". " prefixes, nested', () => {
    expect(find('2015-09-04', 'Russian President Vladimir Putin confirms')[0].topics).toEqual(["Russia's role in the Syrian Civil War"]);
    expect(find('2016-01-16', 'At least 75 Syrian Army soldiers')[0].topics).toEqual(['Syrian Civil War', '2016 Deir ez-Zor massacre']);
    expect(find('2017-08-13', 'A Syrian Army commando unit')[0].topics).toEqual(['Syrian Civil War', 'Central Syria campaign (July 2017-present)']);
    expect(find('2015-09-27', 'France says')[0].topics).toEqual(['Syrian Civil War', 'Military intervention against ISIL', 'Operation Chammal']);
    expect(find('2016-12-29', 'Russian president Vladimir Putin says a ceasefire')[0].topics).toEqual(['Syrian Civil War']);
    expect(find('2017-05-04', 'A memorandum is signed')[0].topics).toEqual([]);
    expect(find('2015-12-07', "Syria's government says a U.S.-led")[0].topics).toEqual(['Syrian Civil War']);
  });
  it("gives a page's own event the union of its related items' contexts", () => {
    const own = find('2015-09-04', 'Russian President Vladimir Putin confirms')[0];
    expect(own.entities.sort()).toEqual(["Bashar al-Assad", 'Russia', "Russia's role in the Syrian Civil War", 'Syria', 'Syrian Army', 'Syrian Civil War', 'Vladimir Putin']);
    expect(own.related).toHaveLength(10);
  });
  it('folds ISIL into Islamic State of Iraq and the Levant on the events', () => {
    const e = find('2017-09-24', 'A Russian lieutenant general')[0];
    expect(e.entities).toContain('Islamic State of Iraq and the Levant');
    expect(e.entities).not.toContain('ISIL');
  });
  it('keeps ids stable across input order', () => {
    const again = compile(seedFiles().reverse());
    expect(again.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });
});
