/**
 * Backstory on one page while it is switched on: marks names, shows the hover card, steps through mentions
 * with the keyboard. Everything it adds (listeners, observers, timers, highlights, its host element) is owned
 * by one AbortController and removed by stop().
 */
import type { EntityCard } from '../core/library/library';
import type { PageEntity } from '../core/page-subjects';
import type { Settings } from '../core/settings';
import type { Result } from '../core/types';
import type { HoverCardProps } from './card/HoverCard';
import type { Notice } from './card/CardLayer';
import { mentionAt, mentionBox } from './hit-test';
import { CURRENT_HIGHLIGHT, LATER_HIGHLIGHT, MENTION_HIGHLIGHTS, ShadowSheet } from '../messaging/highlight-style';
import { watchHover, type HoverTarget } from './hover-intent';
import { MentionStore, type Mention } from './mention-store';
import { request } from '../messaging/transport';
import { PageMarker, type FindNames, type MarkerStatus } from './page-marker';
import { isDarkPage } from './page-theme';
import type { PageStatus, ShownMention } from '../messaging/protocol';
import { UiHost } from './ui-host';
import { pageDateReader } from './late-parts';
import { extensionAlive } from '../messaging/web-ext';
import { updateSettings } from '../utils/settings';
import { PageSenses } from './page-senses';
import { siteKey } from '../core/settings';

interface OpenCard {
  mention: Mention;
  /** The entity the card was opened for: its name may move to another sense while the card is open. */
  title: string;
  box: HoverTarget['box'];
  data: HoverCardProps['data'];
  pinned: boolean;
  keyboard: boolean;
  position?: string;
}

export class PageSession {
  private readonly abort = new AbortController();
  private readonly highlight = new Highlight();
  private readonly current = new Highlight();
  private readonly later = new Highlight();
  private readonly sheet = new ShadowSheet();
  private readonly store: MentionStore;
  private readonly marker: PageMarker;
  private readonly senses: PageSenses;
  private readonly ui: UiHost;
  private readonly cards = new Map<string, Promise<Result<EntityCard | null>>>();
  private publishedDay?: Promise<string | undefined>;
  private card: OpenCard | undefined;
  private notice: Notice | undefined;
  private announce = '';
  private dark: boolean | undefined;
  private focusBefore: Element | null = null;

  /**
   * `onGone`: called instead of stop() when a card cannot be looked up because the extension was updated or removed
   * under this page (its owner stops the session and removes its own listeners).
   */
  constructor(
    private readonly doc: Document,
    find: FindNames,
    private settings: Settings,
    private readonly onGone: () => void = () => this.stop(),
  ) {
    this.highlight.priority = 0;
    this.current.priority = 1;
    this.later.priority = 0;
    this.store = new MentionStore(this.highlight, this.rules(settings), this.later);
    this.ui = new UiHost(doc);
    this.marker = new PageMarker(doc, find, this.store, this.sheet, this.abort.signal, (s) => this.progress(s));
    const site = siteKey(doc.location?.hostname ?? '');
    this.senses = new PageSenses(this.store, (names, context) => request('senses', { names, context }), this.abort.signal, () => this.sensesChanged(), site);
    this.senses.useSettings(settings);
  }

  /** Names moved to another sense: the marks follow, and an open card shows the entity its name now stands for. */
  private sensesChanged(): void {
    this.store.render();
    const c = this.card;
    if (c && c.title !== c.mention.title) this.openCard({ mention: c.mention, box: c.box }, c.keyboard, c.position);
  }

  /**
   * "Not this one": on this site the name stands for `title` from now on (the settings' corrections, which Options
   * lists), at once, with a notice to undo it.
   */
  private chooseSense(mention: Mention, title: string): void {
    if (!mention.sense) return;
    const undo = this.senses.correct(mention.sense.name, title);
    const run = () => {
      this.notice = undefined;
      this.render();
      undo();
    };
    this.notice = { text: `“${mention.alias}” now stands for ${title} on ${this.senses.site || 'this site'}. Options lists the names you corrected.`, action: { label: 'Undo', run }, onDismiss: () => ((this.notice = undefined), this.render()) };
  }

