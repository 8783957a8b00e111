import { describe, expect, it } from 'vitest';
import { bioComplete, parsedPast, placeComplete } from './parse-progress';

/** A page as the parser leaves it: `html` inside `.entry-content`, then `after` in <body>. */
function page(html: string, after = ''): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.body.innerHTML = `<main><div class="entry-content">${html}</div></main>${after}`;
  return doc;
}
const loading = (doc: Document): Document =>
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });

describe('parsedPast', () => {
  it('is true once something follows the node in the article body', () => {
    const doc = page('<figure><table></table></figure><p>next</p>');
    expect(parsedPast(doc.querySelector('figure') as Element)).toBe(true);
    expect(parsedPast(doc.querySelector('table') as Element)).toBe(true);
  });

  it('is true when a wrapper of the node is followed, within the article body', () => {
    const doc = page('<div class="wrap"><figure><table></table></figure></div><p>next</p>');
    expect(parsedPast(doc.querySelector('table') as Element)).toBe(true);
  });

  it('does not take what follows the article body for the parser having moved on', () => {
    // What follows further up may be a script's: a consent banner appended to <body>.
    const doc = page('<p>before</p><figure><table></table></figure>', '<div>banner</div>');
    expect(parsedPast(doc.querySelector('figure') as Element)).toBe(false);
  });
});

describe('placeComplete and bioComplete', () => {
  it('take every place as complete once the document is parsed', () => {
    const doc = page('<figure><table></table></figure>');
    const figure = doc.querySelector('figure') as Element;
    expect(placeComplete(doc)(figure)).toBe(true);
    expect(bioComplete(doc, figure)).toBe(true);
  });

  it('wait, while parsing, until the parser has passed the two paragraphs after the place', () => {
    const doc = loading(page('<figure><table></table></figure><p>Bio DE</p><p>Bio EN</p>'));
    const figure = doc.querySelector('figure') as Element;
    expect(placeComplete(doc)(figure)).toBe(true);
    expect(bioComplete(doc, figure)).toBe(false);
    (doc.querySelector('.entry-content') as Element).append(doc.createElement('p'));
    expect(bioComplete(doc, figure)).toBe(true);
  });
});
