import { buildCatalogue, type Catalogue } from './catalogue';
import { buildCorpus } from './build-corpus';
import { addLearntNames } from './learnt-names';
import { nameUnlinkedEvents } from './unlinked-entities';
import { learnStoryTree, readDay } from './parse-day-yaml';
import { isDayYaml, parseSource } from './parse-source';
import type { NewsEvent, Problem, SourceFile } from '../types';

export interface Compiled {
  events: NewsEvent[];
  catalogue: Catalogue;
  problems: Problem[];
}

/** Source texts → merged events with canonical entities, the entity catalogue, and every problem met. */
export function compile(sources: SourceFile[]): Compiled {
  const tree = learnStoryTree(sources.filter((s) => isDayYaml(s.file)).map((s) => readDay(s.file, s.text)));
  const merged = buildCorpus(sources.map((s) => parseSource(s, tree)));
  const catalogue = buildCatalogue(merged);
  addLearntNames(merged.events, catalogue);
  nameUnlinkedEvents(merged.events, catalogue);
  return { events: merged.events, catalogue, problems: merged.problems };
}
