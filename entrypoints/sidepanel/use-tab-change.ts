import { useEffect, useRef } from 'preact/hooks';

/** Calls `startOver` when the panel moves on to another tab (not when it finds its first one). */
export function useTabChange(tabId: number | undefined, startOver: () => void) {
  const followed = useRef(tabId);
  useEffect(() => {
    const before = followed.current;
    followed.current = tabId;
    if (before === undefined || before === tabId) return;
    startOver();
  }, [tabId]);
}
