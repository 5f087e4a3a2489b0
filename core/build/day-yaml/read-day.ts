import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { badBytes } from '../records';
import { isoDate, squash } from '../../text';
import type { Problem } from '../../types';

/** One line of a section, squashed, with its line in the file. */
export interface DayLine {
  text: string;
  line: number;
}

/** A day file as read, before lines are told apart: its date, its sections in order, what was wrong. */
export interface Day {
  file: string;
  date?: string;
  sections: Array<{ name: string; line: number; lines: DayLine[] }>;
  problems: Problem[];
}

/** The keys of the other schema's machine-written files (README: "What is not portal text"). */
const OTHER_SCHEMA = ['date', 'dataset', 'events'];

/** Reads a day file's YAML (`Date`, `Intelligence_Payload` of sections); every line number is the file's own. */
export function readDay(file: string, text: string): Day {
  const day: Day = { file, sections: [], problems: [] };
  const problem = (line: number, message: string) => day.problems.push({ file, line, message });
  day.problems.push(...badBytes(file, text));
  if (!text.trim()) return (problem(1, 'empty file: no event in it'), day);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1);
  if (doc.errors.length) {
    const e = doc.errors[0];
    problem(e.linePos?.[0].line ?? 1, `not valid YAML (${squash(e.message.split('\n')[0])}); the file is skipped`);
    return day;
  }
  const root = doc.contents;
  if (!isMap(root)) return (problem(lineOf(root), 'not a portal day: the file is not a map of `Date` and `Intelligence_Payload`'), day);
  const value = (key: string) => root.items.find((p) => isScalar(p.key) && p.key.value === key);
  const payload = value('Intelligence_Payload');
  if (!payload) {
    const keys = root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => OTHER_SCHEMA.includes(k));
    problem(1, keys.length ? `not a portal day: another schema (keys: ${keys.join(', ')}); skipped` : 'not a portal day: no `Intelligence_Payload`; skipped');
    return day;
  }
  day.date = dateOf(file, value('Date'), lineOf, problem);
  if (!day.date) return day;
  if (!isMap(payload.value)) return (problem(lineOf(payload.key as Node), '`Intelligence_Payload` is not a map of sections; skipped'), day);
  readSections(day, payload.value, lineOf, problem);
  return day;
}

type LineOf = (node: Node | null | undefined) => number;
type Report = (line: number, message: string) => void;

/** The `Date`, else the file name's date (reported), else none: the day is skipped. */
function dateOf(file: string, pair: { key: unknown; value: unknown } | undefined, lineOf: LineOf, problem: Report): string | undefined {
  const written = isScalar(pair?.value) ? String(pair.value.value) : undefined;
  const date = written !== undefined ? isoDate(written) : undefined;
  if (date) return date;
  const fromName = /(\d{4}-\d{2}-\d{2})\.ya?ml$/i.exec(file)?.[1];
  const named = fromName && isoDate(fromName);
  const what = pair ? `bad \`Date\` ${JSON.stringify(written ?? null)}` : 'missing `Date`';
  problem(pair ? lineOf(pair.key as Node) : 1, named ? `${what}; the file name's date ${named} is used` : `${what}; the file is skipped`);
  return named;
}

function readSections(day: Day, payload: YAMLMap, lineOf: LineOf, problem: Report) {
  for (const pair of payload.items) {
    const key = pair.key as Node;
    const name = isScalar(key) && key.value != null ? squash(String(key.value)) : '';
    if (!name) {
      problem(lineOf(key), 'a section without a name; skipped');
      continue;
    }
    if (!isSeq(pair.value)) {
      problem(lineOf(key), `section "${name}" is not a list of lines; skipped`);
      continue;
    }
    const lines: DayLine[] = [];
    for (const item of pair.value.items as Node[]) {
      const text = isScalar(item) && typeof item.value === 'string' ? squash(item.value) : undefined;
      if (text) lines.push({ text, line: lineOf(item) });
      else if (text === undefined) problem(lineOf(item), `a line of section "${name}" is not text; skipped`);
    }
    day.sections.push({ name, line: lineOf(key), lines });
  }
}
