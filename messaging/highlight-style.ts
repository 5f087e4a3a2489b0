import type { HighlightStyle } from '../core/settings';

/**
 * Names under which Backstory registers its highlights (CSS.highlights is shared with the page): the mentions under
 * the name of the style the reader chose, the mention stepped to with the keyboard under its own.
 */
export const MENTION_HIGHLIGHTS: Record<HighlightStyle, string> = { subtle: 'backstory-mention', strong: 'backstory-mention-strong' };
export const CURRENT_HIGHLIGHT = 'backstory-current';
/** The later mentions of each name, fainter (the "calm" density). */
export const LATER_HIGHLIGHT = 'backstory-mention-later';

/** The stylesheet the manifest gives every page and frame (wxt.config.ts writes it into the package). */
export const HIGHLIGHT_CSS_FILE = 'highlights.css';

/**
 * Every highlight style, in one static sheet: colours mixed from the text's own colour, so they read on light and
 * dark pages alike. `::highlight()` allows only colours and decorations, so marking can never shift the layout.
 * The manifest injects it before the page is first styled; adopting a sheet from script once the page has loaded
 * made the browser restyle the whole page.
 */
export const HIGHLIGHT_CSS = `::highlight(${MENTION_HIGHLIGHTS.subtle}) { text-decoration: underline 1px dotted; text-decoration-color: color-mix(in srgb, currentColor 45%, rgb(217 119 6)); text-underline-offset: 0.18em; }
::highlight(${MENTION_HIGHLIGHTS.strong}) { background-color: rgb(245 158 11 / 0.26); text-decoration: underline 2px solid; text-decoration-color: rgb(217 119 6 / 0.9); }
::highlight(${LATER_HIGHLIGHT}) { text-decoration: underline 1px dotted; text-decoration-color: color-mix(in srgb, currentColor 18%, rgb(217 119 6 / 0.45)); text-underline-offset: 0.18em; }
::highlight(${CURRENT_HIGHLIGHT}) { background-color: rgb(245 158 11 / 0.45); text-decoration: underline 2px solid; text-decoration-color: rgb(217 119 6); }
`;

/**
 * The same rules for open shadow roots that hold marked text, which the manifest's sheet does not reach (Chromium
 * paints their marks through highlight inheritance anyway; the spec leaves a `::highlight()` rule to its own tree).
 * Created on the first shadow root; adopted sheets are not part of the DOM.
 */
export class ShadowSheet {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<ShadowRoot>();

  adopt(root: ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
    }
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
