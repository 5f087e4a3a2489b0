import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../../core/library/library';
import type { NewsEvent } from '../../core/types';
import { storyPath } from '../../core/story-path';
import type { Box } from './card-position';
import { placeCard, visibleArea } from './card-position';
import { DensityStrip } from './DensityStrip';
import { spanWords } from '../../core/library/coverage';
import { emphasisParts } from '../../core/library/emphasis';
import { LICENCE_NAME, LICENCE_URL } from '../../core/licence';
import type { SenseView } from '../page-senses';

export interface HoverCardProps {
  title: string;
  /** The words the page used, when they differ from the title. */
  alias: string;
  anchor: Box;
  data: { state: 'loading' } | { state: 'ready'; card: EntityCard } | { state: 'error'; message: string };
  pinned: boolean;
  /** "3 of 17" when reached with the keyboard. */
  position?: string;
  /** Take focus when opened (keyboard). */
  focus: boolean;
  dark: boolean;
  onPin(): void;
  onClose(): void;
  onOpenTimeline(): void;
  /** Stops marking this name (on every page; undone from the notice or in Options). */
  onMute(): void;
  /** The other entities the name could stand for, when it has several senses (`sense-in-context`). */
  senses?: SenseView;
  /** "Not this one": the name stands for `title` on this site from now on (undone from the notice or in Options). */
  onChooseSense(title: string): void;
}

const years = (info: EntityCard['info']) => {
  const a = info.first.slice(0, 4);
  const b = info.last.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
};

/** A text longer than this may not fit the lines an event shows folded: it gets a "Full text" switch. */
const FOLDED_CHARS = 160;

/** The words of an entity's names that the card marks in its events' texts: those written with a capital ("Putin", not "of"). */
export const nameWords = (info: EntityCard['info']): string[] =>
  [...new Set([info.title.replace(/\s*\([^()]*\)$/, ''), ...info.aliases].flatMap((n) => n.split(/[\s,]+/)).filter((w) => /^\p{Lu}\S/u.test(w)))];

function CardEvent({ event, names }: { event: NewsEvent; names: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const long = event.text.length > FOLDED_CHARS;
  const textId = `bs-ev-${event.id}`;
  const story = storyPath(event.topics);
  return (
    <li class="ev">
      <div class="ev-meta">
        <time dateTime={event.date}>{event.date}</time>
        {story.text && <span class="ev-story" title={story.title}>{story.text}</span>}
      </div>
      <p id={textId} class={`ev-text${open ? ' open' : ''}`}>
        {emphasisParts(event.text, names).map((part, i) => (part.match ? <b key={i}>{part.text}</b> : part.text))}
      </p>
      {long && (
        <button type="button" class="more" aria-expanded={open} aria-controls={textId} onClick={() => setOpen(!open)}>
          {open ? 'Less' : 'Full text'}
        </button>
      )}
      {event.sources.length > 0 && (
        <div class="ev-sources">
          {event.sources.slice(0, 3).map((s) => (s.url ? (
            <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">{s.name}</a>
          ) : (
            <span key={s.name}>{s.name}</span>
          )))}
        </div>
      )}
    </li>
  );
}

/** Below this room, in px, a card cut to fit drops its density strip and date span (card-css.ts) for its events. */
const SHORT_ROOM_PX = 340;

/** The card shown for a mention: who or what it is, how often it was in the news, and the events that define it, oldest first. */
export function HoverCard(props: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { data } = props;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.maxHeight = '';
    delete el.dataset.short;
    const win = el.ownerDocument.defaultView!;
    const natural = { width: el.offsetWidth, height: el.offsetHeight };
    const place = placeCard(props.anchor, natural, visibleArea(win));
    el.style.left = `${place.left}px`;
    el.style.top = `${place.top}px`;
    el.style.maxHeight = `${place.maxHeight}px`;
    // Cut to a short room, the card leaves out its strip and its span of dates, so that events still show.
    if (place.maxHeight < natural.height && place.maxHeight < SHORT_ROOM_PX) el.dataset.short = '';
    el.dataset.side = place.side;
    el.style.visibility = 'visible';
  });

  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [props.focus, props.title]);

  const info = data.state === 'ready' ? data.card.info : undefined;
  return (
    <div
      ref={ref}
      class={`card${props.dark ? ' dark' : ''}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-title"
      aria-describedby="bs-summary"
      tabIndex={-1}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onClose())}
    >
      {/* Plain elements, not <header>/<footer>: inside the page's body those would be the page's banner and contentinfo. */}
      <div class="head">
        <div class="who">
          <h2 id="bs-title" class="title">{props.title}</h2>
          {info?.description && <p class="what" title={info.description}>{info.description}</p>}
        </div>
        <button type="button" class={`icon${props.pinned ? ' on' : ''}`} aria-pressed={props.pinned} title="Keep this card open" onClick={props.onPin}>
          {props.pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" class="icon" title="Close (Esc)" aria-label="Close card" onClick={props.onClose}>×</button>
      </div>
      <p id="bs-summary" class="summary">
        {props.alias !== props.title && <span class="alias">“{props.alias}” · </span>}
        {info ? `${info.count.toLocaleString('en')} event${info.count === 1 ? '' : 's'} · ${years(info)}` : data.state === 'error' ? data.message : 'Looking up…'}
        {props.position && <span class="pos"> · mention {props.position}</span>}
      </p>
      {props.senses && props.senses.others.length > 0 && (
        <p class="senses">
          {/* Thin evidence: the page hardly tells the senses apart, so the card says what else it could be. */}
          <span class="senses-lead">{props.senses.chosen ? 'You chose this. Others:' : props.senses.thin ? 'Could also be:' : 'Not this one?'}</span>
          {props.senses.others.map((t) => (
            <button key={t} type="button" class="sense" title={`Mark “${props.alias}” as ${t} on this site`} onClick={() => props.onChooseSense(t)}>{t}</button>
          ))}
        </p>
      )}
      {data.state === 'ready' && (
        // Only the events scroll when the card is taller than the room it has: its title, Open timeline and the
        // credit stay in sight.
        <div class="body">
          <DensityStrip years={data.card.years} />
          <ol class="events" aria-label={`Defining events for ${props.title}, oldest first`}>
            {data.card.events.map((e) => <CardEvent key={e.id} event={e} names={nameWords(data.card.info)} />)}
          </ol>
        </div>
      )}
      <div class="foot">
        <div class="actions">
          <button type="button" class="primary" onClick={props.onOpenTimeline}>Open timeline</button>
          <button type="button" class="quiet" onClick={props.onMute}>Don’t mark this name</button>
        </div>
        <span class="credit">
          {data.state === 'ready' && <span class="span">{spanWords(data.card.coverage)}</span>}
          Wikipedia Current Events, <a href={LICENCE_URL} target="_blank" rel="noopener noreferrer">{LICENCE_NAME}</a>
        </span>
      </div>
    </div>
  );
}
