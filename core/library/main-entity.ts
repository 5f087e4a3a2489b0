import type { NewsEvent } from '../types';
import { searchWords } from './vocabulary';

/**
 * The entity a result's timeline should open on: the entity the list is narrowed to; else the event's entity
 * naming the most searched words, and of those the one with the fewest other words ("Taliban" rather than
 * "2021 Taliban offensive" for "taliban");
 * else its first entity that is not one of its story names (the story is context, not the subject); else its
 * first entity.
 */
export function mainEntity(event: NewsEvent, options: { entity?: string; terms?: readonly string[] } = {}): string | undefined {
  if (options.entity && event.entities.includes(options.entity)) return options.entity;
  const terms = new Set(options.terms ?? []);
  let best: string | undefined;
  let bestScore = 0;
  for (const title of terms.size ? event.entities : []) {
    const words = searchWords(title);
    const matched = words.filter((w) => terms.has(w)).length;
    // More searched words first; among equals, the name with the fewest other words.
    const score = matched ? matched + matched / words.length / 2 : 0;
    if (score > bestScore) [best, bestScore] = [title, score];
  }
  if (best) return best;
  const stories = new Set(event.topics.flatMap((t) => t.split(/\s*;\s*/)));
  return event.entities.find((title) => !stories.has(title)) ?? event.entities[0];
}
