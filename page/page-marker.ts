/**
 * Marks a page's known names, incrementally: visible text first, then the rest, then whatever the page adds or
 * changes later, in slices of a few milliseconds. Past a budget it pauses and says so.
 * The page's main thread only reads text and marks: each slice sends the blocks it read to the background worker,
 * whose matcher is warm for every tab (a tab's scripts run cold), and a later slice marks what comes back, in the
 * order it was sent, once it has checked that the page has not changed those words meanwhile. One request is out at
 * a time: the next blocks are read once it is answered.
 */
import { decodeFound, type FoundNames } from '../core/names/found-names';
import type { Result } from '../core/types';
import { articleScope, type ArticleScope } from './article-scope';
import { blockMentions, blockUnchanged } from './block-mentions';
import { blocksInView } from './blocks-in-view';
import type { ShadowSheet } from '../messaging/highlight-style';
import type { MentionStore } from './mention-store';
import { isOpenPage } from '../messaging/open-page-flag';
import { SliceScheduler } from './slice-scheduler';
import { blockOf, HOST_TAG, insideSkipped, isInline, textBlocks, type TextBlock } from './text-blocks';

/** Main-thread time one slice may take, in ms: well under a 60 Hz frame. */
const SLICE_MS = 6;
/**
 * Mentions marked in one slice at most: showing them (the render after the loop) is not under the slice's
 * deadline, and one answer for a long page can hold hundreds.
 */
const MARKS_PER_SLICE = 120;
/**
 * Characters read in one slice at most: the slice then sends them to the worker, and the browser serialises the
 * message synchronously, outside the slice's deadline (on the stress page that made its longest slices: docs/bench.md,
 * "Why the code is shaped so"). Two of the longest blocks fit.
 */
const CHARS_PER_SLICE = 16_000;
/** Time from a page's navigation to the content script's start past which the reader may have scrolled it, in ms. */
const SLOW_PAGE_MS = 3_000;
/** Text read before pausing to ask, in characters (a very long page is several million). */
const TEXT_BUDGET = 6_000_000;

export interface MarkerStatus {
  state: 'reading' | 'done' | 'paused';
  /** Characters of text read so far. */
  chars: number;
  /** Main-thread time spent, in ms, and the longest slice. */
  busyMs: number;
  longestMs: number;
  slices: number;
  /** The page holds one article, and only it is read (page/article-scope.ts). */
  article?: boolean;
}

/** Asks for the names in a batch of texts (the background worker's `findNames`). */
export type FindNames = (texts: string[]) => Promise<Result<FoundNames>>;

/** A block read and sent: whether it starts its container afresh (replace) or adds to it (append). */
interface Sent {
  block: TextBlock;
  first: boolean;
  /** Set when its container is read again before the answer is in: the newer reading wins. */
  stale?: boolean;
}

/** One request to the worker: its blocks, and the reply once it is in (undefined while in flight). */
interface Batch {
  sent: Sent[];
  found?: FoundNames | null;
  /** Blocks of this batch already marked. */
  done: number;
}

interface Job {
  root: Node;
  /** Whether nested blocks are read too (a changed container is read again without them: they keep their marks). */
  nested: boolean;
  /** Containers whose old mentions this job already replaced. */
  seen: Set<Node>;
  /** The walk: blocks, and `null` now and then in long stretches without text (time to look at the clock). */
  blocks?: Iterator<TextBlock | null>;
}

export class PageMarker {
  private readonly jobs: Job[] = [];
  private readonly queued = new Set<Node>();
  /** Elements queued as jobs of their own: other walks step over them. */
  private readonly jobRoots = new WeakSet<Node>();
  private readonly scheduler: SliceScheduler;
  private readonly observed = new Set<Node>();
  /** Open shadow roots whose text is read (hit testing needs them). */
  readonly shadowRoots: ShadowRoot[] = [];
  private observer: MutationObserver;
  /** The page's article, when it is one: only it is read (page/article-scope.ts). */
  private scope?: ArticleScope;
  private budget = TEXT_BUDGET;
  /** Requests in the order sent; marked from the front, only once the front one is answered. */
  private readonly batches: Batch[] = [];
  private sweepDue = false;
  readonly status: MarkerStatus = { state: 'reading', chars: 0, busyMs: 0, longestMs: 0, slices: 0 };

