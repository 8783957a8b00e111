/**
 * Whether a block inside a table cell is page furniture rather than a paragraph of the article:
 * a box that a plugin or the theme puts between the paragraphs (an ad, a table of contents, a
 * share bar, related links). Furniture is never paired or hidden with a language: it stays
 * visible between the pairs in every mode and goes back to its cell on "original".
 *
 * The rule, each part seen on WordPress news sites (live-cell-blocks, live-ad-after-load):
 * 1. the element says so by its kind: `<aside>`, `<nav>`, `<ins>` (AdSense's slot), or a role
 *    of `complementary`, `navigation` or `banner`;
 * 2. or a class of a known plugin box (FURNITURE_CLASSES: Ad Inserter's `code-block`), or a word
 *    of a class or the id (words split at `-`, `_` and digits) names such a box: FURNITURE_WORDS
 *    (Easy TOC's `ez-toc-container`, the site's `sscg-ad`, AdSense's `adsbygoogle`, …).
 * A paragraph's own markup never matches: editors' paragraphs carry no class, or a style class
 * (`has-text-align-center`) that names none of these words.
 */
export function isFurniture(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.localName)) return true;
  if (FURNITURE_ROLES.has(element.getAttribute('role') ?? '')) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase().split(/\s+/);
  return names.some(
    (name) =>
      FURNITURE_CLASSES.has(name) ||
      name.split(/[\d_-]+/).some((word) => FURNITURE_WORDS.has(word)),
  );
}

const FURNITURE_TAGS = new Set(['aside', 'nav', 'ins']);
// Whole class names: their words alone also name article markup (Gutenberg's `wp-block-code`).
const FURNITURE_CLASSES = new Set(['code-block']);
const FURNITURE_ROLES = new Set(['complementary', 'navigation', 'banner']);
// Whole words only: "ad" matches `sscg-ad`, never `heading` or `shadow`.
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'adsbygoogle',
  'advert',
  'advertisement',
  'anzeige',
  'sponsor',
  'sponsored',
  'promo',
  'banner',
  'toc',
  'share',
  'sharing',
  'social',
  'related',
]);
