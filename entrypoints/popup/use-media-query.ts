import { useEffect, useState } from 'preact/hooks';

/** Whether a media query matches, followed as the window changes (a popup opened in a tab and resized). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const controller = new AbortController();
    const update = () => setMatches(list.matches);
    list.addEventListener('change', update, { signal: controller.signal });
    update();
    return () => controller.abort();
  }, [query]);
  return matches;
}
