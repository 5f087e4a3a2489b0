/**
 * Every mention found on a page, kept by the block that holds it, and the part of them that is shown:
 * the CSS highlight holds only mentions that are not muted, have evidence (a weak alias counts only when the
 * page also names its entity strongly) and pass the density setting (every mention, or each entity's first).
 */
import type { PageEntity } from '../core/page-subjects';
import type { HighlightDensity } from '../core/settings';

export interface Mention {
  range: StaticRange;
  title: string;
  /** The words as the page writes them. */
  alias: string;
  weak: boolean;
  /**
   * A name with several senses ("Georgia"): its key, the entity the matcher gave and whether it was weak there
   * (`title` and `weak` are the page's choice: a sense the page's names point to clearly needs no other evidence).
   */
  sense?: { name: string; matched: string; weak: boolean };
  container: Node;
  /** For hit testing: the part of each text node the mention covers. */
  pieces: Array<{ node: Text; start: number; end: number }>;
  shown: boolean;
  /** Shown as a later mention of its entity (density "calm"): in the fainter highlight. */
  later?: boolean;
}

/** The entity a name with several senses stands for on the page; `sure` when the page's names (or the reader) said so clearly. */
export interface PageSense {
  title: string;
  sure: boolean;
}

interface ShowRules {
  muted: ReadonlySet<string>;
  density: HighlightDensity;
}

