/**
 * Whether a block inside a table cell is page furniture rather than a paragraph of the article:
 * a box that a plugin or the theme puts between the paragraphs (an ad, a table of contents, a
 * share bar, related links). Furniture is never paired or hidden with a language: it stays
 * visible between the pairs in every mode and goes back to its cell on "original".
 *
 * The rule, each part seen on WordPress news sites (live-cell-blocks, live-ad-after-load):
 * 1. only a `block` (a block-level element, which stands between paragraphs) is furniture, never
 *    an element inside a run of text: the site's cells are lines between `<br>`s, and an editor's
 *    `<ins>`, an `<a class="related-link">` or a `<span class="share-count">` in a sentence, taken
 *    out, cut its paragraph in two;
 * 2. the element says so by its kind: `<aside>`, `<nav>`, AdSense's slot `<ins class="adsbygoogle">`
 *    (its script shows it as a block: the one inline tag that is furniture);
 * 3. or a block whose class or id has a word (as `\b` splits them: at `-` and spaces) that names
 *    such a box: FURNITURE_WORD (Ad Inserter's `code-block`, Easy TOC's `ez-toc-container`, the
 *    site's `sscg-ad`, …).
 * A paragraph's own markup never matches: editors' paragraphs carry no class, or a style class
 * (`has-text-align-center`) that names none of these words.
 */
export function isFurniture(element: Element, block: boolean): boolean {
  return (
    element.matches(FURNITURE) ||
    (block && FURNITURE_WORD.test(`${element.getAttribute('class')} ${element.id}`))
  );
}

// By its kind alone.
const FURNITURE = 'aside, nav, ins.adsbygoogle';
// Whole words only: "ad" matches `sscg-ad`, never `heading` or `shadow`; `code-block` whole, as
// the words of Gutenberg's `wp-block-code` name article markup.
const FURNITURE_WORD = /\b(ads?|advert\w*|anzeige|sponsor\w*|toc|share\w*|related|code-block)\b/i;
