import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings';

/** The stored settings, kept current, and a `save` that reports why a change was not saved. */
export function usePopupSettings() {
  const [settings, setSettings] = useState<Settings>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings((current) => current ?? loaded.settings));
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = async (patch: Parameters<typeof updateSettings>[0]) => {
    try {
      setSettings(await updateSettings(patch));
      setProblem(undefined);
    } catch (e) {
      setProblem(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return { settings, problem, save };
}
