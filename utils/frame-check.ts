/**
 * Whether this frame is worth reading: the top page always; a frame only when it holds some text and has room to
 * show it (ads, widgets and trackers are tiny or empty). Its text is asked first: reading a frame's size makes the
 * browser lay out the page that holds it, which an empty frame should not cost.
 */
export const worthReading = (): boolean =>
  window === window.top || ((document.body?.textContent?.length ?? 0) > 100 && innerWidth >= 250 && innerHeight >= 120);