/** Document order of two mentions' starts (negative when `a` comes first). */
function byDocumentOrder(a: Mention, b: Mention): number {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset - b.range.startOffset;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Titles in a stable, human order: one collator, made when first needed (localeCompare builds one per call). */
let collator: Intl.Collator | undefined;

/** What is known of one entity on the page. */
interface TitleState {
  all: Set<Mention>;
  /** How many of `all` are strong (a weak mention is shown only when this is above 0). */
  strong: number;
  /** With density "first" or "calm": its first mention on the page, the one shown as such. */
  first?: Mention;
}

export class MentionStore {
  private readonly byContainer = new Map<Node, Mention[]>();
  private readonly byTitle = new Map<string, TitleState>();
  private readonly byText = new WeakMap<Text, Mention[]>();
  /** Entities to evaluate again in full (mentions removed, rules changed). */
  private readonly dirty = new Set<string>();
  /** Mentions added since the last render, for entities not in `dirty`: shown without touching the others. */
  private added: Mention[] = [];
  /** Each name with several senses → the entity it stands for on this page (`sense-in-context`, or the reader's choice). */
  private senses: ReadonlyMap<string, PageSense> = new Map();

  /**
   * `highlight` holds the mentions shown, `later` (density "calm") the later mentions of each entity, drawn
   * fainter, so that a screenful of text is not forty underlines.
   */
  constructor(
    private readonly highlight: Highlight,
    private rules: ShowRules,
    private readonly later: Highlight,
  ) {}

  /** Replaces what is known of one block container (an empty list forgets it). */
  replace(container: Node, mentions: Mention[]): void {
    this.forget(container);
    if (!mentions.length) return;
    this.byContainer.set(container, mentions);
    this.add(mentions);
  }

  /** Appends mentions to a container's list (a huge block read in several pieces). */
  append(container: Node, mentions: Mention[]): void {
    const list = this.byContainer.get(container);
    if (!list) return this.replace(container, mentions);
    for (const m of mentions) list.push(m);
    this.add(mentions);
  }

  private add(mentions: Mention[]): void {
    for (const m of mentions) {
      if (m.sense) [m.title, m.weak] = this.senseOf(m.sense);
      if (this.track(m)) this.dirty.add(m.title); // its weak mentions now have evidence
      if (!this.dirty.has(m.title)) this.added.push(m);
      for (const p of m.pieces) {
        const list = this.byText.get(p.node);
        if (list) list.push(m);
        else this.byText.set(p.node, [m]);
      }
    }
  }

  forget(container: Node): void {
    const old = this.byContainer.get(container);
    if (!old) return;
    this.byContainer.delete(container);
    for (const m of old) {
      this.untrack(m);
      for (const p of m.pieces) {
        const list = this.byText.get(p.node);
        if (list) this.byText.set(p.node, list.filter((x) => x !== m));
      }
    }
  }

  /** Puts a mention in its entity's state; true when it is the entity's first strong one. */
  private track(m: Mention): boolean {
    let state = this.byTitle.get(m.title);
    if (!state) this.byTitle.set(m.title, (state = { all: new Set(), strong: 0 }));
    state.all.add(m);
    return !m.weak && state.strong++ === 0;
  }

  /** Takes a mention out of its entity's state and the highlight. */
  private untrack(m: Mention): void {
    const state = this.byTitle.get(m.title);
    if (state?.all.delete(m) && !m.weak) state.strong--;
    if (state?.first === m) state.first = undefined;
    this.dirty.add(m.title);
    this.show(m, false);
  }

  /**
   * The entity each name with several senses stands for on this page (a name left out keeps the matcher's); its
   * mentions move to it. Shown at the next render.
   */
  setSenses(senses: ReadonlyMap<string, PageSense>): void {
    this.senses = senses;
    for (const list of this.byContainer.values()) {
      for (const m of list) {
        if (!m.sense) continue;
        const [title, weak] = this.senseOf(m.sense);
        if (title === m.title && weak === m.weak) continue;
        this.untrack(m);
        m.title = title;
        m.weak = weak;
        this.track(m);
        this.dirty.add(title);
      }
    }
  }

  /** A sensed mention's entity and weakness: the page's choice, else the matcher's. */
  private senseOf(sense: NonNullable<Mention['sense']>): [string, boolean] {
    const chosen = this.senses.get(sense.name);
    return chosen ? [chosen.title, sense.weak && !chosen.sure] : [sense.matched, sense.weak];
  }

  /** The names with several senses on the page, and the entities its other names (those with one sense) stand for. */
  senseNames(): { names: string[]; context: string[] } {
    const names = new Set<string>();
    const context = new Set<string>();
    for (const list of this.byContainer.values()) {
      for (const m of list) {
        if (m.sense) names.add(m.sense.name);
        else if (!m.weak) context.add(m.title);
      }
    }
    return { names: [...names], context: [...context] };
  }

  /** Forgets blocks that left the page. */
  sweep(): void {
    for (const container of [...this.byContainer.keys()]) if (!container.isConnected) this.forget(container);
  }

  clear(): void {
    for (const container of [...this.byContainer.keys()]) this.forget(container);
    this.highlight.clear();
    this.later.clear();
    this.dirty.clear();
    this.added = [];
  }

  setRules(rules: ShowRules): void {
    this.rules = rules;
    for (const title of this.byTitle.keys()) this.dirty.add(title);
  }

  /**
   * Brings the highlight up to date: entities whose mentions were removed (or whose rules changed) in full, and
   * mentions merely added one by one, without going over their entity's other mentions. Returns how many changed.
   */
  render(): number {
    const changed = this.dirty.size + this.added.length;
    for (const m of this.added) {
      if (this.dirty.has(m.title) || !this.byContainer.has(m.container)) continue;
      const state = this.byTitle.get(m.title)!;
      if (!state.strong || this.rules.muted.has(m.title)) continue;
      const { density } = this.rules;
      if (density === 'all') {
        this.show(m, true);
      } else if (!state.first || byDocumentOrder(m, state.first) < 0) {
        // A mention before the entity's first: it is the first now, and the old one a later one (or hidden).
        if (state.first) this.show(state.first, density === 'calm', true);
        state.first = m;
        this.show(m, true);
      } else if (density === 'calm') {
        this.show(m, true, true);
      }
    }
    this.added = [];
    for (const title of this.dirty) {
      const state = this.byTitle.get(title);
      if (!state) continue;
      if (!state.all.size) {
        this.byTitle.delete(title);
        continue;
      }
      const want = this.eligible(title, state);
      const { density } = this.rules;
      state.first = density === 'all' || !want.length ? undefined : want.reduce((first, m) => (byDocumentOrder(m, first) < 0 ? m : first));
      const shown = new Set(density === 'first' && state.first ? [state.first] : want);
      for (const m of state.all) this.show(m, shown.has(m), density === 'calm' && m !== state.first);
    }
    this.dirty.clear();
    return changed;
  }

  /** Shows or hides a mention, in the fainter highlight when `later`. */
  private show(m: Mention, show: boolean, later = false): void {
    if (show === m.shown && (!show || later === (m.later ?? false))) return;
    if (m.shown) (m.later ? this.later : this.highlight).delete(m.range);
    m.shown = show;
    m.later = show && later;
    if (show) (later ? this.later : this.highlight).add(m.range);
  }

  /** The mentions of an entity that may be shown: none when it is muted or has no strong mention. */
  private eligible(title: string, state: TitleState): Mention[] {
    return this.rules.muted.has(title) || !state.strong ? [] : [...state.all];
  }

  /** The shown mention covering character `offset` of `node`, if any. */
  at(node: Node, offset: number): Mention | undefined {
    const list = node.nodeType === 3 ? this.byText.get(node as Text) : undefined;
    return list?.find((m) => m.shown && m.pieces.some((p) => p.node === node && p.start <= offset && offset < p.end));
  }

  /** Shown mentions in document order (for stepping through them with the keyboard). */
  shown(): Mention[] {
    const out: Mention[] = [];
    for (const list of this.byContainer.values()) for (const m of list) if (m.shown) out.push(m);
    return out.sort(byDocumentOrder);
  }

  /**
   * Entities named on the page (with evidence, not muted), most mentioned first: their mention counts, whether the
   * `headline` names them, and their place by first mention (0: named first), for the side panel to weigh them.
   */
  entities(headline?: Node): PageEntity[] {
    const out: PageEntity[] = [];
    const firsts: Array<[PageEntity, Mention]> = [];
    for (const [title, state] of this.byTitle) {
      if (!this.named(title, state)) continue;
      let first: Mention | undefined;
      let inHeadline = false;
      for (const m of state.all) {
        if (!first || byDocumentOrder(m, first) < 0) first = m;
        if (headline && !inHeadline) inHeadline = headline.contains(m.range.startContainer);
      }
      const entity: PageEntity = { title, mentions: state.all.size, headline: inHeadline, first: 0 };
      out.push(entity);
      firsts.push([entity, first!]);
    }
    firsts.sort((a, b) => byDocumentOrder(a[1], b[1])).forEach(([entity], i) => (entity.first = i));
    return out.sort((a, b) => b.mentions - a.mentions || (collator ??= new Intl.Collator()).compare(a.title, b.title));
  }

  /** How many entities `entities()` lists. */
  entityCount(): number {
    let n = 0;
    for (const [title, state] of this.byTitle) if (this.named(title, state)) n++;
    return n;
  }

  private named(title: string, state: TitleState): boolean {
    return state.all.size > 0 && state.strong > 0 && !this.rules.muted.has(title);
  }

  get size(): number {
    return this.highlight.size + this.later.size;
  }
}
