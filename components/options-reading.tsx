import { useState } from 'preact/hooks';
import { log } from '../lib/log';
import type { Settings } from '../lib/settings';
import { forgetArticles } from '../utils/article-memory';
import { t } from './ui-text';
import { useSettings } from './use-settings';

/** The settings that are on or off. */
type Switch = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

const SWITCHES: readonly { key: Switch; label: () => string }[] = [
  { key: 'showBoth', label: () => t('optionShowBoth') },
  { key: 'peek', label: () => t('optionPeek') },
  { key: 'rememberArticles', label: () => t('optionRemember') },
];

/** The options page's reading switches, each saved on change, and a way to forget all articles. */
export function OptionsReading() {
  const [settings, update] = useSettings();
  const [status, setStatus] = useState('');
  const fail = (error: unknown) => log.error('could not save the settings:', error);

  const change = (patch: Partial<Settings>) => {
    setStatus('');
    update(patch).then(() => setStatus(t('savedStatus')), fail);
  };
  const forget = () => {
    setStatus('');
    forgetArticles().then(() => setStatus(t('forgottenStatus')), fail);
  };

  if (!settings) return null;
  return (
    <section>
      <fieldset>
        <legend>{t('readingLegend')}</legend>
        {SWITCHES.map(({ key, label }) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={settings[key]}
              onChange={(event) => change({ [key]: event.currentTarget.checked })}
            />
            {label()}
          </label>
        ))}
        <button type="button" onClick={forget}>
          {t('forgetArticles')}
        </button>
      </fieldset>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
