import { useEffect, useRef, useState } from 'preact/hooks';
import { mainEntity } from '../../core/library/main-entity';
import type { NewsEvent } from '../../core/types';
import { firstSource, openableSources, openEntityTimeline, openSource } from './actions';
import type { TargetTab } from './target-tab';
import type { FilterState } from './use-filters';
import { useSearch } from './use-search';

/** Results shown at first, and added each time the reader goes past the end. */
const PAGE = 30;
export const optionId = (i: number) => `result-${i}`;

export type ResultState = ReturnType<typeof useResults>;

/**
 * The answer to the question: the results shown (a page more whenever the reader nears the end), the active one
 * (scrolled into view; the search box names it as its aria-activedescendant; a click makes one active), a notice
 * about the last action, and the actions on a result: open a source, or the timeline of its main name in the `target` tab.
 */
export function useResults({ parsed, entity, category, sort }: FilterState, target: TargetTab | undefined) {
  const [limit, setLimit] = useState(PAGE);
  const [active, setActive] = useState(-1);
  /** The source the keyboard picked (Tab) on a result: its place among the result's sources with an address. */
  const [pick, setPick] = useState<{ event: string; index: number }>();
  const [notice, setNotice] = useState<string>();
  const { result, error } = useSearch({ parsed, entity, category, sort, limit });
  const events = result?.events ?? [];
  /** The active result's event: a longer page of results may order the first ones anew (a name's spread over years). */
  const activeEvent = useRef<string>();
  const activeItem = active >= 0 ? events[active] : undefined;
  /** The picked source, while the result it was picked on is the active one; -1 for none. */
  const picked = pick && activeItem?.id === pick.event ? pick.index : -1;
  const activate = (index: number) => {
    activeEvent.current = events[index]?.id;
    setActive(index);
    setPick(undefined);
    setNotice(undefined);
  };

  // A new question starts at the top of a fresh list.
  useEffect(() => {
    setActive(-1);
    setPick(undefined);
    setLimit(PAGE);
    setNotice(undefined);
  }, [parsed.text, parsed.from, parsed.to, entity, category, sort]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // The active result stays the same event when more results come.
  useEffect(() => {
    if (active < 0 || events[active]?.id === activeEvent.current) return;
    const at = events.findIndex((e) => e.id === activeEvent.current);
    if (at >= 0) setActive(at);
  }, [events]);

  const mainOf = (event: NewsEvent) => mainEntity(event, { entity, terms: result?.terms });

  /** The next page of results, when there are more (the "Show more" button, scrolling or moving near the end). */
  const more = () => {
    // Once per page: while the page asked for is on its way, scrolling or moving on asks nothing more.
    if (result && result.total > events.length) setLimit((l) => (l > events.length ? l : l + PAGE));
  };

  const move = (to: number) => {
    if (!events.length) return;
    const next = Math.max(-1, Math.min(events.length - 1, to));
    activate(next);
    if (next >= events.length - 3) more();
  };
  /** A click on a result: it becomes the active one, shown in full with its sources (a second click closes it). */
  const select = (index: number) => activate(active === index ? -1 : index);
  /** Opens one of the active result's sources. */
  const openUrl = (url: string) => target && void openSource(url, target);

  /** Picks the active result's source `to` (-1: none), and says which in the status, for every reader. */
  const pickSource = (to: number) => {
    const list = activeItem ? openableSources(activeItem) : [];
    setPick(activeItem && list[to] ? { event: activeItem.id, index: to } : undefined);
    setNotice(list[to] ? `Source ${to + 1} of ${list.length}: ${list[to].name}. Enter opens it.` : undefined);
  };
  /** The picked source's place among all the active result's sources (-1 for none), for its outline. */
  const pickedAt = picked >= 0 && activeItem ? (openableSources(activeItem)[picked]?.at ?? -1) : -1;
  /** Focus went elsewhere in the popup: Enter no longer opens the picked source, so none is picked. */
  const dropSource = () => picked >= 0 && pickSource(-1);
  /**
   * Tab (or Shift+Tab, `step` -1) goes through the active result's sources before it leaves the box, as the
   * browser's own address bar goes to a suggestion's button: false when there is none to go to, for Tab to move
   * focus on as usual.
   */
  const stepSource = (step: 1 | -1): boolean => {
    const count = activeItem ? openableSources(activeItem).length : 0;
    const to = picked + step;
    if (!count || to < -1 || to >= count || (picked < 0 && step < 0)) {
      dropSource();
      return false;
    }
    pickSource(to);
    return true;
  };

  const open = (index: number) => {
    const event = events[index];
    if (!event || !target) return;
    const pickedUrl = index === active && picked >= 0 ? openableSources(event)[picked]?.url : undefined;
    if (pickedUrl) return void openSource(pickedUrl, target);
    activate(index);
    const url = firstSource(event);
    if (url) void openSource(url, target);
    else setNotice('This event cites no source to open.');
  };
  const timeline = (index: number) => {
    const event = events[index];
    if (!event || !target) return;
    activate(index);
    void openEntityTimeline(mainOf(event), target);
  };

  return { result, error, events, active, activeId: active >= 0 ? optionId(active) : undefined, notice, mainOf, move, more, select, open, openUrl, timeline, stepSource, dropSource, pickedAt };
}
