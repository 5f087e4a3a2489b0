import { buildCatalogue, type Catalogue } from './catalogue';
import { buildCorpus } from './build-corpus';
import { addLearntNames } from './learnt-names';
import { nameUnlinkedEvents } from './unlinked-entities';
import { daySightings, learnStoryTree, readDay } from './parse-day-yaml';
import { isDayYaml, parseSource } from './parse-source';
import type { NewsEvent, Problem, SourceFile } from '../types';

export interface Compiled {
  events: NewsEvent[];
  catalogue: Catalogue;
  problems: Problem[];
}

/** Source texts → merged events with canonical entities, the entity catalogue, and every problem met. */
export function compile(sources: SourceFile[]): Compiled {
  // A day file's YAML is read once: it serves the story tree learnt over all days, then that day's events.
  const days = new Map(sources.filter((s) => isDayYaml(s.file)).map((s) => [s, readDay(s.file, s.text)]));
  const tree = learnStoryTree([...days.values()]);
  const merged = buildCorpus(sources.map((s) => {
    const day = days.get(s);
    return day ? daySightings(day, tree) : parseSource(s);
  }));
  const catalogue = buildCatalogue(merged);
  addLearntNames(merged.events, catalogue);
  nameUnlinkedEvents(merged.events, catalogue);
  return { events: merged.events, catalogue, problems: merged.problems };
}
