/**
 * Reads a page's text the way a reader sees it: runs of text nodes inside one block (a paragraph, a heading,
 * a list item), joined across inline elements so that "Vladimir <b>Putin</b>" reads as one name.
 * It never changes the DOM. Skipped: what a reader would not want marked (form fields, editable regions,
 * code, scripts, styles, navigation chrome, hidden text) and Backstory's own UI.
 */

/** Elements that flow inside a line: text on either side belongs to the same block. */
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'MARK',
  'NOBR', 'Q', 'RUBY', 'RB', 'RP', 'RT', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

/** Elements whose text is never marked, nor anything inside them. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'NAV', 'MENU', 'DIALOG',
]);

/** ARIA roles of page chrome: menus, toolbars and navigation are not prose. */
const SKIP_ROLES = new Set(['navigation', 'menu', 'menubar', 'menuitem', 'toolbar', 'button', 'tab', 'tablist', 'search', 'textbox', 'combobox', 'listbox', 'code']);

/** The custom element that hosts Backstory's own UI. */
export const HOST_TAG = 'BACKSTORY-HOST';

/** Longest text matched in one piece; longer blocks are cut at a space so one block never stalls a slice. */
const MAX_BLOCK = 8_000;

/** What a tag is: 0 a block, 1 inline, 2 never read. Classified once per tag name (case as the DOM gives it). */
const kinds = new Map<string, number>();
/** Added to a kind when the element may host a shadow root (a custom element, or one attachShadow accepts). */
const HOSTS = 4;
const SHADOW_HOSTS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'P', 'SECTION', 'SPAN']);
function kindOf(tag: string): number {
  let kind = kinds.get(tag);
  if (kind === undefined) {
    const up = tag.toUpperCase();
    kind = SKIP.has(up) || up === HOST_TAG ? 2 : INLINE.has(up) ? 1 : 0;
    if (kind !== 2 && (up.includes('-') || SHADOW_HOSTS.has(up))) kind |= HOSTS;
    kinds.set(tag, kind);
  }
  return kind;
}
const tagKind = (el: Element): number => kindOf(el.tagName) & 3;

export interface TextBlock {
  /** The nearest block element (or shadow root / document) holding this text directly. */
  container: Node;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/**
 * Elements that may be skipped for their attributes, found natively: four presence tests per element. The exact
 * test (`skipsForAttributes`) then runs on the few found. One selector with every value (`[role="menu"]`…, 16
 * in all) took several times as long, in one piece, in the first slice (docs/bench.md, "Why the code is shaped
 * so"); this one finds the same elements on all saved pages.
 */
const SKIP_CANDIDATES = '[hidden],[aria-hidden],[contenteditable],[role],[class*="sr-only"],[class*="screen-reader"],[class*="visually-hidden"],[class*="visuallyhidden"]';

/** Classes that hide text from sight and leave it to screen readers ("Skip to content", a link's hidden label). */
const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-hidden|visuallyhidden)(?:\s|$)/;

/** Hidden (by attribute or a screen-reader-only class), editable, or page chrome by its role. */
function skipsForAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = el.getAttribute('class');
  if (cls !== null && HIDDEN_CLASS.test(cls)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIP_ROLES.has(role);
}

/** True when nothing under `el` should be read: the marking policy's `unread-elements` rule (core/names/policy.ts). */
export function skipsElement(el: Element): boolean {
  return tagKind(el) === 2 || (el.hasAttributes() && skipsForAttributes(el));
}

export const isInline = (el: Element): boolean => tagKind(el) === 1;

/** Elements under `root` that `skipsElement` skips for their attributes, found in one native query. */
function skippedByAttribute(root: Node, into: Set<Element>): void {
  const found = (root as ParentNode).querySelectorAll?.(SKIP_CANDIDATES);
  if (found) for (const el of found) if (skipsForAttributes(el)) into.add(el);
}

/** True when `node` sits inside something that is never read (checked upwards, for text that changed). */
export function insideSkipped(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (skipsElement(el)) return true;
  }
  return false;
}

/** The block that holds `node` directly: its nearest non-inline ancestor (or the shadow root / document). */
export function blockOf(node: Node): Node {
  let n: Node | null = node.nodeType === 1 && !isInline(node as Element) ? node : node.parentNode;
  while (n && n.nodeType === 1 && isInline(n as Element)) n = n.parentNode;
  return n ?? node;
}

class BlockBuilder {
  nodes: Text[] = [];
  starts: number[] = [];
  parts: string[] = [];
  length = 0;
  constructor(readonly container: Node) {}

