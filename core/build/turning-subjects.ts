/**
 * Whose turning point an event tells: the entity named just before its turning-point word ("Hosni Mubarak resigns",
 * "Angela Merkel is elected", "Incumbent Vladimir Putin wins"). A name's own turning points are what define it: on
 * the search set's names, 24% of their judged defining events have the name just before such a word, against 4% of
 * their other events (docs/judgements/search-queries.md).
 */
import { stripQualifier } from '../text';
import type { NewsEvent } from '../types';
import { TURNING_POINT } from './event-weight';

/** At most this many characters between the end of the name and the word ("Putin signs the legislation completing the annexation"). */
const GAP = 40;
/** Shorter names are too easily part of other words. */
const MIN_NAME = 3;

/**
 * Words between a name and the turning-point word that make the turning point someone else's or not yet one: a
 * comma (an apposition: "Andrew Sabisky, an advisor to Boris Johnson, resigns"), a possessive ("Boris Johnson's
 * younger brother resigns"), a report or a clause of its own ("NATO says one soldier died", "the man who…").
 */
const OTHERS_TURN = /[,;:]|['’]s\b|\b(says?|said|announces?|reports?|claims?|confirms?|that|who|which|whose|after|calls?|calling|urges?|asks?|demands?)\b/i;
/** Words just before the turning-point word that make it a wish, a threat or a refusal ("ready to resign", "calls for his resignation"). */
const NOT_YET = /\b(to|for|not|never|no)\s+$/i;

/** Whether the name ending at `nameEnd` tells its own turning point at `turnAt`. */
function tellsOwn(text: string, nameEnd: number, turnAt: number): boolean {
  // "Taliban-appointed governor": the name is a word of another name.
  if (/[-‐–]/.test(text.charAt(nameEnd))) return false;
  return !OTHERS_TURN.test(text.slice(nameEnd, turnAt)) && !NOT_YET.test(text.slice(Math.max(0, turnAt - 12), turnAt));
}

/**
 * For each event, 1 + the index (in `titles`) of the entity whose name ends closest before its first turning-point
 * word, within `GAP` characters; 0 for none. `namesOf(title)` gives the names an entity is written by.
 */
export function turningSubjects(events: readonly NewsEvent[], entityIndex: ReadonlyMap<string, number>, namesOf: (title: string) => readonly string[]): Uint32Array {
  return Uint32Array.from(events, (e) => {
    const turn = TURNING_POINT.exec(e.text);
    if (!turn) return 0;
    let best = 0;
    let closest = GAP + 1;
    for (const title of e.entities) {
      const id = entityIndex.get(title);
      if (id === undefined) continue;
      for (const name of [stripQualifier(title), ...namesOf(title)]) {
        if (name.length < MIN_NAME) continue;
        const at = e.text.lastIndexOf(name, turn.index - name.length);
        const gap = turn.index - (at + name.length);
        if (at >= 0 && gap >= 0 && gap < closest) [best, closest] = [id + 1, gap];
      }
    }
    return best && tellsOwn(e.text, turn.index - closest, turn.index) ? best : 0;
  });
}
