/**
 * The content script's parts loaded on demand (utils/late-parts.ts): the hover card's renderer and the page's
 * publication date. Imported as a module into the content script's isolated world, it leaves them on a global of
 * that world, where the content script picks them up.
 */
import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardLayer } from '../../components/CardLayer';
import { CARD_CSS } from '../../components/card-css';
import { LATE_PARTS_KEY, type LateParts } from '../../utils/late-parts';
import { publishedDate } from '../../utils/published-date';

export default defineUnlistedScript(() => {
  const parts: LateParts = {
    renderLayer: (root, props) => render(props ? h(CardLayer, props) : null, root),
    css: CARD_CSS,
    publishedDate,
  };
  (globalThis as unknown as Record<symbol, LateParts>)[LATE_PARTS_KEY] = parts;
});