  add(node: Text): void {
    const data = node.data;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /** The finished block (cut into pieces when huge), or none when it holds no word worth matching. */
  take(): TextBlock[] {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const { container, nodes, starts } = this;
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    if (!CAPITAL.test(text)) return []; // every name has a capital or a digit
    if (text.length <= MAX_BLOCK) return [{ container, nodes, starts, text }];
    return [...cut({ container, nodes, starts, text })];
  }
}

/**
 * A possible capital or digit: an ASCII one or any non-ASCII unit (a superset of \p{Lu}\p{Lt}\p{N}, which the
 * worker's matcher then checks). No `u` flag: a Unicode property class costs about half a millisecond to compile
 * in a tab's fresh script world, every page.
 */
const CAPITAL = /[A-Z0-9\u0080-\uffff]/;

/** Cuts a huge block at spaces into pieces of at most MAX_BLOCK characters (still pointing into the same nodes). */
function* cut(block: TextBlock): Generator<TextBlock> {
  let from = 0;
  while (from < block.text.length) {
    let to = Math.min(block.text.length, from + MAX_BLOCK);
    if (to < block.text.length) {
      const space = block.text.lastIndexOf(' ', to);
      if (space > from + MAX_BLOCK / 2) to = space;
    }
    const first = nodeAt(block.starts, from);
    const last = nodeAt(block.starts, to - 1);
    const base = block.starts[first];
    yield {
      container: block.container,
      nodes: block.nodes.slice(first, last + 1),
      starts: block.starts.slice(first, last + 1).map((s) => s - base),
      text: block.text.slice(base, block.starts[last] + block.nodes[last].data.length),
    };
    from = to;
  }
}

/** Index of the node holding character `offset` (binary search over `starts`). */
export function nodeAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface WalkOptions {
  /** Called for every open shadow root met on the way (its text is read too). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Whether to read a nested block element (default yes): say no to blocks already read. */
  enter?: (el: Element) => boolean;
}

/** Nodes visited between two chances for the caller to stop (a `null` from the walk), so text-less regions cannot stall a slice. */
const NODES_PER_TICK = 256;

/**
 * The text blocks under `root`, in document order, read lazily so a caller can stop between blocks; `null` now
 * and then in long stretches without text. One native `TreeWalker` over elements and text (a content script's
 * code runs cold on every page, so the fewer steps in script per node the better): a text node belongs to its
 * nearest non-inline ancestor; any element that is not inline ends the block being read (so "Vladimir<br>Putin"
 * is two blocks); a skipped element, or a block `enter` declines, is stepped over natively. An open shadow root is
 * read where its host is met, before the host's own children.
 */
export function* textBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock | null> {
  if (root.nodeType === 3) {
    const builder = new BlockBuilder(root);
    builder.add(root as Text);
    for (const block of builder.take()) yield block;
    return;
  }
  // Asked once for the whole root (and each shadow root): no attribute reads per element during the walk.
  // An element added later is read again by its own job (page/page-marker.ts), with its own query.
  const skipped = new Set<Element>();
  skippedByAttribute(root, skipped);
  if (root.nodeType === 1) {
    const shadow = (root as Element).shadowRoot;
    if (shadow) yield* shadowBlocks(shadow, options);
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let builder: BlockBuilder | undefined;
  let parent: Node | null = null;
  let container: Node = root;
  let visited = 0;
  for (let node = walker.nextNode(); node; ) {
    if (++visited % NODES_PER_TICK === 0) yield null;
    if (node.nodeType === 3) {
      // White space outside any block being read adds nothing (most text nodes are the indentation between
      // elements): no need to ask for its parent.
      if (!builder && isBlank((node as Text).data)) {
        node = walker.nextNode();
        continue;
      }
      const p = node.parentNode!;
      if (p !== parent) {
        parent = p;
        container = p;
        while (container !== root && container.nodeType === 1 && tagKind(container as Element) === 1) container = container.parentNode!;
      }
      if (builder && builder.container !== container) {
        for (const block of builder.take()) yield block;
        builder = undefined;
      }
      (builder ??= new BlockBuilder(container)).add(node as Text);
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const kind = kindOf(el.tagName);
    const skip = (kind & 3) === 2 || (skipped.size > 0 && skipped.has(el));
    const shadow = !skip && kind & HOSTS ? el.shadowRoot : null;
    if ((kind & 3) === 1 && !skip && !shadow) {
      node = walker.nextNode();
      continue;
    }
    // Not inline (or skipped): the block being read ends here.
    if (builder) {
      for (const block of builder.take()) yield block;
      builder = undefined;
    }
    if (skip || !(options.enter?.(el) ?? true)) {
      node = stepOver(walker, el);
      continue;
    }
    if (shadow) yield* shadowBlocks(shadow, options);
    node = walker.nextNode();
  }
  if (builder) for (const block of builder.take()) yield block;
}

/** True for text of white space only (checked cheaply first: such text starts with a space or line break). */
function isBlank(data: string): boolean {
  return data.charCodeAt(0) <= 32 && !NOT_BLANK.test(data);
}
const NOT_BLANK = /\S/;

function* shadowBlocks(shadow: ShadowRoot, options: WalkOptions): Generator<TextBlock | null> {
  options.onShadowRoot?.(shadow);
  yield* textBlocks(shadow, options);
}

/** The node after `el`'s subtree in the walk (null past its root's end), without visiting what `el` holds. */
function stepOver(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}
