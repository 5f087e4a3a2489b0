import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { EventItem } from './EventItem';
import { VirtualList, type VirtualListHandle } from './VirtualList';
import { periodLabel, spanLabel, type Row } from '../../core/timeline';

interface TimelineFeedProps {
  rows: Row[];
  /** Opens (true) or folds a period. */
  onToggle(key: string, open: boolean): void;
  /** What the feed shows (order, zoom, period picked): a new view opens at the article's date again. */
  view: string;
  /** The reader picked a period: its view opens at its top, not at the article's date. */
  fromTop: boolean;
  onEntity(title: string): void;
  /** Published date as the page states it, for the split's wording. */
  published?: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

const estimate = (row: Row) => (row.kind === 'event' ? 96 : row.kind === 'period' ? (row.collapsed ? 64 : 34) : row.kind === 'published' ? 44 : 26);

function PeriodRow({ row, onToggle, badge }: { row: Extract<Row, { kind: 'period' }>; onToggle(): void; badge: boolean }) {
  const dense = row.collapsed || row.count > 12;
  return (
    <div class={`period${row.after ? ' after' : ''}`}>
      <h3>
        {periodLabel(row.period)}
        {row.after && badge && <span class="badge">after this article</span>}
        <span class="period-count">{plural(row.count, 'event')}</span>
        {dense && (
          <button type="button" class="link" tabIndex={-1} aria-expanded={!row.collapsed} onClick={onToggle}>
            {row.collapsed ? 'Show' : 'Hide'}
          </button>
        )}
      </h3>
      {row.collapsed && row.stories.length > 0 && (
        <p class="period-stories">
          {row.stories.map((s) => `${s.story} (${s.count})`).join(' · ')}
        </p>
      )}
    </div>
  );
}

/**
 * The timeline as a feed of rows (period headers, story headers, events, the publication split), windowed.
 * Arrows move through rows, Home/End jump, Enter or Space opens and closes a dense period.
 */
export function TimelineFeed({ rows, onToggle, onEntity, published, view, fromTop }: TimelineFeedProps) {
  const handle = useRef<VirtualListHandle>(null);
  const [active, setActive] = useState(0);
  const focusing = useRef(false);
  const index = Math.min(active, rows.length - 1);

  // A new view (order, zoom, names) opens at the article's date, its row at the top and the events just before it
  // below; a picked period, or a feed without the row, at the top. The keyboard starts there. Other names are a new
  // view too: their feed kept at the old one's scroll offset showed whatever period fell there (years away).
  const openedAt = useRef('');
  const splitAt = rows.findIndex((r) => r.kind === 'published');
  const viewKey = `${published ?? ''}|${view}`;
  useLayoutEffect(() => {
    if (openedAt.current === viewKey || !rows.length) return;
    openedAt.current = viewKey;
    const at = fromTop ? 0 : Math.max(0, splitAt);
    handle.current?.reveal(at, true);
    setActive(at);
  }, [viewKey, rows.length > 0]);

  useLayoutEffect(() => {
    if (!focusing.current) return;
    focusing.current = false;
    handle.current?.element(index)?.querySelector<HTMLElement>('.row')?.focus({ preventScroll: true });
  });

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    focusing.current = true;
    handle.current?.reveal(next);
    setActive(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input')) return;
    const page = Math.max(1, Math.floor(((e.currentTarget as HTMLElement).clientHeight ?? 600) / 90));
    const to: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 };
    if (e.key in to) {
      e.preventDefault();
      e.stopPropagation();
      move(to[e.key]);
    } else if ((e.key === 'Enter' || e.key === ' ') && target.classList.contains('row') && rows[index]?.kind === 'period') {
      e.preventDefault();
      const row = rows[index];
      if (row.kind === 'period') onToggle(row.key, row.collapsed);
      focusing.current = true;
    }
  };

  const split = splitAt >= 0 ? (rows[splitAt] as Extract<Row, { kind: 'published' }>) : undefined;
  const allAfter = !!split && split.before === 0 && split.after > 0;

  const render = (row: Row, i: number) => {
    const common = {
      class: `row row-${row.kind}${'after' in row && row.after ? ' is-after' : ''}${row.kind === 'event' && row.grouped ? ' grouped' : ''}`,
      tabIndex: i === index ? 0 : -1,
      role: 'article' as const,
      'aria-posinset': i + 1,
      'aria-setsize': rows.length,
      onFocus: () => setActive(i),
    };
    switch (row.kind) {
      case 'period':
        return (
          <div {...common} aria-label={`${periodLabel(row.period)}${row.after ? ', after this article' : ''}: ${plural(row.count, 'event')}${row.collapsed ? ', folded' : ''}`}>
            <PeriodRow row={row} onToggle={() => onToggle(row.key, row.collapsed)} badge={!allAfter} />
          </div>
        );
      case 'published':
        // When every event is later than the article, it is said once here, not on every period.
        return (
          <div {...common} aria-label={`Published ${periodLabel(row.date)}. ${plural(row.after, 'event')} after it, ${row.before} before.`}>
            <div class="split">
              {allAfter ? (
                <span>
                  Everything here happened after this article, <strong>{periodLabel(row.date)}</strong>
                </span>
              ) : (
                <>
                  <span>
                    Article published <strong>{periodLabel(row.date)}</strong>
                  </span>
                  <span class="split-counts">
                    {plural(row.after, 'event')} since · {row.before.toLocaleString('en')} before
                  </span>
                </>
              )}
            </div>
          </div>
        );
      case 'story':
        return (
          <div {...common} aria-label={`Story: ${row.story}, ${plural(row.count, 'event')}`}>
            <div class="story">
              {row.story} <span class="story-count">{row.count}</span>
            </div>
          </div>
        );
      case 'gap':
        return (
          <div {...common} aria-label={`No data: ${spanLabel(row.span)}`}>
            <p class="gap-row">
              <strong>No data</strong> for {spanLabel(row.span)}: Backstory has no events from then.
            </p>
          </div>
        );
      case 'event':
        return (
          // After the article, an event says so to a screen reader; on screen its period's header and the row's
          // coloured edge say it, not a badge on every event (periods are cut at the article's date).
          <div {...common} aria-label={`${periodLabel(row.event.date)}${row.after ? ', after this article' : ''}`}>
            <EventItem event={row.event} onEntity={onEntity} />
          </div>
        );
    }
  };

  return (
    <VirtualList
      class="feed"
      items={rows}
      itemKey={(r) => r.key}
      estimate={estimate}
      render={render}
      handle={handle}
      rootProps={{ role: 'feed', 'aria-label': published ? `Timeline (article published ${periodLabel(published)})` : 'Timeline', 'aria-busy': false, onKeyDown }}
    />
  );
}
