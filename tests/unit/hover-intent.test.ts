/**
 * When the pointer opens and closes a card (page/hover-intent.ts), on fake timers: a line with two marks, Obama's
 * at x 0-99 and Kenya's at x 100-199, nothing past them, and the card, told apart by the event's target. A frame is a
 * 16 ms timeout. The document is Node's own EventTarget, which (unlike linkedom's) honours the listeners' signal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchHover, type HoverTarget } from '../../page/hover-intent';
import type { Mention } from '../../page/mention-store';

const FRAME = 16;
const DWELL = 300;
/** The grace for reaching the card (hover-intent.ts's CLOSE_MS). */
const CLOSE = 350;

const target = (title: string): HoverTarget => ({ mention: { title } as Mention, box: { left: 0, top: 0, width: 100, height: 20 } });
const OBAMA = target('Obama');
const KENYA = target('Kenya');
/** Stands for the card's element. */
const card = new EventTarget();

let doc: Document;
let abort: AbortController;
/** What the host was told to do, in order. */
let log: string[];
let opened: HoverTarget | undefined;
/** Whether the open card stays put (pinned, or reached by keyboard). */
let sticky: boolean;

beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  opened = undefined;
  sticky = false;
  const win = { requestAnimationFrame: (cb: () => void) => setTimeout(cb, FRAME), cancelAnimationFrame: (id: number) => clearTimeout(id) };
  doc = Object.assign(new EventTarget(), { defaultView: win }) as unknown as Document;
  abort = new AbortController();
  watchHover(doc, {
    find: (x) => (x < 100 ? OBAMA : x < 200 ? KENYA : undefined),
    inCard: (t) => t === card,
    open: () => opened && { mention: opened.mention, sticky },
    show: (t) => {
      opened = t;
      log.push(`open ${t.mention.title}`);
    },
    close: () => {
      opened = undefined;
      log.push('close');
    },
    dwellMs: () => DWELL,
  }, abort.signal);
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

/** The pointer moves to `x`, over `over` (the page, or the card). */
function move(x: number, over: EventTarget = doc, pointerType = 'mouse'): void {
  const e = Object.assign(new Event('pointermove'), { clientX: x, clientY: 10, pointerType });
  Object.defineProperty(e, 'target', { value: over }); // as the page's capturing listener sees an event bound for `over`
  doc.dispatchEvent(e);
}
const leaveWindow = () => doc.dispatchEvent(Object.assign(new Event('mouseout'), { relatedTarget: null }));
const wait = (ms: number) => vi.advanceTimersByTime(ms);
/** Dwells on Obama's mark until its card is open. */
function openObama(): void {
  move(50);
  wait(FRAME + DWELL);
  expect(log).toEqual(['open Obama']);
}

describe('the hover intent (page/hover-intent.ts)', () => {
  it('opens a card once the pointer has dwelt on a mark, not before', () => {
    move(50);
    wait(FRAME + DWELL - 1);
    expect(log).toEqual([]);
    wait(1);
    expect(log).toEqual(['open Obama']);
  });

  it('does not start the dwell again when the pointer moves within the mark', () => {
    move(50);
    wait(200);
    move(60);
    wait(FRAME + DWELL - 200);
    expect(log).toEqual(['open Obama']);
  });

  it('opens nothing when the pointer leaves the mark, or the window, before the dwell ends', () => {
    move(50);
    wait(100);
    move(500);
    wait(1000);
    move(50);
    wait(100);
    leaveWindow();
    wait(1000);
    expect(log).toEqual([]);
  });

  it('with a card open, opens another mark\'s card on the next frame, without a dwell', () => {
    openObama();
    move(150);
    wait(FRAME);
    expect(log).toEqual(['open Obama', 'open Kenya']);
  });

  it('keeps the card while the pointer travels into it, and closes it a grace after the pointer leaves both', () => {
    openObama();
    move(500);
    wait(FRAME + 100);
    move(500, card);
    wait(1000);
    expect(log).toEqual(['open Obama']);
    move(500);
    wait(FRAME + CLOSE - 1);
    expect(log).toEqual(['open Obama']);
    wait(1);
    expect(log).toEqual(['open Obama', 'close']);
  });

  it('keeps the card when the pointer comes back to its mark within the grace, and closes it when the pointer leaves the window', () => {
    openObama();
    move(500);
    wait(FRAME + 100);
    move(50);
    wait(1000);
    expect(log).toEqual(['open Obama']);
    leaveWindow();
    wait(CLOSE);
    expect(log).toEqual(['open Obama', 'close']);
  });

  it('leaves a sticky card put: not replaced by another mark, not closed, even when pinned during the grace', () => {
    openObama();
    move(500);
    wait(FRAME + 100);
    sticky = true;
    wait(1000);
    move(150);
    wait(1000);
    leaveWindow();
    wait(1000);
    expect(log).toEqual(['open Obama']);
  });

  it('ignores touch, and does nothing more once its signal is aborted', () => {
    move(50, doc, 'touch');
    wait(1000);
    move(50);
    wait(FRAME + 100);
    abort.abort();
    wait(1000);
    move(50);
    wait(1000);
    expect(log).toEqual([]);
  });
});
