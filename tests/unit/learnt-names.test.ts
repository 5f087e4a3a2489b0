import { describe, expect, it } from 'vitest';
import { compile } from '../../core/build/compile';
import { dayRecord as day, linkedRecord as linked } from './helpers';
import { candidatesIn } from '../../core/build/learnt-names';


const corpus = [
  linked('2021-01-02-000', '2021-01-02', 'Kenya holds an election in Nairobi.', [['Kenya', 'Kenya'], ['Nairobi', 'Nairobi']]),
  linked('2021-01-03-000', '2021-01-03', 'The president of Kenya says the vote was fair.', [['Kenya', 'Kenya']]),
  day('2013-03-09-y001', '2013-03-09', 'Kenyan Deputy President William Ruto is sworn in.'),
  day('2013-04-10-y001', '2013-04-10', 'William Ruto goes on trial at the court in The Hague.'),
  day('2016-04-05-y001', '2016-04-05', "The court drops the case against William Ruto's co-accused."),
  day('2022-09-13-y001', '2022-09-13', 'William Ruto takes office; Ruto names a cabinet.'),
  day('2022-09-14-y001', '2022-09-14', 'Ruto says the cabinet will meet.'),
  day('2014-05-01-y001', '2014-05-01', 'The Golden Lantern Gala is held in Nairobi.'),
  day('2014-05-02-y001', '2014-05-02', 'A storm hits the coast.'),
  day('2013-04-08-y001', '2013-04-08', 'Former Prime Minister Margaret Thatcher dies in London.'),
  day('2013-04-09-y001', '2013-04-09', 'Tributes are paid to Margaret Thatcher.', ['Death and funeral of Margaret Thatcher']),
  day('2013-04-17-y001', '2013-04-17', 'Margaret Thatcher is buried.', ['Death and funeral of Margaret Thatcher']),
  linked('2021-01-05-000', '2021-01-05', 'Kim Jong-un opens the party congress.', [['Kim Jong-un', 'Kim Jong-un']]),
  day('2017-07-04-y001', '2017-07-04', 'North Korean leader Kim Jong-Un oversees a missile test.'),
  day('2017-09-03-y001', '2017-09-03', 'Leader Kim Jong-Un claims a hydrogen bomb test.'),
].join('\n');

describe('names learnt from the events without links', () => {
  const { events, catalogue } = compile([{ file: 'c.jsonl', text: corpus }]);
  const entitiesOf = (id: string) => events.find((e) => e.id === id)!.entities;

  it('learns a name written after a role word, in several events on several days, and names its events', () => {
    const ruto = catalogue.entities.find((e) => e.title === 'William Ruto')!;
    expect(ruto.aliases.map((a) => [a.text, a.kind])).toEqual([['William Ruto', 'title'], ['Ruto', 'surname']]);
    expect(catalogue.canonical.get('William Ruto')).toBe('William Ruto');
    expect(entitiesOf('2013-03-09-y001')).toContain('William Ruto');
    expect(entitiesOf('2022-09-13-y001')).toEqual(['William Ruto']);
    expect(ruto.events).toHaveLength(4);
    // The surname is weak: alone, it needs the full name in the same event.
    expect(entitiesOf('2022-09-14-y001')).toEqual([]);
  });

  it('learns a name a story title holds whole, and not a piece of a known name', () => {
    expect(catalogue.canonical.get('Margaret Thatcher')).toBe('Margaret Thatcher');
    expect(entitiesOf('2013-04-09-y001')).toEqual(['Death and funeral of Margaret Thatcher', 'Margaret Thatcher']);
    expect(catalogue.entities.some((e) => e.title === 'Margaret Thatcher dies')).toBe(false);
    expect(catalogue.canonical.has('Funeral of Margaret')).toBe(false);
  });

  it('learns no name the catalogue knows in another case or with another dash', () => {
    expect(catalogue.entities.some((e) => e.title === 'Kim Jong-Un')).toBe(false);
  });

  it('leaves a capitalised phrase written once', () => {
    expect(catalogue.entities.some((e) => /Golden Lantern/.test(e.title))).toBe(false);
    expect(entitiesOf('2014-05-01-y001')).toEqual(['Nairobi']);
  });

  it('reads a candidate without its role words, and a run broken at a possessive', () => {
    const common = new Set(['the', 'says']);
    expect(candidatesIn('Kenyan Deputy President William Ruto says', common)).toEqual([{ name: 'William Ruto', role: true, continued: false }]);
    expect(candidatesIn("Kenya's William Ruto", common)).toEqual([{ name: 'William Ruto', role: false, continued: false }]);
    expect(candidatesIn("the al-Aqsa Martyrs' Brigades", common)[0]).toEqual({ name: 'al-Aqsa Martyrs', role: false, continued: true });
    expect(candidatesIn('a United Nations-backed court', common)).toEqual([]);
  });
});
