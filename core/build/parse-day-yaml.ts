import { emptyParsed, type Parsed } from './records';
import { sectionKind } from './day-yaml/sections';
import { readDay, type Day } from './day-yaml/read-day';
import { sectionStories } from './day-yaml/section-stories';
import { kindsOf } from './day-yaml/line-kind';
import { NO_TREE, type StoryTree } from './day-yaml/story-tree';

export { learnStoryTree, NO_TREE, type StoryTree } from './day-yaml/story-tree';
export { readDay, type Day } from './day-yaml/read-day';

/**
 * Parses one portal day file (`YYYY/MM/YYYY-MM-DD.yaml`, shared/corpus/current-events-context/README.md):
 * read the YAML, tell each line a heading or an event, rebuild each event's story chain from the headings
 * before it (with the tree learnt over all days: `learnStoryTree`) and the story it names inline, and number
 * the events in the day.
 */
export function parseDayYaml(file: string, text: string, tree: StoryTree = NO_TREE): Parsed {
  return daySightings(readDay(file, text), tree);
}

/** The events of a day read by `readDay`: ids `${date}-y001`… in the day's order, stable for a given file. */
export function daySightings(day: Day, tree: StoryTree): Parsed {
  const out = emptyParsed();
  out.problems.push(...day.problems);
  const date = day.date;
  if (!date) return out;
  for (const section of day.sections) {
    const { category, story } = sectionKind(section.name);
    const kinds = kindsOf(section.lines);
    const topics = sectionStories(kinds, story ? [story] : [], tree);
    for (const k of kinds) {
      if (k.kind !== 'event') continue;
      const id = `${date}-y${String(out.sightings.length + 1).padStart(3, '0')}`;
      const chain = topics.shift() ?? [];
      // A story the event names inline nests under the headings' chain.
      const all = [...chain, ...k.stories.filter((t) => !chain.includes(t))];
      out.sightings.push({ file: day.file, line: k.line, date, id, topics: all, text: k.text, category, sources: k.sources, entities: [], mentions: [], unlinked: true });
    }
  }
  return out;
}
