import { ResultItem } from './ResultItem';
import { optionId, type ResultState } from './use-results';

interface Props {
  results: ResultState;
  onEntity(title: string): void;
  /** The dates asked for lie outside the data (the status says so): no spelling or filter would find more. */
  outside: boolean;
}

/** The results listbox (hidden while empty), or the word that nothing matches. */
export function ResultList({ results, onEntity, outside }: Props) {
  const { result, events, active } = results;
  return (
    <>
      <ul id="results" role="listbox" aria-label="Events" class="results" hidden={!events.length}>
        {events.map((e, i) => (
          <ResultItem
            key={e.id}
            id={optionId(i)}
            event={e}
            active={i === active}
            terms={result?.terms ?? []}
            main={i === active ? results.mainOf(e) : undefined}
            onOpen={() => results.open(i)}
            onEntity={onEntity}
            onTimeline={() => results.timeline(i)}
          />
        ))}
      </ul>
      {result && result.total === 0 && (
        <p class="nothing">{outside ? 'Change the dates to search the events Backstory has.' : 'No events match. Check the spelling, or remove a filter.'}</p>
      )}
    </>
  );
}
