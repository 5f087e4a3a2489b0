import { describe, expect, it } from 'vitest';
import { namesSite, siteLabel, withoutSiteName } from '../../core/names/site-name';

describe('the site’s own name (core/names/site-name.ts)', () => {
  it('reads the label a site is named by from its host', () => {
    expect(siteLabel('www.bbc.co.uk')).toBe('bbc');
    expect(siteLabel('edition.cnn.com')).toBe('cnn');
    expect(siteLabel('www.abc.net.au')).toBe('abc');
    expect(siteLabel('www.washingtonpost.com')).toBe('washingtonpost');
    expect(siteLabel('en.wikipedia.org')).toBe('wikipedia');
    expect(namesSite('Al-Monitor', siteLabel('www.al-monitor.com'))).toBe(true);
    expect(siteLabel('vox.com')).toBe('vox');
    expect(siteLabel('www.al-monitor.com')).toBe('almonitor');
    expect(siteLabel('news.google.com')).toBe(''); // a part of a site with a name of its own
    expect(siteLabel('127.0.0.1')).toBe('');
    expect(siteLabel('localhost')).toBe('');
  });
  it('knows the site’s name as pages write it, with or without “the”', () => {
    expect(namesSite('BBC', 'bbc')).toBe(true);
    expect(namesSite('The Washington Post', 'washingtonpost')).toBe(true);
    expect(namesSite('The Atlantic', 'theatlantic')).toBe(true);
    expect(namesSite('Al Jazeera', 'aljazeera')).toBe(true);
    expect(namesSite('BBC News', 'bbc')).toBe(false);
    expect(namesSite('Kenya', 'bbc')).toBe(false);
    expect(namesSite('BBC', '')).toBe(false);
  });
  it('drops only the site’s name from a text’s matches', () => {
    const text = 'BBC: Barack Obama in Kenya';
    const matches = [{ start: 0, end: 3, title: 'BBC' }, { start: 5, end: 17, title: 'Barack Obama' }, { start: 21, end: 26, title: 'Kenya' }];
    expect(withoutSiteName(matches, text, 'bbc').map((m) => m.title)).toEqual(['Barack Obama', 'Kenya']);
    expect(withoutSiteName(matches, text, '')).toBe(matches);
  });
  it('drops a name that is part of the site’s name, and only there', () => {
    const keep = (text: string, name: string, label: string) => {
      const start = text.indexOf(name);
      return withoutSiteName([{ start, end: start + name.length, title: name }], text, label).length === 1;
    };
    expect(keep('Subscribe to India Post today', 'India', 'indiapost')).toBe(false);
    expect(keep('© 2024 New York Post', 'New York', 'nypost')).toBe(false);
    expect(keep('The Times of India reports', 'India', 'timesofindia')).toBe(false);
    expect(keep('Fox News', 'Fox', 'foxnews')).toBe(false);
    expect(keep('India posted growth', 'India', 'indiapost')).toBe(true); // lower case: prose
    expect(keep('India Post', 'India', 'bbc')).toBe(true);
    expect(keep('New York Times', 'New York', 'nypost')).toBe(true);
    expect(keep('U.S. news outlets', 'U.S.', 'usnews')).toBe(true);
    expect(keep('India\nPost', 'India', 'indiapost')).toBe(true); // another line: a menu, not the name
    expect(keep('storms in the Atlantic', 'Atlantic', 'theatlantic')).toBe(true);
    expect(keep('Read The Atlantic today', 'Atlantic', 'theatlantic')).toBe(false);
  });
});
