/**
 * The hover card's renderer, loaded on demand (page/late-parts.ts): imported as a module into the content
 * script's isolated world, it leaves itself on a global of that world, where the content script picks it up.
 */
import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardLayer } from '../../page/card/CardLayer';
import { CARD_CSS } from '../../page/card/card-css';
import { LATE_PARTS_KEY, type LateParts } from '../../page/late-parts';

export default defineUnlistedScript(() => {
  const parts: LateParts = {
    renderLayer: (root, props) => render(props ? h(CardLayer, props) : null, root),
    css: CARD_CSS,
  };
  (globalThis as unknown as Record<symbol, LateParts>)[LATE_PARTS_KEY] = parts;
});
