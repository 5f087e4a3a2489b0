/**
 * Each entity's events in the order that defines it, as the hover card and a search for the bare name show them:
 * how much the event is about the entity (its story, its sentence: core/build/event-order.ts), how much it weighs
 * in the news (core/build/event-weight.ts), whether it is the entity's own turning point
 * (core/build/turning-subjects.ts), and whether it opens a burst of the entity's own events after a quiet spell
 * (the coup, then weeks of its news); the best then spread over the entity's years, so one busy year does not fill
 * the card. Judged with `npm run card-eval` (docs/judgements/card-events.md).
 */
import { aboutness, recency } from './event-order';
import { burstOpenings, dayNumber } from '../library/bursts';
import { spreadOverYears } from '../library/library-search';
import { isWordAt } from '../names/matcher';
import { isSentenceSubject } from './sentence-subject';
import { sentenceKey, stripQualifier } from '../text';
import type { NewsEvent } from '../types';

/** What an event's weight in the news (0…255) adds at most. */
const NEWS = 2;
/** What being the subject of the event's sentence adds (core/build/sentence-subject.ts). */
const SUBJECT = 1;
/** What a story about the entity adds ("Annexation of Crimea…", "Enlargement of NATO"), beside its own story. */
const STORY_OF = 0.75;
/** What the entity's own turning point adds. */
const OWN_TURN = 1.5;
/** What opening a full burst of the entity's events adds. */
const BURST = 1;
/** How many of the best are spread over the years; the rest follow in score order. */
const SPREAD_POOL = 60;

export interface DefiningInputs {
  events: readonly NewsEvent[];
  weight: Uint8Array;
  /** 1 + the entity index whose turning point event p tells (0 for none). */
  turn: Uint32Array;
}

/** Entity `e` (titled `title`)'s event positions, best first. */
export function definingOrder(e: number, entity: DefinedEntity, inputs: DefiningInputs, textKeys: readonly string[]): number[] {
  const { title, events: positions } = entity;
  const { events, weight, turn } = inputs;
  if (positions.length < 2) return [...positions];
  const name = stripQualifier(title);
  const names = [name, ...entity.aliases];
  const first = events[0].date;
  const last = events[events.length - 1].date;
  const byDate = Int32Array.from(positions).sort();
  const bursts = burstOpenings(byDate, (p) => dayNumber(events[p].date));
  const score = new Map<number, number>();
  for (const p of positions) {
    const event = events[p];
    let s = aboutness(event, title, textKeys[p]) + recency(event.date, first, last) + (NEWS * weight[p]) / 255;
    if (turn[p] === e + 1) s += OWN_TURN;
    if (isSentenceSubject(event.text, names)) s += SUBJECT;
    if (event.topics.some((t) => t !== title && holdsWords(t, name))) s += STORY_OF;
    s += BURST * (bursts.get(p) ?? 0);
    score.set(p, s);
  }
  const sorted = [...positions].sort((a, b) => score.get(b)! - score.get(a)! || b - a);
  const pool = sorted.slice(0, SPREAD_POOL);
  // The pool's dates by position (a sparse array: spreadOverYears reads dates[p]).
  const dates: string[] = [];
  for (const p of pool) dates[p] = events[p].date;
  const head = spreadOverYears(pool, dates, (p) => score.get(p)!);
  return [...head, ...sorted.slice(SPREAD_POOL)];
}

/** Whether `name` stands in `text` as whole words: no letter or digit touching either end. */
function holdsWords(text: string, name: string): boolean {
  if (!name) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (!isWordAt(text, at - 1) && !isWordAt(text, at + name.length)) return true;
  return false;
}

/** An entity as the package holds it: `events` are positions into `DefiningInputs.events`. */
export interface DefinedEntity {
  title: string;
  aliases: readonly string[];
  events: readonly number[];
}

/** Every entity's events in defining order. */
export function definingOrders(entities: readonly DefinedEntity[], inputs: DefiningInputs): number[][] {
  const textKeys = inputs.events.map((e) => sentenceKey(e.text));
  return entities.map((entity, e) => definingOrder(e, entity, inputs, textKeys));
}
