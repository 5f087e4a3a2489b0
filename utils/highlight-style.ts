import type { HighlightStyle } from '../core/settings';

/** Names under which Backstory registers its highlights (CSS.highlights is shared with the page). */
export const MENTION_HIGHLIGHT = 'backstory-mention';
export const CURRENT_HIGHLIGHT = 'backstory-current';

/**
 * Highlight styles that read on light and dark pages alike: colours mixed from the text's own colour.
 * `::highlight()` allows only colours and decorations, so marking can never shift the layout.
 */
export function highlightCss(style: HighlightStyle): string {
  const mention =
    style === 'strong'
      ? 'background-color: rgb(245 158 11 / 0.26); text-decoration: underline 2px solid; text-decoration-color: rgb(217 119 6 / 0.9);'
      : 'text-decoration: underline 1px dotted; text-decoration-color: color-mix(in srgb, currentColor 45%, rgb(217 119 6)); text-underline-offset: 0.18em;';
  return `::highlight(${MENTION_HIGHLIGHT}) { ${mention} }
::highlight(${CURRENT_HIGHLIGHT}) { background-color: rgb(245 158 11 / 0.45); text-decoration: underline 2px solid; text-decoration-color: rgb(217 119 6); }`;
}

/**
 * One stylesheet for the document and every open shadow root that holds marked text: a `::highlight()` rule
 * applies only inside the tree whose stylesheets carry it. Adopted sheets are not part of the DOM.
 */
export class HighlightSheet {
  private readonly sheet = new CSSStyleSheet();
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor(style: HighlightStyle) {
    this.sheet.replaceSync(highlightCss(style));
  }

  setStyle(style: HighlightStyle): void {
    this.sheet.replaceSync(highlightCss(style));
  }

  adopt(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // A root from another realm (rare) cannot adopt our sheet; its marks stay unstyled.
    }
  }

  remove(): void {
    for (const root of this.roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.roots.clear();
  }
}
