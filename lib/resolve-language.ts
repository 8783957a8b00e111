import type { Lang } from './page-contract';
import type { LanguagePreference } from './settings';

/** The article language for a preference: 'browser' means German for any German locale, else English. */
export function resolveLanguage(pref: LanguagePreference, browserLanguage: string): Lang {
  if (pref !== 'browser') return pref;
  // Locales come as 'de', 'de-AT' or, from some Chrome APIs, 'de_AT'.
  const [primary] = browserLanguage.toLowerCase().split(/[-_]/);
  return primary === 'de' ? 'de' : 'en';
}
