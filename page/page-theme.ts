/** True when the page reads light on dark, so Backstory's card should too. */
export function isDarkPage(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = win.getComputedStyle(el).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!rgb || rgb.length < 3 || (rgb.length > 3 && rgb[3] < 0.5)) continue;
    const [r, g, b] = rgb.map((c) => c / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return win.getComputedStyle(doc.documentElement).colorScheme.includes('dark') && win.matchMedia('(prefers-color-scheme: dark)').matches;
}
