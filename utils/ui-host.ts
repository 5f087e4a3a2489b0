import { h, render } from 'preact';
import { CardLayer, type CardLayerProps } from '../components/CardLayer';
import { CARD_CSS } from '../components/card-css';
import { HOST_TAG } from './text-blocks';

/**
 * The one element Backstory adds to a page, created only when there is something to show: a host whose
 * shadow root holds the card. Page CSS cannot reach inside; our CSS cannot reach out.
 */
export class UiHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  show(props: CardLayerProps): void {
    if (!this.root) {
      this.host = this.doc.createElement(HOST_TAG.toLowerCase());
      this.root = this.host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      this.root.adoptedStyleSheets = [sheet];
      this.doc.documentElement.append(this.host);
    }
    render(h(CardLayer, props), this.root);
  }

  remove(): void {
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }
}