  constructor(
    private readonly doc: Document,
    private readonly find: FindNames,
    private readonly store: MentionStore,
    private readonly sheet: ShadowSheet,
    private readonly signal: AbortSignal,
    private readonly onChange: (status: MarkerStatus) => void,
  ) {
    this.scheduler = new SliceScheduler(() => this.slice(), signal);
    this.observer = new MutationObserver((records) => this.changed(records));
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  /** The page's headline: the article's, else the page's first heading of rank 1 (none read, none). */
  get headline(): Element | undefined {
    return this.scope ? this.scope.headline : (this.doc.querySelector('h1') ?? undefined);
  }

  start(): void {
    // A page opened at its top is read from the top, which is what the reader sees. Opened elsewhere (a link to
    // an anchor, a reload or a step back that restores the scroll position, a page open when Backstory was
    // installed or updated), the blocks in view go first. Hit testing is costly, and even asking for the scroll
    // position can force a layout, so neither is paid on a plain visit.
    this.scope = articleScope(this.doc);
    this.status.article = this.scope !== undefined;
    const visible = this.mayOpenScrolled() ? blocksInView(this.doc) : [];
    this.watch(this.doc);
    for (const el of visible) if (this.reads(el)) this.queue(el);
    this.queue(this.doc.body ?? this.doc.documentElement);
  }

  /** Continues after a pause, with a fresh budget. */
  resume(): void {
    this.budget = this.status.chars + TEXT_BUDGET;
    this.status.state = 'reading';
    this.scheduler.request();
  }

  private watch(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * True when the page may not be showing its top: an anchor in the URL, a reload or history step, a page open when
   * Backstory was installed or updated, or one that took long to load (the reader had time to scroll).
   */
  private mayOpenScrolled(): boolean {
    const win = this.doc.defaultView;
    if (!win || win !== win.top) return false;
    if (win.location.hash.length > 1 || isOpenPage()) return true;
    // A page that took long to load may have been scrolled meanwhile: past that point, asking for the scroll
    // position (which may need a layout) is worth it.
    if (win.performance.now() > SLOW_PAGE_MS && win.scrollY > 0) return true;
    const nav = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav?.type === 'reload' || nav?.type === 'back_forward';
  }

  private queue(root: Node): void {
    if (this.queued.has(root)) return;
    this.queued.add(root);
    if (root.nodeType === 1) this.jobRoots.add(root);
    this.jobs.push({ root, nested: true, seen: new Set() });
    if (this.status.state === 'done') this.status.state = 'reading';
    this.scheduler.request();
  }

  private readonly enterUnqueued = (el: Element): boolean => !this.jobRoots.has(el) && !this.scope?.excludes(el);

  /** True when text under `node` is read: the whole page, or on an article page the article (`article-only`). */
  private reads(node: Node): boolean {
    return !this.scope || this.scope.holds(node);
  }
  private readonly enterNone = (): boolean => false;

  private slice(): boolean {
    if (this.status.state === 'paused' && !this.answered()) return false;
    const t0 = performance.now();
    const deadline = t0 + SLICE_MS;
    if (this.sweepDue) {
      this.sweepDue = false;
      this.store.sweep();
    }
    const sent: Sent[] = [];
    let marked = 0;
    let read = 0;
    while (performance.now() < deadline && marked < MARKS_PER_SLICE && read < CHARS_PER_SLICE) {
      const mark = this.markNext();
      if (mark >= 0) {
        marked += mark;
        continue;
      }
      if (!this.jobs.length || this.status.state === 'paused' || this.waiting()) break;
      const job = this.jobs[0];
      job.blocks ??= textBlocks(job.root, { enter: job.nested ? this.enterUnqueued : this.enterNone, onShadowRoot: (sr) => this.shadowRoot(sr) });
      const next = job.blocks.next();
      if (next.done) {
        this.jobs.shift();
        this.queued.delete(job.root);
        continue;
      }
      const block = next.value;
      if (!block) continue; // a long stretch without text: time to look at the clock
      this.status.chars += block.text.length;
      read += block.text.length;
      const first = !job.seen.has(block.container);
      if (first) job.seen.add(block.container);
      sent.push({ block, first });
      if (this.status.chars > this.budget) this.status.state = 'paused';
    }
    if (sent.length) this.send(sent);
    this.store.render();
    if (this.status.state !== 'paused') this.status.state = this.jobs.length || this.batches.length ? 'reading' : 'done';
    const spent = performance.now() - t0;
    this.status.busyMs += spent;
    this.status.longestMs = Math.max(this.status.longestMs, spent);
    this.status.slices++;
    this.onChange(this.status);
    // Walking goes on in the next slice, once no request is out; marking once the next answer is in (it asks for
    // a slice itself).
    return (this.jobs.length > 0 && this.status.state !== 'paused' && !this.waiting()) || this.answered();
  }

  /**
   * True while a request is out. Nothing more is read until it is answered: the worker's matching and this tab's
   * walk would otherwise run at the same time, and on a machine with few cores they take turns on them, which
   * stretches the slices (traced on 2 cores, the slices held a small part of their length in the thread's own CPU
   * time). Each request waits for one answer before the next is read (docs/bench.md, "Why the code is shaped so").
   */
  private waiting(): boolean {
    return this.batches.some((b) => b.found === undefined);
  }

  /** True when the oldest request is answered and has blocks left to mark. */
  private answered(): boolean {
    return this.batches.length > 0 && this.batches[0].found !== undefined;
  }

  /** Marks one block of the oldest answered request: how many mentions it held, or -1 when there is none to mark now. */
  private markNext(): number {
    const batch = this.batches[0];
    if (!batch || batch.found === undefined) return -1;
    if (batch.done === batch.sent.length) {
      this.batches.shift();
      return 0;
    }
    const i = batch.done++;
    const { block, first, stale } = batch.sent[i];
    if (!batch.found || stale) return 0;
    const matches = decodeFound(batch.found, i, block.text.length);
    // A block the page changed since it was read is left alone: the change queued it to be read again. (Only
    // blocks with something to mark are checked; a change to the others has marked them stale already.)
    if (matches.length && !blockUnchanged(block)) return 0;
    const mentions = blockMentions(block, matches);
    if (first) this.store.replace(block.container, mentions);
    else if (mentions.length) this.store.append(block.container, mentions);
    return mentions.length;
  }

  /** Sends the blocks a slice read to the worker; the answer is marked by later slices (one retry on failure). */
  private send(sent: Sent[]): void {
    const batch: Batch = { sent, done: 0 };
    this.batches.push(batch);
    const texts = sent.map((s) => s.block.text);
    void (async () => {
      let reply = await this.find(texts);
      if (!reply.ok && !this.signal.aborted) reply = await this.find(texts);
      if (this.signal.aborted) return;
      batch.found = reply.ok ? reply.value : null;
      this.scheduler.request();
    })();
  }

  private shadowRoot(root: ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.shadowRoots.push(root);
    this.sheet.adopt(root);
    this.watch(root);
  }

  private changed(records: MutationRecord[]): void {
    if (this.signal.aborted) return;
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'characterData') {
        this.requeueContainer(r.target);
        continue;
      }
      let textChanged = r.removedNodes.length > 0;
      if (textChanged) this.sweepDue = true;
      for (const node of r.addedNodes) {
        if (isOurs(node)) continue;
        if (node.nodeType === 1 && !isInline(node as Element)) {
          if (!insideSkipped(node) && this.reads(node)) this.queue(node);
        } else if (node.nodeType === 1 || node.nodeType === 3) {
          textChanged = true;
        }
      }
      if (textChanged) this.requeueContainer(r.target);
    }
  }

  /** Reads again the text a block holds directly (its nested blocks keep their marks). */
  private requeueContainer(node: Node): void {
    if (insideSkipped(node) || !this.reads(node)) return;
    const container = blockOf(node);
    if (this.queued.has(container)) return;
    this.queued.add(container);
    this.jobs.push({ root: container, nested: false, seen: new Set([container]) });
    this.store.replace(container, []);
    for (const batch of this.batches) for (const s of batch.sent) if (s.block.container === container) s.stale = true;
    if (this.status.state === 'done') this.status.state = 'reading';
    this.scheduler.request();
  }
}

const isOurs = (node: Node): boolean => {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeType === 1 && (n as Element).tagName === HOST_TAG) return true;
  return false;
};
