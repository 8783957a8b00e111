import { addStyles } from '../../components/page/add-styles';
import css from '../../components/page/page.css?inline';

/**
 * Puts the column's styles on the page; returns their removal. Called where a column is
 * rendered, in the same task: no frame shows the column unstyled.
 */
export function addColumnStyles(doc: Document): () => void {
  return addStyles(doc, css);
}
