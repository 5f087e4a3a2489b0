/**
 * How well the portal day files' story chains are rebuilt: for the YAML events of April 2020 – June 2022 whose
 * text is a JSONL event's of the same date, how often the innermost story agrees with the JSONL's true chain.
 *   story-chains [YAML_FOLDER] [JSONL]
 */
import { readFileSync } from 'node:fs';
import { daySightings, learnStoryTree, NO_TREE, readDay, type StoryTree } from '../core/build/parse-day-yaml';
import { readSources } from './read-sources';

const [folder = '/work/shared/corpus/current-events-context', jsonl = '/work/shared/corpus/current-events-2020-2022.jsonl'] = process.argv.slice(2);
const FIRST = '2020-04-01';
const LAST = '2022-06-30';

/** Whitespace and a trailing full stop vary between the two; sources are already off both texts. */
const key = (date: string, text: string) => `${date} ${text.replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '')}`;

/**
 * Articles were renamed between the two snapshots: the JSONL keeps the names of 2020–22 ("2020 coronavirus pandemic
 * in Italy"), the YAML today's ("COVID-19 pandemic in Italy"). Names are compared without years, qualifiers, case
 * and that one rename.
 */
const sameName = (name: string) => name.toLowerCase().replace(/\([^)]*\)/g, '').replace(/\b(19|20)\d\d(–(19|20)?\d\d)?\b/g, '')
  .replace(/coronavirus|covid-19/g, 'covid').replace(/\bthe\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A JSONL event's chain: each story's text, and the innermost story's names (its text's titles and its links'). */
interface Truth { chain: string[]; innermost: Set<string>; whole: string }
const truth = new Map<string, Truth>();
for (const raw of readFileSync(jsonl, 'utf8').split('\n')) {
  if (!raw.trim()) continue;
  const r = JSON.parse(raw) as { date: string; text: string; stories?: Array<{ text: string; links?: Array<{ title: string }> }> };
  const last = r.stories?.at(-1);
  const names = last ? [...last.text.split(', '), ...(last.links ?? []).map((l) => l.title)] : [];
  const chain = (r.stories ?? []).map((s) => s.text);
  truth.set(key(r.date, r.text), { chain, innermost: new Set(names.map(sameName)), whole: chain.flatMap((t) => t.split(', ')).map(sameName).join(' > ') });
}

const days = readSources([folder]).sources.map((s) => readDay(s.file, s.text));
const inSpan = days.filter((d) => d.date && d.date >= FIRST && d.date <= LAST);

function measure(name: string, tree: StoryTree) {
  let matched = 0, agree = 0, whole = 0, withStory = 0, agreeWithStory = 0, yamlEvents = 0;
  const misses: string[] = [];
  for (const day of inSpan) {
    for (const s of daySightings(day, tree).sightings) {
      yamlEvents++;
      const t = truth.get(key(s.date, s.text ?? ''));
      if (!t) continue;
      matched++;
      const got = s.topics?.at(-1);
      const same = got ? t.innermost.has(sameName(got)) : !t.chain.length;
      if (same) agree++;
      if (t.whole === (s.topics ?? []).map(sameName).join(' > ')) whole++;
      else if (misses.length < 12 && Math.random() < 0.02) misses.push(`  ${s.file}:${s.line}\n    true:  ${t.chain.join(' > ') || '(none)'}\n    built: ${s.topics?.join(' > ') || '(none)'}`);
      if (t.chain.length) {
        withStory++;
        if (same) agreeWithStory++;
      }
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`${name}: ${yamlEvents} YAML events in the span, ${matched} of the JSONL's ${truth.size} matched; innermost story agrees for ${agree} (${pct(agree, matched)}); where the JSONL has a story: ${agreeWithStory} of ${withStory} (${pct(agreeWithStory, withStory)}); the whole chain agrees for ${whole} (${pct(whole, matched)})`);
  console.log(`some disagreements:\n${misses.join('\n')}`);
}

measure('with the learnt story tree', learnStoryTree(days));
measure('without it (no parents known: a heading after an event starts a new chain; no word is common)', NO_TREE);
