import { useMemo, useState } from 'preact/hooks';
import { Credit } from '../../components/Credit';
import { articleStory } from '../../core/article-story';
import { EntityList } from './EntityList';
import { panelStatus } from './panel-status';
import { PanelHead } from './PanelHead';
import { StoryBar } from './StoryBar';
import { saveTimeline, type Format } from './save-timeline';
import { Timeline } from './Timeline';
import { useMeta } from './use-meta';
import { useNames } from './use-names';
import { usePage } from './use-page';
import { useTabChange } from './use-tab-change';
import { useTimeline } from './use-timeline';
import { useTimelineKeys } from './use-timeline-keys';

const params = new URLSearchParams(location.search);
const NO_NAMES: ReadonlySet<string> = new Set();
const pinnedTab = params.get('tab') === null ? undefined : Number(params.get('tab'));

/**
 * The side panel: the names on the followed tab's page and the merged timeline of their events, with a density
 * chart to pick a period, zoom levels, the article's publication date, and exports.
 */
export function App() {
  const { tabId, page } = usePage(pinnedTab);
  const meta = useMeta();
  const published = page.state === 'ready' ? (page.published ?? undefined) : undefined;
  const names = useNames(page, params.get('entity') ?? '', meta);
  const story = useMemo(() => articleStory(names.events ?? [], names.weights, published?.date), [names.events, names.weights, published?.date]);
  const [storyOn, setStoryOn] = useState(false);
  const storyEvents = useMemo(() => (storyOn && story ? (names.events ?? []).filter((e) => e.topics.includes(story.title)) : undefined), [storyOn, story, names.events]);
  const timeline = useTimeline(storyEvents ?? names.events, storyEvents ? NO_NAMES : names.selected, published?.date, meta);
  useTimelineKeys(timeline);
  // Another tab is another page: start over (a lookup belongs to the tab it was made on).
  useTabChange(tabId, () => {
    setStoryOn(false);
    names.reset();
    timeline.reset();
  });

  const status = panelStatus(page, { names: names.titles.length, events: names.events, shown: timeline.shown.length, span: timeline.span });
  const save = (format: Format) =>
    saveTimeline(format, { events: timeline.shown, order: timeline.order, span: timeline.span, names: names.inView(), published: published?.date });

  return (
    <main class="panel">
      <PanelHead status={status} note={names.note} published={published} />
      {story && <StoryBar story={story} on={storyOn} onToggle={() => setStoryOn(!storyOn)} />}
      {names.listed.length > 0 && <EntityList entities={names.listed} selected={names.selected} auto={names.auto} onToggle={names.toggle} onAll={names.showAll} />}
      {timeline.hasEvents && <Timeline timeline={timeline} published={published?.date} onEntity={names.focus} onSave={save} />}
      <Credit meta={meta} />
    </main>
  );
}
