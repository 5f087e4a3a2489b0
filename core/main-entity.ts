import type { NewsEvent } from './types';
import { searchWords } from './vocabulary';

/**
 * The entity a result's timeline should open on: the entity the list is narrowed to, else the first of the
 * event's entities whose name contains a searched word, else its first entity that is not one of its story
 * names (the story is context, not the subject), else its first entity.
 */
export function mainEntity(event: NewsEvent, options: { entity?: string; terms?: readonly string[] } = {}): string | undefined {
  if (options.entity && event.entities.includes(options.entity)) return options.entity;
  const terms = new Set(options.terms ?? []);
  if (terms.size) {
    const named = event.entities.find((title) => searchWords(title).some((w) => terms.has(w)));
    if (named) return named;
  }
  const stories = new Set(event.topics.flatMap((t) => t.split(/\s*;\s*/)));
  return event.entities.find((title) => !stories.has(title)) ?? event.entities[0];
}
