import { describe, expect, it } from 'vitest';
import { listNames } from '../../core/listed-names';
import { isAfterArticle, normalisePublished } from '../../core/published-date';
import { buildRows, density, gapRuns, inSpan, nextPeriod, overlaps, periodLabel, periodOf, periodsBetween, spanOf, stepZoom, type Row } from '../../core/timeline';
import { csvField, timelineCsv, timelineJson, toCsv } from '../../core/timeline-export';
import type { NewsEvent } from '../../core/types';

const ev = (id: string, date: string, topics: string[] = [], text = `Event ${id}.`): NewsEvent => ({ id, date, topics, text, sources: [], entities: ['X'], related: [] });
const kinds = (rows: Row[]) => rows.map((r) => (r.kind === 'event' ? r.event.id : r.kind === 'period' ? `[${r.period}${r.after ? '+' : ''}${r.collapsed ? ' folded' : ''}]` : r.kind === 'story' ? `<${r.story}>` : r.kind === 'gap' ? `~${r.span.from}…${r.span.to}~` : `|${r.date}|`));

describe('periods', () => {
  it('cuts dates at each zoom level and labels them', () => {
    expect(periodOf('2021-03-04', 'year')).toBe('2021');
    expect(periodOf('2021-03-04', 'month')).toBe('2021-03');
    expect(periodOf('2021-03-04', 'day')).toBe('2021-03-04');
    expect(periodLabel('2021')).toBe('2021');
    expect(periodLabel('2021-03')).toBe('March 2021');
    expect(periodLabel('2021-03-04')).toBe('4 March 2021');
    expect(periodLabel('2021-03', true)).toBe('Mar 2021');
    expect(periodLabel('2021', true)).toBe('2021');
  });

  it('steps through periods across month, year and leap-day boundaries', () => {
    expect(nextPeriod('2021')).toBe('2022');
    expect(nextPeriod('2021-12')).toBe('2022-01');
    expect(nextPeriod('2020-02-28')).toBe('2020-02-29');
    expect(nextPeriod('2021-02-28')).toBe('2021-03-01');
    expect(nextPeriod('2021-12-31')).toBe('2022-01-01');
    expect(periodsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  });

  it('counts events per period with the empty periods between them', () => {
    const events = [ev('a', '2021-01-05'), ev('b', '2021-03-09'), ev('c', '2021-03-10')];
    expect(density(events, 'month')).toEqual([
      { period: '2021-01', count: 1 },
      { period: '2021-02', count: 0 },
      { period: '2021-03', count: 2 },
    ]);
    expect(density(events, 'year')).toEqual([{ period: '2021', count: 3 }]);
    expect(density([], 'day')).toEqual([]);
  });

  it('spans: inclusive at any zoom level, whichever way they were brushed', () => {
    const span = spanOf('2021-06', '2021-03');
    expect(span).toEqual({ from: '2021-03', to: '2021-06' });
    expect(inSpan('2021-03-01', span)).toBe(true);
    expect(inSpan('2021-06-30', span)).toBe(true);
    expect(inSpan('2021-07-01', span)).toBe(false);
    expect(inSpan('2021-02-28', span)).toBe(false);
    expect(inSpan('2021-02-28', undefined)).toBe(true);
    expect(overlaps('2021', span)).toBe(true);
    expect(overlaps('2021-02', span)).toBe(false);
    expect(overlaps('2021-06-15', span)).toBe(true);
    expect(overlaps('2022', span)).toBe(false);
  });

  it('zooms one step at a time and stops at year and day', () => {
    expect(stepZoom('month', 1)).toBe('day');
    expect(stepZoom('day', 1)).toBe('day');
    expect(stepZoom('month', -1)).toBe('year');
    expect(stepZoom('year', -1)).toBe('year');
  });
});

describe('rows', () => {
  const events = [ev('a', '2020-01-02'), ev('b', '2020-01-20'), ev('c', '2021-05-01'), ev('d', '2021-05-03')];

  it('orders newest or oldest first under period headers', () => {
    expect(kinds(buildRows(events, { zoom: 'year', order: 'newest' }))).toEqual(['[2021]', 'd', 'c', '[2020]', 'b', 'a']);
    expect(kinds(buildRows(events, { zoom: 'month', order: 'oldest' }))).toEqual(['[2020-01]', 'a', 'b', '[2021-05]', 'c', 'd']);
  });

  it('splits at the publication date, cutting the period it falls in', () => {
    const rows = buildRows(events, { zoom: 'year', order: 'oldest', published: '2020-01-10' });
    expect(kinds(rows)).toEqual(['[2020]', 'a', '|2020-01-10|', '[2020+]', 'b', '[2021+]', 'c', 'd']);
    const split = rows.find((r) => r.kind === 'published');
    expect(split).toMatchObject({ before: 1, after: 3 });
    expect(rows.filter((r) => r.kind === 'event' && r.after).map((r) => (r as { event: NewsEvent }).event.id)).toEqual(['b', 'c', 'd']);
    expect(kinds(buildRows(events, { zoom: 'year', order: 'newest', published: '2020-01-10' }))).toEqual(['[2021+]', 'd', 'c', '[2020+]', 'b', '|2020-01-10|', '[2020]', 'a']);
  });

  it('puts the split at the edge when every event is on one side of it', () => {
    expect(kinds(buildRows(events, { zoom: 'year', order: 'oldest', published: '2019-05-05' }))[0]).toBe('|2019-05-05|');
    expect(kinds(buildRows(events, { zoom: 'year', order: 'newest', published: '2019-05-05' })).at(-1)).toBe('|2019-05-05|');
    expect(kinds(buildRows(events, { zoom: 'year', order: 'newest', published: '2030-01-01' }))[0]).toBe('|2030-01-01|');
    expect(buildRows(events, { zoom: 'year', order: 'newest' }).some((r) => r.kind === 'published')).toBe(false);
  });

  it('folds dense periods into their biggest stories, except the first until it is toggled', () => {
    const many = Array.from({ length: 5 }, (_, i) => ev(`x${i}`, `2021-0${i + 1}-01`, ['War', 'Siege'])).concat(
      Array.from({ length: 4 }, (_, i) => ev(`y${i}`, `2020-0${i + 1}-01`, ['Election'])),
      [ev('z', '2020-06-01', ['Flood'])],
    );
    const rows = buildRows(many, { zoom: 'year', order: 'newest', dense: 3 });
    expect(kinds(rows)).toEqual(['[2021]', 'x4', 'x3', 'x2', 'x1', 'x0', '[2020 folded]']);
    expect(rows.at(-1)).toMatchObject({ stories: [{ story: 'Election', count: 4 }, { story: 'Flood', count: 1 }] });
    const toggled = new Map([['p:2021', false], ['p:2020', true]]);
    expect(kinds(buildRows(many, { zoom: 'year', order: 'newest', dense: 3, toggled }))).toEqual(['[2021 folded]', '[2020]', 'z', '<Election>', 'y3', 'y2', 'y1', 'y0']);
    // With an article, the period the feed opens on is the one past its date's row: the events just before it.
    expect(kinds(buildRows(many, { zoom: 'year', order: 'newest', dense: 3, published: '2020-12-31' }))).toEqual(['[2021+ folded]', '|2020-12-31|', '[2020]', 'z', '<Election>', 'y3', 'y2', 'y1', 'y0']);
    // Every event after it, newest first: the row comes last, and the period just above it is open.
    expect(kinds(buildRows(many, { zoom: 'year', order: 'newest', dense: 3, published: '2019-01-01' }))).toEqual(['[2021+ folded]', '[2020+]', 'z', '<Election>', 'y3', 'y2', 'y1', 'y0', '|2019-01-01|']);
    // Oldest first: the period right past the row (the first after the article), or the last when the row is last.
    expect(kinds(buildRows(many, { zoom: 'year', order: 'oldest', dense: 3, published: '2020-12-31' })).slice(0, 4)).toEqual(['[2020 folded]', '|2020-12-31|', '[2021+]', 'x0']);
    expect(kinds(buildRows(many, { zoom: 'year', order: 'oldest', dense: 3, published: '2030-01-01' })).slice(0, 3)).toEqual(['[2020 folded]', '[2021]', 'x0']);
    // What the reader opened or closed stays so when the period the feed opens on moves.
    const mine = new Map([['p:2020', true]]);
    expect(kinds(buildRows(many, { zoom: 'year', order: 'oldest', dense: 3, toggled: mine, published: '2030-01-01' })).filter((k) => k.startsWith('['))).toEqual(['[2020]', '[2021]']);
  });

  it('groups by story only where a period holds several stories and a story several events', () => {
    const mixed = [ev('a', '2021-01-01', ['War']), ev('b', '2021-01-02', ['Vote']), ev('c', '2021-01-03', ['War']), ev('d', '2021-01-04')];
    expect(kinds(buildRows(mixed, { zoom: 'month', order: 'oldest' }))).toEqual(['[2021-01]', '<War>', 'a', 'c', 'b', 'd']);
    const single = [ev('a', '2021-01-01', ['War']), ev('c', '2021-01-03', ['War'])];
    expect(kinds(buildRows(single, { zoom: 'month', order: 'oldest' }))).toEqual(['[2021-01]', 'a', 'c']);
  });

  it('gives every row a unique key', () => {
    const rows = buildRows(events, { zoom: 'day', order: 'newest', published: '2021-05-02' });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('exports', () => {
  it('quotes CSV fields with quotes, commas, line breaks or edge spaces, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('')).toBe('');
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('writes the timeline as CSV and JSON, marking events after the article', () => {
    const events = [{ ...ev('a', '2020-01-02', ['War', 'Siege'], 'He said "no", then left.'), sources: [{ name: 'BBC', url: 'https://bbc.example/a' }] }, ev('b', '2021-01-01')];
    const csv = timelineCsv(events, '2020-06-01');
    expect(csv.split('\r\n')[0]).toBe('date,after_article,story,text,entities,sources,id');
    expect(csv).toContain('2020-01-02,no,War › Siege,"He said ""no"", then left.",X,https://bbc.example/a,a\r\n');
    expect(csv).toContain('2021-01-01,yes,,Event b.,X,,b\r\n');
    expect(timelineCsv(events)).toContain('2021-01-01,,,Event b.');
    const json = JSON.parse(timelineJson(events, { page: { published: '2020-06-01' }, filter: { entities: ['X'] } }));
    expect(json.credit).toContain('CC BY-SA');
    expect(json.events.map((e: { id: string; afterArticle: boolean }) => [e.id, e.afterArticle])).toEqual([['a', false], ['b', true]]);
  });
});

describe('publication dates', () => {
  it('reads the day as the page wrote it', () => {
    expect(normalisePublished('2015-07-24T05:36:09+01:00')).toBe('2015-07-24');
    expect(normalisePublished('2017-11-16T14:15+0000')).toBe('2017-11-16');
    expect(normalisePublished('2019-11-20 11:19:29')).toBe('2019-11-20');
    expect(normalisePublished('20191120T1119')).toBe('2019-11-20');
    expect(normalisePublished('November 20, 2019 12:32')).toBe('2019-11-20');
    expect(normalisePublished('Mon, 18 Nov 2019 16:07:38 -060')).toBe('2019-11-18');
    expect(normalisePublished('Sept. 3rd, 2021')).toBe('2021-09-03');
  });

  it('rejects what is not a date', () => {
    expect(normalisePublished('')).toBeUndefined();
    expect(normalisePublished('yesterday')).toBeUndefined();
    expect(normalisePublished('2021-02-30')).toBeUndefined();
    expect(normalisePublished('2021-13-01')).toBeUndefined();
    expect(normalisePublished('Smith 12 2020')).toBeUndefined();
    expect(normalisePublished('1066-10-14')).toBeUndefined();
  });

  it('an event is after the article from the next day on', () => {
    expect(isAfterArticle('2020-01-11', '2020-01-10')).toBe(true);
    expect(isAfterArticle('2020-01-10', '2020-01-10')).toBe(false);
    expect(isAfterArticle('2019-12-31', '2020-01-10')).toBe(false);
  });
});

describe('listed names', () => {
  const about = (id: string, entities: string[]): NewsEvent => ({ ...ev(id, '2021-01-01'), entities });

  it('lists the names looked up first, then the page’s, each with its number of events', () => {
    const events = [about('a', ['Kabul', 'Taliban']), about('b', ['Taliban']), about('c', ['NATO'])];
    const onPage = [{ title: 'Taliban', mentions: 3 }, { title: 'Kabul', mentions: 1 }, { title: 'Herat', mentions: 2 }];
    expect(listNames(events, onPage, ['NATO', 'Kabul'])).toEqual([
      { title: 'NATO', events: 1 },
      { title: 'Taliban', mentions: 3, events: 2 },
      { title: 'Kabul', mentions: 1, events: 1 },
      { title: 'Herat', mentions: 2, events: 0 },
    ]);
  });

  it('lists nothing without names', () => {
    expect(listNames([about('a', ['Kabul'])], [], [])).toEqual([]);
  });
});

describe('stretches with no data', () => {
  const bins = [
    { period: '2021-08', count: 2 },
    { period: '2021-09', count: 0 },
    { period: '2021-10', count: 0, gap: true as const },
    { period: '2021-11', count: 0, gap: true as const },
    { period: '2021-12', count: 0, gap: true as const },
    { period: '2022-01', count: 1 },
    { period: '2022-02', count: 0, gap: true as const },
    { period: '2022-03', count: 1 },
  ];

  it('are runs of gap bins; a quiet bin is none', () => {
    expect(gapRuns(bins)).toEqual([{ from: '2021-10', to: '2021-12' }, { from: '2022-02', to: '2022-02' }]);
    expect(gapRuns(bins.filter((b) => !('gap' in b)))).toEqual([]);
  });

  it('get a row of their own where the feed passes them, in either order', () => {
    const events = [ev('a', '2021-08-03'), ev('b', '2021-09-30'), ev('c', '2022-01-05'), ev('d', '2022-03-01')];
    const gaps = gapRuns(bins);
    expect(kinds(buildRows(events, { zoom: 'month', order: 'oldest', gaps }))).toEqual(['[2021-08]', 'a', '[2021-09]', 'b', '~2021-10…2021-12~', '[2022-01]', 'c', '~2022-02…2022-02~', '[2022-03]', 'd']);
    expect(kinds(buildRows(events, { zoom: 'month', order: 'newest', gaps }))).toEqual(['[2022-03]', 'd', '~2022-02…2022-02~', '[2022-01]', 'c', '~2021-10…2021-12~', '[2021-09]', 'b', '[2021-08]', 'a']);
    // A gap outside the events shown (a picked period) has no row.
    expect(kinds(buildRows(events.slice(0, 2), { zoom: 'month', order: 'oldest', gaps }))).toEqual(['[2021-08]', 'a', '[2021-09]', 'b']);
  });
});

describe('the chart\'s axis and lanes', () => {
  const bins = (periods: string[]) => periods.map((period) => ({ period, count: 1 }));
  it('ticks years over a span of years, months over a short one, at most six, where their period starts', async () => {
    const { axisTicks } = await import('../../core/timeline');
    const years = bins(Array.from({ length: 25 }, (_, i) => String(2002 + i)));
    expect(axisTicks(years).map((t) => t.label)).toEqual(['2005', '2010', '2015', '2020', '2025']);
    expect(axisTicks(years)[0].at).toBeCloseTo(3 / 25);
    const months = bins(['2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02']);
    expect(axisTicks(months).map((t) => t.label)).toEqual(['Apr 2021', 'Jul 2021', 'Oct 2021', '2022']);
    const monthly = bins(Array.from({ length: 60 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`));
    expect(axisTicks(monthly).map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(axisTicks(monthly)[1].at).toBeCloseTo(12 / 60);
    expect(axisTicks(bins(['2021']))).toEqual([]);
    expect(axisTicks(bins(['2021', '2022']))).toEqual([{ at: 0, label: '2021' }, { at: 0.5, label: '2022' }]);
  });
  it('keeps the ticks whose labels fit the axis’s width, hanging the last one left of its mark', async () => {
    const { axisTicks, placeTicks } = await import('../../core/timeline');
    const years = axisTicks(bins(Array.from({ length: 25 }, (_, i) => String(2002 + i))));
    // Wide: every year tick, the last (at 0.98) hung left of its mark.
    const wide = placeTicks(years, 400);
    expect(wide.map((t) => t.label)).toEqual(['2005', '2010', '2015', '2020', '2025']);
    expect(wide.map((t) => t.end)).toEqual([false, false, false, false, true]);
    // Narrow: the hung label would run into 2020's, so it goes; no two kept labels overlap.
    const narrow = placeTicks(years, 296);
    expect(narrow.map((t) => t.label)).toEqual(['2005', '2010', '2015', '2020']);
    // Very narrow: every other one.
    expect(placeTicks(years, 120).map((t) => t.label)).toEqual(['2005', '2015']);
    expect(placeTicks([], 300)).toEqual([]);
  });
  it('counts each name\'s events in the chart\'s bins', async () => {
    const { laneCounts } = await import('../../core/timeline');
    const about = (id: string, date: string, entities: string[]) => ({ ...ev(id, date), entities });
    const events = [about('a', '2020-01-05', ['X']), about('b', '2020-03-01', ['X', 'Y']), about('c', '2021-01-01', ['Y'])];
    expect(laneCounts(events, ['X', 'Y'], bins(['2020', '2021']))).toEqual([{ title: 'X', counts: [2, 0] }, { title: 'Y', counts: [1, 1] }]);
  });
});
