import type { ArticleStory } from '../../core/article-story';

interface Props {
  story: ArticleStory;
  /** The timeline shows the story's events alone. */
  on: boolean;
  onToggle(): void;
}

const years = (s: ArticleStory) => (s.first.slice(0, 4) === s.last.slice(0, 4) ? s.first.slice(0, 4) : `${s.first.slice(0, 4)}–${s.last.slice(0, 4)}`);

/** The story the article belongs to, as the data heads it, and a switch to its events alone. */
export function StoryBar({ story, on, onToggle }: Props) {
  return (
    <section class="story" aria-label="This article’s story">
      <p>
        <span class="story-label">The story</span> <strong>{story.title}</strong>
        <span class="story-facts" title="Its events that involve this page’s names">
          {' '}· {story.events.toLocaleString('en')} events, {years(story)}
        </span>
      </p>
      <button type="button" class="link" aria-pressed={on} onClick={onToggle}>
        {on ? 'Back to the names' : 'Show its events'}
      </button>
    </section>
  );
}
