import { useState } from 'preact/hooks';
import { log } from '../lib/log';
import type { PeekMode, Settings } from '../lib/settings';
import { forgetArticles } from '../utils/article-memory';
import { t } from './ui-text';
import { useSettings } from './use-settings';

/** The settings that are on or off. */
type Switch = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

const SWITCHES: readonly { key: Switch; label: () => string }[] = [
  { key: 'showBoth', label: () => t('optionShowBoth') },
  { key: 'rememberArticles', label: () => t('optionRemember') },
];

const PEEK_MODES: readonly { mode: PeekMode; label: () => string }[] = [
  { mode: 'off', label: () => t('peekOff') },
  { mode: 'paragraph', label: () => t('peekParagraph') },
  { mode: 'sentence', label: () => t('peekSentence') },
];

/** The options page's reading switches, the peek modes, each saved on change, and a way to forget all articles. */
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
        <fieldset>
          <legend>{t('optionPeek')}</legend>
          {PEEK_MODES.map(({ mode, label }) => (
            <label key={mode}>
              <input
                type="radio"
                name="peek"
                checked={settings.peek === mode}
                onChange={() => change({ peek: mode })}
              />
              {label()}
            </label>
          ))}
        </fieldset>
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
