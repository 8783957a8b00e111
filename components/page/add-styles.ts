import { createDomJournal } from '../../lib/dom-journal';

/**
 * Puts `css` on the page as one `<style>` element, through the journal; returns its removal.
 * Only where a column is: a stylesheet in the manifest went on every page of the site, and its
 * rules matched `data-bitext-*` and `.bitext-*` hooks any page can set, so any page could tell
 * that Bitext is installed (issue 20).
 */
export function addStyles(doc: Document, css: string): () => void {
  const style = doc.createElement('style');
  style.textContent = css;
  const journal = createDomJournal();
  journal.insert(style, doc.head ?? doc.documentElement, null);
  return () => journal.undo();
}
