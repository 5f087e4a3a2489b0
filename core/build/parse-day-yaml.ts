import { emptyParsed, type Parsed } from './records';
import { sectionKind } from './day-yaml/sections';
import { readDay, type Day } from './day-yaml/read-day';
import { namesOf, sharesAName } from './day-yaml/same-story';
import { chainAfter, kindsOf, NO_TREE, type StoryTree } from './day-yaml/story-tree';

export { learnStoryTree, NO_TREE, type StoryTree } from './day-yaml/story-tree';
export { readDay, type Day } from './day-yaml/read-day';

/**
 * Parses one portal day file (`YYYY/MM/YYYY-MM-DD.yaml`, shared/corpus/current-events-context/README.md):
 * read the YAML, tell each line a heading or an event, rebuild each event's story chain from the headings
 * before it (with the tree learnt over all days: `learnStoryTree`), and number the events in the day.
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
    const base = story ? [story] : [];
    let chain = base;
    let afterHeading = !!story;
    let names = new Set<string>();
    for (const k of kindsOf(section.lines)) {
      if (k.kind === 'heading') {
        chain = chainAfter(chain, k.titles, afterHeading, base, tree);
        afterHeading = true;
        names = new Set(chain.flatMap(namesOf));
        continue;
      }
      // The first event under a heading is the heading's; a later one only while it names something of the chain
      // or of the events already under it.
      if (!afterHeading && chain.length > base.length && !sharesAName(k.text, names)) chain = base;
      for (const n of namesOf(k.text)) names.add(n);
      afterHeading = false;
      const id = `${date}-y${String(out.sightings.length + 1).padStart(3, '0')}`;
      out.sightings.push({ file: day.file, line: k.line, date, id, topics: chain, text: k.text, category, sources: k.sources, entities: [], mentions: [] });
    }
  }
  return out;
}
