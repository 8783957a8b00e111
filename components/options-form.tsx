import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { log } from '../lib/log';
import { resolveLanguage } from '../lib/resolve-language';
import type { LanguagePreference } from '../lib/settings';
import { t } from './ui-text';
import { useSettings } from './use-settings';

/** Inputs of the options form. */
export interface OptionsFormProps {
  /** The language the content script resolves 'browser' with (`navigator.language`). */
  browserLanguage: string;
  /** The page's further sections, inside its one `main` landmark. */
  children?: ComponentChildren;
}

const CHOICES: readonly LanguagePreference[] = ['de', 'en', 'browser'];

/** The options page: the default language as a radio group that saves on every choice. */
export function OptionsForm({ browserLanguage, children }: OptionsFormProps) {
  const [settings, update] = useSettings();
  const [saved, setSaved] = useState(false);
  const hintId = useId();

  const label = (choice: LanguagePreference): string => {
    const lang = resolveLanguage(choice, browserLanguage);
    const name = t(lang === 'de' ? 'languageGerman' : 'languageEnglish');
    return choice === 'browser' ? t('languageBrowser', name) : name;
  };

  const choose = (defaultLanguage: LanguagePreference) => {
    setSaved(false);
    update({ defaultLanguage }).then(
      () => setSaved(true),
      (error: unknown) => log.error('could not save the settings:', error),
    );
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <fieldset aria-describedby={hintId}>
          <legend>{t('defaultLanguage')}</legend>
          {CHOICES.map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name="defaultLanguage"
                value={choice}
                checked={settings.defaultLanguage === choice}
                onChange={() => choose(choice)}
              />
              {label(choice)}
            </label>
          ))}
          <p id={hintId}>{t('defaultLanguageHint')}</p>
        </fieldset>
      )}
      <p role="status" aria-live="polite">
        {saved ? t('savedStatus') : ''}
      </p>
      {children}
    </main>
  );
}
