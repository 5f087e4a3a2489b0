import type { NewsEvent } from '../../core/types';
import { storyPath } from '../../core/story-path';

/** Splits `text` so that the searched words can be emphasised without injecting HTML. */
function emphasise(text: string, terms: string[]) {
  if (!terms.length) return text;
  const escaped = terms.filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!escaped.length) return text;
  const re = new RegExp(`\\b(${escaped.join('|')})`, 'gi');
  return text.split(re).map((part, i) => (i % 2 ? <mark key={i}>{part}</mark> : part));
}

/** One event: date, story path, headline, entity chips and source links. */
export function EventItem({ event, terms = [], onEntity }: { event: NewsEvent; terms?: string[]; onEntity?: (title: string) => void }) {
  const story = storyPath(event.topics);
  return (
    <article class="event" data-id={event.id}>
      <div class="event-meta">
        <time dateTime={event.date}>{event.date}</time>
        {story.text && <span class="event-story" title={story.title}>{story.text}</span>}
      </div>
      <p class="event-text">{emphasise(event.text, terms)}</p>
      <div class="event-foot">
        {event.entities.slice(0, 6).map((t) => (
          <button type="button" class="chip" key={t} onClick={() => onEntity?.(t)}>{t}</button>
        ))}
        {event.sources.slice(0, 3).map((s) => (s.url ? (
          <a class="source" key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">{s.name}</a>
        ) : (
          <span class="source" key={s.name}>{s.name}</span>
        )))}
      </div>
    </article>
  );
}
