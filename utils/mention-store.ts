/**
 * Every mention found on a page, kept by the block that holds it, and the part of them that is shown:
 * the CSS highlight holds only mentions that are not muted, have evidence (a weak alias counts only when the
 * page also names its entity strongly) and pass the density setting (every mention, or each entity's first).
 */
import type { HighlightDensity } from '../core/settings';

export interface Mention {
  range: StaticRange;
  title: string;
  /** The words as the page writes them. */
  alias: string;
  weak: boolean;
  container: Node;
  /** For hit testing: the part of each text node the mention covers. */
  pieces: Array<{ node: Text; start: number; end: number }>;
  shown: boolean;
}

export interface ShowRules {
  muted: ReadonlySet<string>;
  density: HighlightDensity;
}

/** Document order of two mentions' starts (negative when `a` comes first). */
export function byDocumentOrder(a: Mention, b: Mention): number {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset - b.range.startOffset;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class MentionStore {
  private readonly byContainer = new Map<Node, Mention[]>();
  private readonly byTitle = new Map<string, Set<Mention>>();
  private readonly byText = new WeakMap<Text, Mention[]>();
  private readonly dirty = new Set<string>();

  constructor(
    private readonly highlight: Highlight,
    private rules: ShowRules,
  ) {}

  /** Replaces what is known of one block container (an empty list forgets it). */
  replace(container: Node, mentions: Mention[]): void {
    this.forget(container);
    if (!mentions.length) return;
    this.byContainer.set(container, mentions);
    for (const m of mentions) {
      let set = this.byTitle.get(m.title);
      if (!set) this.byTitle.set(m.title, (set = new Set()));
      set.add(m);
      this.dirty.add(m.title);
      for (const p of m.pieces) {
        const list = this.byText.get(p.node);
        if (list) list.push(m);
        else this.byText.set(p.node, [m]);
      }
    }
  }

  /** Appends mentions to a container's list (a huge block read in several pieces). */
  append(container: Node, mentions: Mention[]): void {
    const old = this.byContainer.get(container) ?? [];
    this.byContainer.delete(container);
    this.replace(container, [...old, ...mentions]);
  }

  forget(container: Node): void {
    const old = this.byContainer.get(container);
    if (!old) return;
    this.byContainer.delete(container);
    for (const m of old) {
      this.byTitle.get(m.title)?.delete(m);
      this.dirty.add(m.title);
      if (m.shown) this.highlight.delete(m.range);
      m.shown = false;
      for (const p of m.pieces) {
        const list = this.byText.get(p.node);
        if (list) this.byText.set(p.node, list.filter((x) => x !== m));
      }
    }
  }

  /** Forgets blocks that left the page. */
  sweep(): void {
    for (const container of [...this.byContainer.keys()]) if (!container.isConnected) this.forget(container);
  }

  clear(): void {
    for (const container of [...this.byContainer.keys()]) this.forget(container);
    this.highlight.clear();
    this.dirty.clear();
  }

  setRules(rules: ShowRules): void {
    this.rules = rules;
    for (const title of this.byTitle.keys()) this.dirty.add(title);
  }

  /** Brings the highlight up to date for every entity whose mentions changed; returns how many changed. */
  render(): number {
    const changed = this.dirty.size;
    for (const title of this.dirty) {
      const all = this.byTitle.get(title);
      if (!all) continue;
      if (!all.size) {
        this.byTitle.delete(title);
        continue;
      }
      const want = new Set(this.eligible(title, all));
      for (const m of all) {
        const show = want.has(m);
        if (show === m.shown) continue;
        m.shown = show;
        if (show) this.highlight.add(m.range);
        else this.highlight.delete(m.range);
      }
    }
    this.dirty.clear();
    return changed;
  }

  private eligible(title: string, all: Set<Mention>): Mention[] {
    if (this.rules.muted.has(title)) return [];
    const list = [...all];
    if (!list.some((m) => !m.weak)) return [];
    if (this.rules.density === 'all') return list;
    return [list.reduce((first, m) => (byDocumentOrder(m, first) < 0 ? m : first))];
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

  /** Entities named on the page (with evidence, not muted), with their mention counts, most mentioned first. */
  entities(): Array<{ title: string; mentions: number }> {
    const out: Array<{ title: string; mentions: number }> = [];
    for (const [title, all] of this.byTitle) {
      if (!all.size || this.rules.muted.has(title) || ![...all].some((m) => !m.weak)) continue;
      out.push({ title, mentions: all.size });
    }
    return out.sort((a, b) => b.mentions - a.mentions || a.title.localeCompare(b.title));
  }

  get size(): number {
    return this.highlight.size;
  }
}
