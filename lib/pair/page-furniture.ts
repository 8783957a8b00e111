/**
 * Whether a block inside a table cell is page furniture rather than a paragraph of the article:
 * a box that a plugin or the theme puts between the paragraphs (an ad, a table of contents, a
 * share bar, related links). Furniture is never paired or hidden with a language: it stays
 * visible between the pairs in every mode and goes back to its cell on "original".
 *
 * The rule, each part seen on WordPress news sites (live-cell-blocks, live-ad-after-load):
 * 1. the element says so by its kind: `<aside>`, `<nav>`, `<ins>` (AdSense's slot);
 * 2. or a class of a known plugin box (Ad Inserter's `code-block`), or a word of a class or the
 *    id (words as `\b` splits them: at `-` and spaces) names such a box: FURNITURE_WORD
 *    (Easy TOC's `ez-toc-container`, the site's `sscg-ad`, …).
 * A paragraph's own markup never matches: editors' paragraphs carry no class, or a style class
 * (`has-text-align-center`) that names none of these words.
 */
export function isFurniture(element: Element): boolean {
  return (
    element.matches(FURNITURE) ||
    FURNITURE_WORD.test(`${element.getAttribute('class')} ${element.id}`)
  );
}

// Its kind or a whole class name; the words of some (Gutenberg's `wp-block-code`) name
// article markup too.
const FURNITURE = 'aside, nav, ins, .code-block';
// Whole words only: "ad" matches `sscg-ad`, never `heading` or `shadow`.
const FURNITURE_WORD = /\b(ads?|advert\w*|anzeige|sponsor\w*|toc|share\w*|related)\b/i;
