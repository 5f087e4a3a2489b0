import { HoverCard, type HoverCardProps } from './HoverCard';

export interface Notice {
  text: string;
  action?: { label: string; run(): void };
  onDismiss(): void;
}

export interface CardLayerProps {
  card?: HoverCardProps;
  notice?: Notice;
  /** Said to screen readers (polite live region). */
  announce: string;
  dark: boolean;
}

/** Everything Backstory draws on a page: the hover card, a notice, and a live region for screen readers. */
export function CardLayer({ card, notice, announce, dark }: CardLayerProps) {
  return (
    <div class={`layer${dark ? ' dark' : ''}`}>
      {card && <HoverCard {...card} />}
      {notice && (
        <div class="notice" role="status">
          <p>{notice.text}</p>
          {notice.action && <button type="button" class="primary" onClick={notice.action.run}>{notice.action.label}</button>}
          <button type="button" class="icon" aria-label="Dismiss" onClick={notice.onDismiss}>×</button>
        </div>
      )}
      <div class="sr-only" aria-live="polite">{announce}</div>
    </div>
  );
}
