/**
 * The rule `sense-in-context` on a page: which entity each name with several senses stands for ("Georgia": the U.S.
 * state or the country), asked of the worker with the page's other names as context, and the reader's own choices
 * ("Not this one" on the card), which win. Asked again, after a pause, when the page has new such names or many
 * more other names than when it last asked. Its timer is owned by the session's signal.
 */
import type { SenseChoice } from '../core/library/library';
import { correctionFor, withoutCorrection, type SenseCorrection, type Settings } from '../core/settings';
import type { Result } from '../core/types';
import { updateSettings } from '../utils/settings';
import type { MentionStore, PageSense } from './mention-store';

export type AskSenses = (names: string[], context: string[]) => Promise<Result<SenseChoice[]>>;

/** Quiet time after the last marking slice before asking: a page read in many slices asks once or twice. */
const SETTLE_MS = 250;
/** The context has grown enough to ask again when it holds this many times the names it was asked with. */
const REGROWTH = 1.25;

export interface SenseView {
  /** The other entities the name could be, most likely first. */
  others: string[];
  /** The page tells the senses apart too little: the card says so. */
  thin: boolean;
  /** The reader chose this sense. */
  chosen: boolean;
}

export class PageSenses {
  private readonly choices = new Map<string, SenseChoice>();
  private corrections: ReadonlyMap<string, string> = new Map();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private askedNames = new Set<string>();
  private askedContext = 0;
  private asking = false;
  /** The page read more while a request was out: ask again once it is answered (one request at a time). */
  private again = false;

  constructor(
    private readonly store: MentionStore,
    private readonly ask: AskSenses,
    private readonly signal: AbortSignal,
    /** The store's titles changed: the session renders the marks (and a card that shows one of them). */
    private readonly changed: () => void,
    /** The site the reader's corrections are kept for (core/settings.ts `siteKey`). */
    readonly site: string,
  ) {
    signal.addEventListener('abort', () => (clearTimeout(this.timer), (this.timer = undefined)), { once: true });
  }

  /** True while a decision is due or asked: the page is not done marking until it is in. */
  get busy(): boolean {
    return this.timer !== undefined || this.asking;
  }

  /** The page read more: decide its names' senses once it settles. */
  schedule(): void {
    if (this.signal.aborted) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.decide();
    }, SETTLE_MS);
  }

  /** The reader's choices on this site, from the settings (name → title), which win over the page's. */
  useSettings(settings: Settings): void {
    const next = new Map(settings.senses.filter((c) => c.site === this.site).map((c) => [c.name, c.title]));
    // Any other setting changed (or this page's own choice came back from storage): nothing to move.
    if (next.size === this.corrections.size && [...next].every(([name, title]) => this.corrections.get(name) === title)) return;
    this.corrections = next;
    this.apply();
  }

  /**
   * "Not this one": on this site the name stands for `title` from now on, at once (the settings' corrections, which
   * Options lists). Returns what undoes it: the correction before, if any, back in its place.
   */
  correct(name: string, title: string): () => void {
    let before: SenseCorrection | undefined;
    const others = (list: SenseCorrection[]) => withoutCorrection(list, this.site, name);
    const saved = updateSettings((s) => {
      before = correctionFor(s.senses, this.site, name);
      return { senses: [...others(s.senses), { site: this.site, name, title }] };
    });
    this.corrections = new Map([...this.corrections, [name, title]]);
    this.apply();
    // After the write it undoes (settings writes are queued in order); a failed write leaves nothing to undo in storage.
    return () =>
      void saved
        .catch(() => undefined)
        .then(() => updateSettings((s) => ({ senses: [...others(s.senses), ...(before ? [before] : [])] })))
        .catch(() => undefined);
  }

  /** What the card says of a name's senses, when it has several. */
  view(name: string, title: string): SenseView | undefined {
    const choice = this.choices.get(name);
    if (!choice) return undefined;
    const others = [choice.title, ...choice.others].filter((t) => t !== title);
    return { others, thin: choice.thin, chosen: this.corrections.get(name) === title };
  }

  private async decide(): Promise<void> {
    if (this.asking) {
      this.again = true;
      return;
    }
    const { names, context } = this.store.senseNames();
    const fresh = names.some((n) => !this.askedNames.has(n));
    if (!names.length || (!fresh && context.length < this.askedContext * REGROWTH)) return;
    this.askedNames = new Set(names);
    this.askedContext = Math.max(1, context.length);
    this.asking = true;
    const reply = await this.ask(names, context).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    this.asking = false;
    if (this.signal.aborted) return;
    if (reply.ok) {
      for (const choice of reply.value) this.choices.set(choice.name, choice);
      this.apply();
    } else {
      // Not answered: the names are asked again the next time the page settles.
      this.askedNames = new Set();
      this.askedContext = 0;
    }
    if (this.again) {
      this.again = false;
      this.schedule();
    }
  }

  private apply(): void {
    const senses = new Map<string, PageSense>();
    for (const [name, choice] of this.choices) senses.set(name, { title: choice.title, sure: !choice.thin });
    for (const [name, title] of this.corrections) senses.set(name, { title, sure: true });
    this.store.setSenses(senses);
    this.changed();
  }
}
