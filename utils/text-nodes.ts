/** Text a reader would want marked: not in form fields, editable regions, code, scripts, styles or our own UI. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'BACKSTORY-HOST']);

export function acceptText(node: Node): number {
  const parent = node.parentElement;
  if (!parent || !node.nodeValue || node.nodeValue.trim().length < 2) return NodeFilter.FILTER_REJECT;
  for (let el: Element | null = parent; el; el = el.parentElement) {
    if (SKIP.has(el.tagName.toUpperCase()) || (el as HTMLElement).isContentEditable) return NodeFilter.FILTER_REJECT;
  }
  return NodeFilter.FILTER_ACCEPT;
}

/** The text nodes under `root` worth scanning, in document order. */
export function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: acceptText });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
