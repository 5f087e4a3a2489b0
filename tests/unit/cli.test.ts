import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (args: string[], input?: string) => spawnSync('npx', ['tsx', 'scripts/cli.ts', ...args], { input, encoding: 'utf8', timeout: 290_000 });

describe('cli', () => {
  it('corpus PATH prints the normalised corpus and its problems', () => {
    const r = cli(['corpus', 'tests/fixtures/data']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.events).toHaveLength(36);
    expect(Object.keys(out.events[0])).toEqual(['id', 'date', 'topics', 'text', 'summary', 'sources', 'entities', 'related']);
    expect(out.entities[0]).toEqual({ title: expect.any(String), aliases: expect.any(Array), events: expect.any(Number) });
    expect(out.problems).toEqual([]);
  });
  it('match --lines prints one JSON array per input line', { timeout: 300_000 }, () => {
    const r = cli(['match', '--lines'], "Vladimir Putin in Syria\nnothing here\nISIL's fighters\n");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      [{ start: 0, end: 14, text: 'Vladimir Putin', title: 'Vladimir Putin' }, { start: 18, end: 23, text: 'Syria', title: 'Syria' }],
      [],
      [{ start: 0, end: 4, text: 'ISIL', title: 'Islamic State of Iraq and the Levant' }],
    ]);
  });
  it('search --lines answers one query a line in the popup\'s syntax, filters included', { timeout: 300_000 }, () => {
    const r = cli(['search', '--lines', '--limit', '3'], 'taliban year:2021\nzelensky to:2021-06\n\ncovid from:2021-99\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveLength(3);
    expect(lines[0].every((e: { date: string }) => e.date.startsWith('2021'))).toBe(true);
    expect(Object.keys(lines[0][0])).toEqual(['id', 'date', 'text', 'stories', 'entities']);
    expect(lines[1].length).toBeGreaterThan(0);
    expect(lines[1].every((e: { date: string; entities: string[] }) => e.date <= '2021-06-30')).toBe(true);
    expect(lines[2]).toEqual([]);
    expect(r.stderr).toMatch(/“from:2021-99” is not a date/);
  });
  it('says what is wrong with a bad call', () => {
    const r = cli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(cli(['search', '--limit', 'lots', 'nato']).stderr).toMatch(/--limit needs a number/);
  });
});