  start(): void {
    CSS.highlights.set(MENTION_HIGHLIGHTS[this.settings.style], this.highlight);
    CSS.highlights.set(CURRENT_HIGHLIGHT, this.current);
    CSS.highlights.set(LATER_HIGHLIGHT, this.later);
    this.marker.start();
    const signal = this.abort.signal;
    watchHover(this.doc, {
      find: (x, y) => {
        if (this.gone()) return undefined;
        const target = mentionAt(this.doc, this.store, x, y, this.marker.shadowRoots);
        if (target) this.ui.prepare(); // the card's renderer loads while the pointer dwells
        return target;
      },
      inCard: (target) => this.ui.contains(target),
      open: () => this.card && { mention: this.card.mention, sticky: this.card.pinned || this.card.keyboard },
      show: (t) => this.openCard(t, false),
      close: () => this.closeCard(),
      dwellMs: () => this.settings.dwellMs,
    }, signal);
    const win = this.doc.defaultView!;
    this.doc.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    this.doc.addEventListener('pointerdown', (e) => this.card && !this.card.pinned && !this.ui.contains(e.target) && this.closeCard(), { capture: true, passive: true, signal });
    win.addEventListener('scroll', () => this.reposition(), { capture: true, passive: true, signal });
    win.addEventListener('resize', () => this.reposition(), { passive: true, signal });
  }

  stop(): void {
    this.abort.abort();
    // A card's data or the renderer may still arrive: nothing is drawn again (render() checks the signal).
    this.card = undefined;
    this.notice = undefined;
    this.store.clear();
    this.current.clear();
    for (const name of [...Object.values(MENTION_HIGHLIGHTS), CURRENT_HIGHLIGHT, LATER_HIGHLIGHT]) {
      const h = CSS.highlights.get(name);
      if (h === this.highlight || h === this.current || h === this.later) CSS.highlights.delete(name);
    }
    this.sheet.remove();
    this.ui.remove();
  }

  apply(settings: Settings): void {
    const before = MENTION_HIGHLIGHTS[this.settings.style];
    const after = MENTION_HIGHLIGHTS[settings.style];
    if (before !== after && CSS.highlights.get(before) === this.highlight) {
      CSS.highlights.delete(before);
      CSS.highlights.set(after, this.highlight);
    }
    this.settings = settings;
    this.senses.useSettings(settings);
    this.store.setRules(this.rules(settings));
    this.store.render();
    if (this.card && !this.card.mention.shown) this.closeCard();
  }

  entities(): PageEntity[] {
    return this.store.entities(this.marker.headline);
  }

  /** The shown mentions in document order, with the text around each in its block. */
  mentions(): ShownMention[] {
    return this.store.shown().map((m) => {
      const text = m.container.textContent ?? '';
      const node = m.pieces[0]?.node;
      // The mention's offset in its block's text: the text of the nodes before its first one, plus its start.
      let at = 0;
      const walker = this.doc.createTreeWalker(m.container, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) at += (n as Text).data.length;
      at += m.pieces[0]?.start ?? 0;
      return { title: m.title, words: m.alias, before: text.slice(Math.max(0, at - 80), at), after: text.slice(at + m.alias.length, at + m.alias.length + 80) };
    });
  }

  status(): PageStatus {
    const s = this.marker.status;
    // Marked in full once the names with several senses have theirs (page/page-senses.ts).
    const state = s.state === 'done' && this.senses.busy ? 'reading' : s.state;
    return { ...s, state, mentions: this.store.size, entities: this.store.entityCount() };
  }

  private rules(s: Settings) {
    return { muted: new Set(s.muted), density: s.density };
  }

  private progress(status: MarkerStatus): void {
    this.senses.schedule();
    if (status.state !== 'paused' || this.notice) return;
    const mb = (status.chars / 1e6).toFixed(1);
    this.notice = {
      text: `Backstory paused on this very long page after reading ${mb} million characters (${this.store.size.toLocaleString()} mentions marked so far).`,
      action: { label: 'Keep going', run: () => ((this.notice = undefined), this.marker.resume(), this.render()) },
      onDismiss: () => ((this.notice = undefined), this.render()),
    };
    this.render();
  }

  /**
   * True (and this copy goes) when the extension was updated or removed under the page: a card it looked up before
   * must not show, nor its keys scroll the page; an updated extension's new copy, if any, answers instead.
   */
  private gone(): boolean {
    if (extensionAlive()) return false;
    this.onGone();
    return true;
  }

  private openCard(target: HoverTarget, keyboard: boolean, position?: string): void {
    if (this.gone()) return;
    const { mention } = target;
    if (keyboard && !this.card?.keyboard) this.focusBefore = this.doc.activeElement;
    const title = mention.title;
    this.card = { mention, title, box: target.box, data: { state: 'loading' }, pinned: this.card?.pinned ?? false, keyboard, position };
    this.render();
    void this.cardData(title).then((reply) => {
      // The extension was updated or removed under this page: its marks go (they can no longer be looked up).
      if (!reply.ok && !extensionAlive()) return this.onGone();
      if (this.card?.mention !== mention || this.card.title !== title) return;
      if (!reply.ok || !reply.value) {
        this.card.data = { state: 'error', message: reply.ok ? 'Not in the index.' : `Could not look this up: ${reply.error}` };
      } else {
        const { info } = reply.value;
        this.card.data = { state: 'ready', card: reply.value };
        this.announce = `${info.title}: ${info.count} events, ${info.first.slice(0, 4)} to ${info.last.slice(0, 4)}.${position ? ` Mention ${position}.` : ''}`;
      }
      this.render();
    });
  }

