import { browser } from 'wxt/browser';
import * as de from '../../public/_locales/de/messages.json';
import * as en from '../../public/_locales/en/messages.json';

// The page controls' words come from the same locale files as every other UI string, but are
// bundled: a page's first `i18n.getMessage` is a synchronous fetch of the extension's whole
// message bundle from the browser, 1.2–2.4 ms on every article page (issue 4). Static reads of
// the files' named exports keep only these messages in the content script.
/** The popup's "Showing: $LANG$" with a language's name put in. */
const showing = (template: string, lang: string): string => template.replace('$LANG$', lang);

/**
 * What the article shows, said after a keyboard command: the popup's words. It takes the
 * messages one by one, as a locale file passed whole would be bundled whole.
 */
const statusText = (
  one: string,
  both: string,
  german: string,
  english: string,
  original: string,
) => ({
  de: { one: showing(one, german), both: showing(both, german) },
  en: { one: showing(one, english), both: showing(both, english) },
  original,
});

const CONTROL_TEXT = {
  de: {
    /** The language of these words, for screen readers on a page in the other one. */
    lang: 'de',
    de: {
      short: de.toggleShortGerman.message,
      label: de.toggleToGerman.message,
      lead: de.leadGerman.message,
      only: de.onlyGerman.message,
    },
    en: {
      short: de.toggleShortEnglish.message,
      label: de.toggleToEnglish.message,
      lead: de.leadEnglish.message,
      only: de.onlyEnglish.message,
    },
    toolbar: de.toolbarLabel.message,
    actions: {
      de: de.actionGerman.message,
      en: de.actionEnglish.message,
      original: de.actionOriginal.message,
    },
    both: de.actionBoth.message,
    languages: { de: de.languageGerman.message, en: de.languageEnglish.message },
    status: statusText(
      de.popupShowing.message,
      de.popupShowingBoth.message,
      de.languageGerman.message,
      de.languageEnglish.message,
      de.popupOriginal.message,
    ),
  },
  en: {
    lang: 'en',
    de: {
      short: en.toggleShortGerman.message,
      label: en.toggleToGerman.message,
      lead: en.leadGerman.message,
      only: en.onlyGerman.message,
    },
    en: {
      short: en.toggleShortEnglish.message,
      label: en.toggleToEnglish.message,
      lead: en.leadEnglish.message,
      only: en.onlyEnglish.message,
    },
    toolbar: en.toolbarLabel.message,
    actions: {
      de: en.actionGerman.message,
      en: en.actionEnglish.message,
      original: en.actionOriginal.message,
    },
    both: en.actionBoth.message,
    languages: { de: en.languageGerman.message, en: en.languageEnglish.message },
    status: statusText(
      en.popupShowing.message,
      en.popupShowingBoth.message,
      en.languageGerman.message,
      en.languageEnglish.message,
      en.popupOriginal.message,
    ),
  },
};

/** The words of the toolbar and the pair toggles. */
export type ControlText = (typeof CONTROL_TEXT)['en'];

/**
 * The controls' words in the locale `i18n.getMessage` would pick: the browser's UI language,
 * else English, the extension's default locale.
 */
export function controlText(): ControlText {
  const german = browser.i18n.getUILanguage().toLowerCase().startsWith('de');
  return german ? CONTROL_TEXT.de : CONTROL_TEXT.en;
}
