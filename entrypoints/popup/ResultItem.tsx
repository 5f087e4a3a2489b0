import { webAddress } from './actions';
import { Highlighted } from './Highlighted';
import type { NewsEvent } from '../../core/types';
import { storyPath } from '../../core/story-path';

interface Props {
  event: NewsEvent;
  id: string;
  active: boolean;
  terms: readonly string[];
  /** The entity the timeline key opens, shown on the active result. */
  main?: string;
  /** The source the keyboard picked on this (active) result, by its place among all its sources; -1 for none. */
  picked: number;
  /** A click: the result becomes the active one, in full, with its sources. */
  onSelect(): void;
  onOpenUrl(url: string): void;
  onEntity(title: string): void;
  onTimeline(): void;
}

/**
 * One result, an option of the results listbox: date, story path, headline with the searched words marked,
 * entity chips and its first source; the active one in full with every source. Nothing inside is focusable (focus
 * stays in the search box); the chips, the sources and the timeline label answer clicks, and the keyboard reaches
 * the same actions from the box.
 */
export function ResultItem({ event, id, active, terms, main, picked, onSelect, onOpenUrl, onEntity, onTimeline }: Props) {
  const source = event.sources[0];
  const story = storyPath(event.topics);
  const click = (action: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    action();
  };
  return (
    <li id={id} role="option" aria-selected={active} class={active ? 'event result active' : 'event result'} data-id={event.id} onClick={onSelect}>
      <div class="event-meta">
        <time dateTime={event.date}>{event.date}</time>
        {story.text && <span class="event-story" title={story.title}>{story.text}</span>}
      </div>
      <p class="event-text">
        <Highlighted text={event.text} terms={terms} />
      </p>
      <div class="event-foot">
        {event.entities.slice(0, 4).map((t) => (
          <span class="chip" key={t} title={`Only events about ${t}`} onClick={click(() => onEntity(t))}>
            <Highlighted text={t} terms={terms} />
          </span>
        ))}
        {event.entities.length > 4 && <span class="more">+{event.entities.length - 4}</span>}
        {!active && <span class="source">{source ? source.name : 'no source'}</span>}
        {active && (
          <span class="sources">
            {event.sources.length ? 'Sources: ' : 'No source'}
            {event.sources.map((s, i) => {
              const url = webAddress(s.url);
              return (
                <span key={`${s.name}${i}`}>
                  {i > 0 && ' · '}
                  {url ? <span class={i === picked ? 'source-link picked' : 'source-link'} title={url} onClick={click(() => onOpenUrl(url))}>{s.name}</span> : s.name}
                </span>
              );
            })}
          </span>
        )}
        {active && main && (
          <span class="to-timeline" onClick={click(onTimeline)}>
            Timeline: {main}
          </span>
        )}
      </div>
    </li>
  );
}
