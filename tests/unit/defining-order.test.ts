import { describe, expect, it } from 'vitest';
import { definingOrders } from '../../core/build/defining-order';
import { entityDescriptions, roleBefore } from '../../core/build/entity-roles';
import { isSentenceSubject } from '../../core/build/sentence-subject';
import { turningSubjects } from '../../core/build/turning-subjects';
import type { NewsEvent } from '../../core/types';

const event = (id: string, date: string, text: string, entities: string[], topics: string[] = []): NewsEvent => ({
  id,
  date,
  text,
  entities,
  topics,
  sources: [],
  related: [],
});

describe('the subject of an event', () => {
  it('is the name its sentence starts with, after the words that head a name', () => {
    expect(isSentenceSubject('The Taliban enter Kabul and seize the palace.', ['Taliban'])).toBe(true);
    expect(isSentenceSubject('Former President of Egypt Hosni Mubarak is sentenced.', ['Hosni Mubarak'])).toBe(true);
    expect(isSentenceSubject('Voters go to the polls. Ukrainian president Volodymyr Zelenskyy wins.', ['Volodymyr Zelenskyy'])).toBe(true);
  });
  it('is not a name mentioned later, a word of another name, a possessive or a name heading another', () => {
    expect(isSentenceSubject('Ukraine asks to join NATO.', ['NATO'])).toBe(false);
    expect(isSentenceSubject('Taliban-appointed governor killed.', ['Taliban'])).toBe(false);
    expect(isSentenceSubject("Putin's spokesman denies the report.", ['Putin'])).toBe(false);
    expect(isSentenceSubject('Kosovo Prime Minister Avdullah Hoti cancels his trip.', ['Kosovo'])).toBe(false);
  });
});

describe('whose turning point it is', () => {
  const index = new Map([['Boris Johnson', 0], ['Andrew Sabisky', 1], ['NATO', 2], ['Vladimir Putin', 3]]);
  const told = (text: string, entities: string[]) => turningSubjects([event('e', '2020-01-01', text, entities)], index, () => [])[0];
  it('is no one when the words between make it someone else’s or not yet one', () => {
    expect(told('Andrew Sabisky, an advisor to Boris Johnson, resigns.', ['Andrew Sabisky', 'Boris Johnson'])).toBe(0);
    expect(told("Jo Johnson, Boris Johnson's brother, resigns.", ['Boris Johnson'])).toBe(0);
    expect(told('NATO says one soldier died in an attack.', ['NATO'])).toBe(0);
    expect(told('Protesters call on Vladimir Putin to resign.', ['Vladimir Putin'])).toBe(0);
  });
  it('is the name just before the word otherwise', () => {
    expect(told('Boris Johnson resigns as Prime Minister.', ['Boris Johnson'])).toBe(1);
  });
});

describe('the order that defines an entity', () => {
  // One routine event a year, and one turning point the entity is the subject of.
  const events = [
    event('a', '2010-03-01', 'Ministers meet Hosni Mubarak in Cairo to talk about trade.', ['Hosni Mubarak', 'Cairo']),
    event('b', '2011-02-11', 'Hosni Mubarak resigns as President of Egypt.', ['Hosni Mubarak']),
    event('c', '2012-05-01', 'A court hears a case that names Hosni Mubarak among others.', ['Hosni Mubarak']),
    event('d', '2013-05-01', 'Cairo holds a festival; Hosni Mubarak is mentioned.', ['Hosni Mubarak', 'Cairo']),
  ];
  const entities = [
    { title: 'Hosni Mubarak', aliases: ['Mubarak'], events: [3, 2, 0, 1] },
    { title: 'Cairo', aliases: [], events: [3, 0] },
  ];
  const turn = turningSubjects(events, new Map(entities.map((e, i) => [e.title, i])), (t) => entities.find((e) => e.title === t)!.aliases);
  it('puts its own turning point first, whatever the order before', () => {
    const [mubarak] = definingOrders(entities, { events, weight: new Uint8Array(events.length), turn });
    expect(mubarak[0]).toBe(1);
    expect([...mubarak].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('who or what an entity is', () => {
  const before = (text: string, name: string) => roleBefore(text, text.indexOf(name));
  it('reads the role written before a name, and whether it is past', () => {
    expect(before('Russian President Vladimir Putin signs.', 'Vladimir')).toEqual({ role: 'Russian President', past: false });
    expect(before('Former Prime Minister of Italy Silvio Berlusconi dies.', 'Silvio')).toEqual({ role: 'Prime Minister of Italy', past: true });
    expect(before('Police arrest Russian opposition leader Alexei Navalny.', 'Alexei')).toEqual({ role: 'Russian opposition leader', past: false });
    expect(before('Voters elect Vladimir Putin.', 'Vladimir')).toBeUndefined();
    expect(before('Vice President Joe Biden and Senator Kamala Harris speak.', 'Kamala')).toBeUndefined();
  });
  it('says the roles most written, most recent first, with their years', () => {
    const texts: Array<[string, string]> = [
      ['2008-01-01', 'Mayor of London Boris Johnson opens a bridge.'],
      ['2009-01-01', 'Mayor of London Boris Johnson speaks.'],
      ['2019-07-24', 'British Prime Minister Boris Johnson takes office.'],
      ['2020-01-01', 'British Prime Minister Boris Johnson speaks.'],
      ['2021-01-01', 'Prime Minister Boris Johnson speaks.'],
    ];
    const events = texts.map(([date, text], i) => event(String(i), date, text, ['Boris Johnson']));
    const [line] = entityDescriptions(events, [{ title: 'Boris Johnson', aliases: [], events: [0, 1, 2, 3, 4] }]);
    expect(line).toBe('British Prime Minister (2019–) · Mayor of London (2008–2009)');
  });
  it('names the stories it is most in when the news gives it no role', () => {
    const events = [1, 2, 3].map((d) => event(String(d), `2021-08-0${d}`, 'The Taliban take a town.', ['Taliban'], ['War in Afghanistan (2001–2021)']));
    expect(entityDescriptions(events, [{ title: 'Taliban', aliases: [], events: [0, 1, 2] }])).toEqual(['Most often in: War in Afghanistan']);
  });
});
