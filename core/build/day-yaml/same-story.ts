import { foldText } from '../../text';

/**
 * Whether an event that follows an event still belongs to the stories before it. The flattened list does not
 * say where a story's events end; an event that shares no word with the chain's titles nor with the events
 * already under them is most often a story-less one of its own (the portal's top-level bullets).
 * Measured by scripts/story-chains.ts.
 */
const STOP = new Set('that this with from have their after were which been will said says also into over about against '
  .concat('more than other when while where they them there first second three people years year since during under between ')
  .concat('amid including following would could being announces announced reports reported officials government president ')
  .split(' '));

/** The names a text holds, by their first five letters ("Libya", "Libyan" → "libya"). */
export function namesOf(text: string): string[] {
  return (foldText(text).toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]{3,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));
}

export function sharesAName(text: string, seen: ReadonlySet<string>): boolean {
  return namesOf(text).some((n) => seen.has(n));
}
