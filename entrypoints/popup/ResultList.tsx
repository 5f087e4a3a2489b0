import { ResultItem } from './ResultItem';
import { optionId, type ResultState } from './use-results';

interface Props {
  results: ResultState;
  onEntity(title: string): void;
  /** The dates asked for lie outside the data (the status says so): no spelling or filter would find more. */
  outside: boolean;
  /** The name the results are narrowed to, and the way to search every event instead. */
  entity?: string;
  onAllEvents(): void;
}

/** How close to the end of the list scrolling brings the next page. */
const NEAR_END_PX = 200;

/** The results listbox (hidden while empty), or the word that nothing matches. */
export function ResultList({ results, onEntity, outside, entity, onAllEvents }: Props) {
  const { result, events, active } = results;
  const left = result ? result.total - events.length : 0;
  // Near the end of the list, the next page comes without a click (the button stays for the keyboard-less).
  const onScroll = (e: Event) => {
    const pane = e.currentTarget as HTMLElement;
    if (left > 0 && pane.scrollTop + pane.clientHeight > pane.scrollHeight - NEAR_END_PX) results.more();
  };
  return (
    <>
      <div class="results" hidden={!events.length} onScroll={onScroll}>
        <ul id="results" role="listbox" aria-label="Events">
          {events.map((e, i) => (
            <ResultItem
              key={e.id}
              id={optionId(i)}
              event={e}
              active={i === active}
              terms={result?.terms ?? []}
              main={i === active ? results.mainOf(e) : undefined}
              picked={i === active ? results.pickedAt : -1}
              onSelect={() => results.select(i)}
              onOpenUrl={results.openUrl}
              onEntity={onEntity}
              onTimeline={() => results.timeline(i)}
            />
          ))}
        </ul>
        {left > 0 && (
          <button type="button" class="show-more" onClick={results.more}>
            Show more ({left.toLocaleString('en')} left)
          </button>
        )}
      </div>
      {result && result.total === 0 && (
        <p class="nothing">
          {outside ? 'Change the dates to search the events Backstory has.' : entity ? `No events about ${entity} match. ` : 'No events match. Check the spelling, or remove a filter.'}
          {!outside && entity && (
            <button type="button" class="link inline" onClick={onAllEvents}>
              Search all events
            </button>
          )}
        </p>
      )}
    </>
  );
}
