import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { speak } from '../../tests/speak';
import { type MessageKey, t } from '../ui-text';
import { controlText } from './control-text';

/** The controls' words as `i18n.getMessage` gives them, in `lang`. */
const fromGetMessage = (lang: string) => {
  const side = (short: MessageKey, label: MessageKey, lead: MessageKey, only: MessageKey) => ({
    short: t(short),
    label: t(label),
    lead: t(lead),
    only: t(only),
  });
  return {
    lang,
    de: side('toggleShortGerman', 'toggleToGerman', 'leadGerman', 'onlyGerman'),
    en: side('toggleShortEnglish', 'toggleToEnglish', 'leadEnglish', 'onlyEnglish'),
    toolbar: t('toolbarLabel'),
    actions: { de: t('actionGerman'), en: t('actionEnglish'), original: t('actionOriginal') },
    both: t('actionBoth'),
    languages: { de: t('languageGerman'), en: t('languageEnglish') },
    status: {
      de: {
        one: t('popupShowing', t('languageGerman')),
        both: t('popupShowingBoth', t('languageGerman')),
      },
      en: {
        one: t('popupShowing', t('languageEnglish')),
        both: t('popupShowingBoth', t('languageEnglish')),
      },
      original: t('popupOriginal'),
    },
  };
};

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('controlText', () => {
  it.each([
    ['de', 'de'],
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr-FR', 'en'],
  ] as const)('in a %s browser, is what i18n.getMessage says in %s', (ui, locale) => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
    speak(locale);
    expect(controlText()).toEqual(fromGetMessage(locale));
  });

  it('never asks i18n.getMessage', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    controlText();
    expect(getMessage).not.toHaveBeenCalled();
  });
});
