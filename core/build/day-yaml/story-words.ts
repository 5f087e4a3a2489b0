import { foldText } from '../../text';

/**
 * The words by which an event is told to still belong to the stories before it (the flattened list does not
 * say where a story's events end): an event sharing none with the chain's titles nor with the events already
 * under them is most often a story-less one of its own (the portal's top-level bullets). Measured by
 * scripts/story-chains.ts.
 */
const STOP = new Set(('that this with from have their after were which been will said says also into over about against '
  + 'more than other when while where they them there first second three people years year since during under between '
  + 'amid including following would could being announces announced reports reported officials government president').split(' '));

/** The words of a text, by their first five letters ("Libya", "Libyan" → "libya"), without `common` ones. */
export function namesOf(text: string, common: ReadonlySet<string> = new Set()): string[] {
  return (foldText(text).toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]{3,}/gu) ?? [])
    .filter((w) => !STOP.has(w))
    .map((w) => w.slice(0, 5))
    .filter((w) => !common.has(w));
}
