import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings';

type Patch = Parameters<typeof updateSettings>[0];

/** How long "Saved" stays on screen. Not a correctness timeout: only a visual one. */
const STATUS_MS = 2500;

/**
 * The stored settings, kept current when any context changes them; `save` writes a change at once and reports
 * "Saved" (or why not) in `status`.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>();
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState({ text: '', n: 0 });

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (!live) return;
      // A change seen by the watcher meanwhile is newer than what was loaded.
      setSettings((current) => current ?? loaded.settings);
      setProblems(loaded.problems);
    });
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (status.text !== 'Saved') return;
    const timer = setTimeout(() => setStatus((s) => (s.n === status.n ? { ...s, text: '' } : s)), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  /** Writes a change; resolves to whether it was saved. */
  const save = async (patch: Patch): Promise<boolean> => {
    try {
      setSettings(await updateSettings(patch));
      setStatus((s) => ({ text: 'Saved', n: s.n + 1 }));
      return true;
    } catch (e) {
      setStatus((s) => ({ text: `Not saved: ${e instanceof Error ? e.message : String(e)}`, n: s.n + 1 }));
      return false;
    }
  };

  return { settings, problems, status: status.text, save };
}