  private cardData(title: string): Promise<Result<EntityCard | null>> {
    let data = this.cards.get(title);
    if (!data) {
      const context = this.store.entities().slice(0, 12).map((e) => e.title);
      data = this.published().then((around) => request('card', { title, context, limit: 5, ...(around && { around }) }));
      this.cards.set(title, data);
      void data.then((r) => !r.ok && this.cards.delete(title));
    }
    return data;
  }

  /** The day the page says it was published, read once, when the first card opens (the card shows events around it). */
  private published(): Promise<string | undefined> {
    return (this.publishedDay ??= pageDateReader().then((read) => read?.(this.doc)?.date, () => undefined));
  }

  private closeCard(): void {
    if (!this.card) return;
    const wasKeyboard = this.card.keyboard;
    this.card = undefined;
    this.render();
    if (wasKeyboard) {
      if (this.focusBefore instanceof HTMLElement && this.focusBefore.isConnected && this.focusBefore !== this.doc.body) this.focusBefore.focus();
      else if (this.doc.activeElement === this.ui.element) (this.doc.activeElement as HTMLElement).blur();
      this.focusBefore = null;
    }
  }

  private reposition(): void {
    if (!this.card) return;
    if (!this.card.pinned && !this.card.keyboard) return this.closeCard();
    const box = mentionBox(this.card.mention);
    if (!box) return this.closeCard();
    this.card.box = box;
    this.render();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card) {
      this.current.clear();
      this.closeCard();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || (e.code !== 'KeyJ' && e.code !== 'KeyK')) return;
    const t = e.target as HTMLElement | null;
    if (t && !this.ui.contains(t) && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (this.gone()) return;
    e.preventDefault();
    e.stopPropagation();
    this.step(e.code === 'KeyJ' ? 1 : -1);
  }

  /** Moves to the next (or previous) marked mention, scrolls it into view and opens its card. */
  private step(direction: 1 | -1): void {
    const list = this.store.shown();
    if (!list.length) {
      this.announce = 'Backstory: no names marked on this page.';
      return this.render();
    }
    const win = this.doc.defaultView!;
    const n = list.length;
    const from = this.card?.keyboard ? list.indexOf(this.card.mention) : -1;
    let i = from !== -1 ? from + direction : direction === 1 ? Math.max(0, list.findIndex((m) => (mentionBox(m)?.top ?? -1) >= 0)) : n - 1;
    for (let tries = 0; tries < n; tries++, i += direction) {
      i = ((i % n) + n) % n;
      const mention = list[i];
      let box = mentionBox(mention);
      if (!box) continue; // hidden text
      if (box.top < 0 || box.top + box.height > win.innerHeight) {
        win.scrollBy({ top: box.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
        box = mentionBox(mention) ?? box;
      }
      this.current.clear();
      this.current.add(mention.range);
      this.openCard({ mention, box }, true, `${i + 1} of ${n}`);
      return;
    }
  }

  /**
   * "Don't mark this name": muted at once, on every page (the settings' muted list, which Options edits), with a
   * notice to undo it.
   */
  private mute(title: string): void {
    const undo = () => {
      this.notice = undefined;
      this.render();
      void updateSettings((s) => ({ muted: s.muted.filter((t) => t !== title) }));
    };
    this.closeCard();
    this.notice = { text: `“${title}” is no longer marked. Options lists the names you muted.`, action: { label: 'Undo', run: undo }, onDismiss: () => ((this.notice = undefined), this.render()) };
    this.render();
    void updateSettings((s) => ({ muted: s.muted.includes(title) ? s.muted : [...s.muted, title] }));
  }

  private render(): void {
    if (this.abort.signal.aborted) return;
    if (!this.card && !this.notice && !this.ui.element && !this.announce) return;
    this.dark ??= isDarkPage(this.doc);
    const c = this.card;
    this.ui.show({
      dark: this.dark,
      announce: this.announce,
      notice: this.notice,
      card: c && {
        title: c.title,
        alias: c.mention.alias,
        anchor: c.box,
        data: c.data,
        pinned: c.pinned,
        position: c.position,
        focus: c.keyboard,
        dark: this.dark,
        onPin: () => c === this.card && ((c.pinned = !c.pinned), this.render()),
        onClose: () => (this.current.clear(), this.closeCard()),
        onOpenTimeline: () => void request('openTimeline', { entity: c.mention.title }),
        onMute: () => this.mute(c.mention.title),
        senses: c.mention.sense && this.senses.view(c.mention.sense.name, c.mention.title),
        onChooseSense: (title: string) => this.chooseSense(c.mention, title),
      },
    });
  }
}
