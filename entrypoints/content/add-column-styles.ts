import pageCss from '../../components/page/page.css?inline';
import { createDomJournal } from '../../lib/dom-journal';

/**
 * Puts Bitext's styles on the page, as one `<style>` element; returns its removal. Called where a
 * column is rendered, in the same task (no frame shows the column unstyled): a stylesheet in the
 * manifest went on every page of the site, and its rules matched `data-bitext-*` and `.bitext-*`
 * hooks any page can set, so any page could tell that Bitext is installed (issue 20). The sentence
 * card's script adds its own `css` the same way, where it starts.
 */
export function addColumnStyles(doc: Document, css: string = pageCss): () => void {
  const style = doc.createElement('style');
  style.textContent = css;
  const journal = createDomJournal();
  journal.insert(style, doc.head ?? doc.documentElement, null);
  return () => journal.undo();
}
