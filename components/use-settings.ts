import { useCallback, useEffect, useState } from 'preact/hooks';
import { getSettings, type Settings, updateSettings, watchSettings } from '../lib/settings';

/** Saves a patch; the returned promise settles once storage has it. */
export type UpdateSettings = (patch: Partial<Settings>) => Promise<void>;

/** The settings (undefined until read), kept in step with every tab, and a way to change them. */
export function useSettings(): [Settings | undefined, UpdateSettings] {
  const [settings, setSettings] = useState<Settings>();

  useEffect(() => {
    let active = true;
    // A change that arrives while the first read is pending is newer than that read.
    getSettings().then((read) => active && setSettings((current) => current ?? read));
    const unwatch = watchSettings(setSettings);
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  const update = useCallback<UpdateSettings>(async (patch) => {
    // Show the choice at once, so a re-render before storage answers does not undo the click.
    setSettings((current) => current && { ...current, ...patch });
    try {
      await updateSettings(patch);
    } catch (error) {
      setSettings(await getSettings());
      throw error;
    }
  }, []);

  return [settings, update];
}
