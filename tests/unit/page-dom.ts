/**
 * A page for the content script's engine (page/) stood in by linkedom, with the few DOM pieces the engine uses that
 * linkedom 0.18 lacks or gets wrong filled in: StaticRange and the Node and NodeFilter constants (not globals in
 * Node.js), document order (linkedom compares two nodes' depths, not their places), and a TreeWalker that can step
 * over a subtree (linkedom's only goes forward through a list it makes up front). The browser's own DOM is covered
 * by the e2e tests.
 */
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;

class TestStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    ({ startContainer: this.startContainer, startOffset: this.startOffset, endContainer: this.endContainer, endOffset: this.endOffset } = init);
  }
}

/** A node's place: the index of it and of each ancestor among its siblings, from the top down. */
function place(node: Node): number[] {
  const out: number[] = [];
  for (let n = node; n.parentNode; n = n.parentNode) out.unshift([...n.parentNode.childNodes].indexOf(n as ChildNode));
  return out;
}

/** `compareDocumentPosition` for connected nodes of one document. */
function compareDocumentPosition(this: Node, other: Node): number {
  if (this === other) return 0;
  const [a, b] = [place(this), place(other)];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? FOLLOWING : PRECEDING;
  return a.length < b.length ? FOLLOWING | CONTAINED_BY : PRECEDING | CONTAINS;
}

/** The TreeWalker steps page/text-blocks.ts takes, over elements and text (all it asks for), as the DOM spec has them. */
class TestTreeWalker {
  currentNode: Node;
  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {
    this.currentNode = root;
  }

  private shows(node: Node): boolean {
    return (node.nodeType === 1 && (this.whatToShow & SHOW_ELEMENT) !== 0) || (node.nodeType === 3 && (this.whatToShow & SHOW_TEXT) !== 0);
  }

  nextNode(): Node | null {
    let n: Node = this.currentNode;
    for (;;) {
      if (n.firstChild) {
        n = n.firstChild;
      } else {
        while (n !== this.root && !n.nextSibling) n = n.parentNode!;
        if (n === this.root) return null;
        n = n.nextSibling!;
      }
      if (this.shows(n)) return (this.currentNode = n);
    }
  }

  nextSibling(): Node | null {
    if (this.currentNode === this.root) return null;
    let n = this.currentNode.nextSibling;
    while (n && !this.shows(n)) n = n.nextSibling;
    if (n) this.currentNode = n;
    return n;
  }

  parentNode(): Node | null {
    for (let n: Node | null = this.currentNode; n && n !== this.root; ) {
      n = n.parentNode;
      if (n && this.shows(n)) return (this.currentNode = n);
    }
    return null;
  }
}

/** A page whose body is `body`. */
export function page(body: string): Document {
  vi.stubGlobal('StaticRange', TestStaticRange);
  vi.stubGlobal('Node', { DOCUMENT_POSITION_PRECEDING: PRECEDING, DOCUMENT_POSITION_FOLLOWING: FOLLOWING });
  vi.stubGlobal('NodeFilter', { SHOW_ELEMENT, SHOW_TEXT });
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  // Every node of linkedom's inherits this from one prototype: patch it where it is defined.
  let proto = Object.getPrototypeOf(document.body);
  while (!Object.prototype.hasOwnProperty.call(proto, 'compareDocumentPosition')) proto = Object.getPrototypeOf(proto);
  proto.compareDocumentPosition = compareDocumentPosition;
  (document as any).createTreeWalker = (root: Node, whatToShow: number) => new TestTreeWalker(root, whatToShow);
  return document as unknown as Document;
}
