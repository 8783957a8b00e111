import { browser } from 'wxt/browser';

/** Every key of `public/_locales/<lang>/messages.json`; a test keeps this list and both files equal. */
export const MESSAGE_KEYS = [
  'extName',
  'extDescription',
  'toolbarLabel',
  'actionGerman',
  'actionEnglish',
  'actionOriginal',
  'toggleToGerman',
  'toggleToEnglish',
  'toggleShortGerman',
  'onlyGerman',
  'onlyEnglish',
  'toggleShortEnglish',
  'optionsTitle',
  'defaultLanguage',
  'languageGerman',
  'languageEnglish',
  'languageBrowser',
  'defaultLanguageHint',
  'savedStatus',
  'actionBoth',
  'leadGerman',
  'leadEnglish',
  'readingLegend',
  'optionShowBoth',
  'optionPeek',
  'optionRemember',
  'forgetArticles',
  'forgottenStatus',
  'shortcutsLegend',
  'shortcutsHint',
  'shortcutsSentences',
  'shortcutNone',
  'shortcutsUnavailable',
  'settingsOnDevice',
  'commandSwitch',
  'commandBoth',
  'commandOriginal',
  'popupFound',
  'popupShowing',
  'popupShowingBoth',
  'popupOriginal',
  'popupNothing',
  'popupOptions',
  'sitesLegend',
  'sitesHint',
  'sitesNone',
  'siteAddress',
  'siteAdd',
  'siteRemove',
  'siteInvalid',
  'siteBuiltIn',
  'siteDenied',
  'siteAdded',
  'siteRemoved',
] as const;

/** A key of a UI string. */
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** The UI string for `key` in the browser's locale, with its placeholders filled in order. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
