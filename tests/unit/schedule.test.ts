import { describe, expect, it } from 'vitest';
import { isScheduleDay } from '../../core/names/schedule';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isScheduleDay(text, { start, end: start + name.length, title: name });
};

describe('weekdays in schedules (core/names/schedule.ts)', () => {
  it('takes a day’s abbreviation beside another day or a time for a day', () => {
    for (const [text, name] of [['Sun-Thurs 16:00 GMT', 'Sun'], ['Mon – Sun', 'Sun'], ['Sat & Sun 10am', 'Sun'], ['Sun 11am', 'Sun'], ['Sun. 9:30', 'Sun'], ['Fri, Sat', 'Sat'], ['SAT-SUN 9AM', 'SUN'], ['Sun 7 pm', 'Sun']]) {
      expect(at(text, name), text).toBe(true);
    }
  });
  it('leaves the Sun, and a day’s abbreviation used as a name, alone', () => {
    for (const [text, name] of [['The Sun rose over Kabul', 'Sun'], ['Sun Yat-sen', 'Sun'], ['orbits the Sun, 150 million km away', 'Sun'], ['The Sun - a British tabloid', 'Sun'],
      ['the Sun, Saturn and Jupiter', 'Sun'], ['the Sun, satellites', 'Sun'], ['(The Sun, Thursday)', 'Sun'], ['the Sun 4 times', 'Sun']]) {
      expect(at(text, name), text).toBe(false);
    }
  });
});
