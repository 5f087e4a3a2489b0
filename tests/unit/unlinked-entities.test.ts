import { describe, expect, it } from 'vitest';
import { compile } from '../../core/build/compile';
import { dayRecord as day, linkedRecord as linked } from './helpers';


const corpus = [
  linked('2021-01-02-000', '2021-01-02', 'Vladimir Putin meets Bashar al-Assad in Damascus.', [['Vladimir Putin', 'Vladimir Putin'], ['Bashar al-Assad', 'Bashar al-Assad'], ['Damascus', 'Damascus']], [['Syrian civil war', 'Syrian civil war']]),
  linked('2021-01-03-000', '2021-01-03', 'Russian President Vladimir Putin visits Syria.', [['Russian', 'Russia'], ['Vladimir Putin', 'Vladimir Putin'], ['Syria', 'Syria']]),
  linked('2021-01-04-000', '2021-01-04', 'Putin says the war in Syria is over.', [['Putin', 'Vladimir Putin'], ['Syria', 'Syria']]),
  day('2015-09-30-y001', '2015-09-30', 'Russia begins air strikes in Syria at the request of Bashar al-Assad.', ['Syrian civil war']),
  day('2015-10-01-y001', '2015-10-01', 'Putin says the strikes will go on.'),
  day('2015-10-02-y001', '2015-10-02', 'Vladimir Putin says the strikes will go on; Putin is firm.'),
  day('2015-10-03-y001', '2015-10-03', 'A storm hits the coast of a country the catalogue never names.'),
  day('2024-08-07-y001', '2024-08-07', 'Ukrainian forces advance into Kursk Oblast.', ['Russian invasion of Ukraine', '2024 Kursk offensive']),
  day('2024-08-08-y001', '2024-08-08', 'Fighting goes on near Sudzha.', ['2024 Kursk offensive']),
  day('2011-09-06-y001', '2011-09-06', 'The Swiss National Bank sets a minimum exchange rate.', ['Economics']),
  day('2003-03-06-y001', '2003-03-06', 'A cleric is jailed for nine years.', ['In France']),
  day('2011-04-27-y001', '2011-04-27', 'Tornadoes kill hundreds across the South.', ['North American tornado outbreaks']),
  linked('2021-06-14-000', '2021-06-14', 'NATO leaders meet in Brussels.', [['NATO', 'NATO'], ['Brussels', 'Brussels']]),
].join('\n');

describe('the entities of events that came without links', () => {
  const { events, catalogue } = compile([{ file: 'c.jsonl', text: corpus }]);
  const entitiesOf = (id: string) => events.find((e) => e.id === id)!.entities;

  it('are the names the catalogue finds in their sentence and stories, by the page rules', () => {
    expect(entitiesOf('2015-09-30-y001')).toEqual(expect.arrayContaining(['Syrian civil war', 'Syria', 'Bashar al-Assad']));
    // "Putin" alone is a surname, weak: it needs the full name in the same event.
    expect(entitiesOf('2015-10-01-y001')).toEqual([]);
    expect(entitiesOf('2015-10-02-y001')).toEqual(['Vladimir Putin']);
    expect(entitiesOf('2015-10-03-y001')).toEqual([]);
  });

  it('are their story titles too, Wikipedia\'s exact titles, entities of their own when no link names them', () => {
    expect(entitiesOf('2024-08-07-y001')).toEqual(expect.arrayContaining(['Russian invasion of Ukraine', '2024 Kursk offensive']));
    const kursk = catalogue.entities.find((e) => e.title === '2024 Kursk offensive')!;
    expect(kursk.events).toEqual(expect.arrayContaining(['2024-08-07-y001', '2024-08-08-y001']));
    expect(kursk.aliases.map((a) => a.text)).toContain('2024 Kursk offensive');
    // A story a linked event names keeps the linked entity.
    expect(catalogue.canonical.get('Syrian civil war')).toBe('Syrian civil war');
    expect(entitiesOf('2015-09-30-y001').filter((t) => t === 'Syrian civil war')).toHaveLength(1);
  });

  it('are entities whatever the heading, but only a heading that reads as a name is marked on pages', () => {
    const aliasesOf = (title: string) => catalogue.entities.find((e) => e.title === title)!.aliases.map((a) => a.text);
    expect(entitiesOf('2011-09-06-y001')).toContain('Economics');
    expect(aliasesOf('Economics')).toEqual([]);
    expect(aliasesOf('In France')).toEqual([]);
    // A heading gives a title, not an acronym: "NATO" stays the alliance's.
    expect(catalogue.canonical.get('NATO')).toBe('NATO');
    expect(aliasesOf('North American tornado outbreaks')).toEqual(['North American tornado outbreaks']);
  });

  it('are among each entity\'s events, and linked events keep their own', () => {
    const putin = catalogue.entities.find((e) => e.title === 'Vladimir Putin')!;
    expect(putin.events).toHaveLength(4);
    expect(putin.events).toContain('2015-10-02-y001');
    expect(entitiesOf('2021-01-04-000')).toEqual(['Vladimir Putin', 'Syria']);
  });
});
