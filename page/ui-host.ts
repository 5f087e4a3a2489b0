import type { CardLayerProps } from './card/CardLayer';
import { lateParts, latePartsNow, type LateParts } from './late-parts';
import { HOST_TAG } from './text-blocks';

/**
 * The one element Backstory adds to a page, created the first time there is something to show: a host whose
 * shadow root holds the card. Page CSS cannot reach inside; our CSS cannot reach out. The renderer is one of the
 * late parts (page/late-parts.ts): `prepare()` asks for it early (the pointer over a name), and what `show()` is
 * given before it is here is drawn as soon as it is (the host stays empty if it cannot be loaded).
 */
export class UiHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private styled = false;
  /** The latest layer to draw, kept while the renderer loads. */
  private pending: CardLayerProps | undefined;

  constructor(private readonly doc: Document) {
    // A host left by an earlier copy of Backstory goes (Firefox ends the old copy's script at an update, and what
    // it showed stays on the page, an open card included). Hosts are children of <html>: a handful to look at.
    for (let el = doc.documentElement.lastElementChild; el; ) {
      const prev: Element | null = el.previousElementSibling;
      if (el.tagName === HOST_TAG) el.remove();
      el = prev;
    }
  }

  get element(): HTMLElement | undefined {
    return this.host;
  }

  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  /** Starts loading the renderer, so the first card does not wait for it. */
  prepare(): void {
    void lateParts(); // loaded once; later calls return the same promise
  }

  show(props: CardLayerProps): void {
    if (!this.root) {
      this.host = this.doc.createElement(HOST_TAG.toLowerCase());
      this.root = this.host.attachShadow({ mode: 'open' });
      this.doc.documentElement.append(this.host);
    }
    const parts = latePartsNow();
    if (parts) return this.draw(parts, props);
    const waiting = this.pending === undefined;
    this.pending = props;
    if (waiting) {
      void lateParts().then((loaded) => {
        const latest = this.pending;
        this.pending = undefined;
        if (loaded && latest) this.draw(loaded, latest);
      });
    }
  }

  remove(): void {
    this.pending = undefined;
    if (this.root) latePartsNow()?.renderLayer(this.root, null);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.styled = false;
  }

  private draw(parts: LateParts, props: CardLayerProps): void {
    if (!this.root) return; // removed while the renderer loaded
    if (!this.styled) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(parts.css);
      this.root.adoptedStyleSheets = [sheet];
      this.styled = true;
    }
    parts.renderLayer(this.root, props);
  }
}
