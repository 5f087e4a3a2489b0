import { useEffect, useState } from 'preact/hooks';
import { findTargetTab, type TargetTab } from './target-tab';

/** The page the popup acts on; undefined until it is found. */
export function useTargetTab(): TargetTab | undefined {
  const [target, setTarget] = useState<TargetTab>();
  useEffect(() => {
    let live = true;
    void findTargetTab().then((t) => live && setTarget(t));
    return () => void (live = false);
  }, []);
  return target;
}
