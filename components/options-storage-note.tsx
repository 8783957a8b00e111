import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { log } from '../lib/log';
import { t } from './ui-text';

/**
 * Whether settings written to `storage.sync` stay on this device: where the browser has no sync
 * area, or on Android, where Firefox keeps it locally (MDN: "Data isn't synchronized").
 */
export async function settingsStayOnDevice(): Promise<boolean> {
  if (!browser.storage.sync) return true;
  return (await browser.runtime.getPlatformInfo()).os === 'android';
}

/** The options page's note that the settings do not follow the reader to other devices, where so. */
export function OptionsStorageNote() {
  const [local, setLocal] = useState(false);

  useEffect(() => {
    settingsStayOnDevice().then(setLocal, (error: unknown) =>
      log.warn('could not tell where the settings are kept:', error),
    );
  }, []);

  return local ? <p>{t('settingsOnDevice')}</p> : null;
}
