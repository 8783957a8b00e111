/**
 * The page hooks Bitext puts on an article (see docs/contract.md). They are public: end-to-end
 * checks and readers' user CSS rely on them, so code and tests import them from here only.
 */

/** Languages Bitext reads; the publisher writes German and English only. */
export type Lang = 'de' | 'en';

/** What a page-level control does: show every pair in one language, or put the page back. */
export type Action = Lang | 'original';

/** Marks the reading column that stands where a bilingual table was. */
export const ARTICLE_ATTR = 'data-bitext-article';
/** Marks one aligned paragraph pair in the reading column. */
export const PAIR_ATTR = 'data-bitext-pair';
/** The language a pair shows now, so tests and user CSS need not inspect its children. */
export const LANG_ATTR = 'data-bitext-lang';
/** Marks the one toggle button of a pair. */
export const TOGGLE_ATTR = 'data-bitext-toggle';
/** Marks a page-level control; its value is an `Action`. */
export const ACTION_ATTR = 'data-bitext-action';
/** Marks anything else Bitext adds, so it is never mistaken for article text. */
export const UI_ATTR = 'data-bitext-ui';
/**
 * On a page element Bitext hides (the emptied table): its stylesheet hides it too, should a site
 * script strip the element's inline style.
 */
export const HIDDEN_ATTR = 'data-bitext-hidden';

/** On the toolbar: the Bitext version that transformed the page, so a second copy keeps off. */
export const VERSION_ATTR = 'data-bitext-version';
/** On the toolbar: what Bitext shows now (`de`, `en` or `original`), for tests and support. */
export const STATE_ATTR = 'data-bitext-state';

/** The other language of the pair. */
export const otherLang = (lang: Lang): Lang => (lang === 'de' ? 'en' : 'de');
