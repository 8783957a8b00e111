/**
 * Everything Bitext assumes about security-storage-und-channel-germany.de, in one place.
 * Selectors are lists of alternatives, each with the page shape it serves; the fixtures under
 * tests/fixtures/publisher/ exercise every entry (see publisher.test.ts) but the `article`
 * fallback, which find-bilingual-tables.test.ts builds a page for.
 */

/** The pages the content script runs on. */
export const PUBLISHER_MATCHES = ['https://security-storage-und-channel-germany.de/*'];

/** Where an article's text lives, most specific first. */
const ARTICLE_BODIES = [
  // WordPress themes wrap the post body in .entry-content (every fixture, e.g. /fujitsu-server-made-in-japan/)
  '.entry-content',
  // Fallback for templates without it: the post itself
  'article',
];

/** Any element that can hold an article's text, for `matches` and `closest`. */
export const ARTICLE_BODY = ARTICLE_BODIES.join(', ');

/**
 * The article bodies of a page: every element of the first alternative that matches, in the
 * order above (infinite scroll appends the next article, with a `.entry-content` of its own). One
 * selector list would also give the post's <article> around its .entry-content, or a teaser
 * <article> placed before the post.
 */
export function findArticleBodies(doc: Document): Element[] {
  for (const selector of ARTICLE_BODIES) {
    const bodies = [...doc.querySelectorAll(selector)];
    if (bodies.length) return bodies;
  }
  return [];
}

/** Tables that are never an article's bilingual table, whatever their text. */
export const NOT_ARTICLE_TABLES = [
  // The sidebar calendar widget (negative-german-only, classic-br-br)
  '#wp-calendar',
].join(', ');

/**
 * The element that stands for a table in the article flow: Gutenberg wraps tables in a figure
 * (fujitsu-server-made-in-japan); Classic-editor tables stand alone (classic-br-br).
 */
export const TABLE_FIGURE = 'figure.wp-block-table';

/** A row whose cells only name the languages (`<th>Deutsch</th><th>English</th>`, label-row). */
export const LANGUAGE_LABEL = /^(deutsch|german|englisch|english|de|en)$/i;

/**
 * The bilingual contact line after the author bio ("Kontakt – Contact via Mail: …"): one line in
 * both languages, so it must never be read as half of a pair.
 */
export const CONTACT_LINE = /^\s*kontakt\s*[–—-]\s*contact\b/i;
