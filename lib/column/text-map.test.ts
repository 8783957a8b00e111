import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { textOfNodes } from '../normalize-text';
import { createColumn } from './column';
import { textMap } from './text-map';

const element = (html: string): Element => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild as Element;
};

describe('textMap', () => {
  it.each(fixtureNames())('%s: its text is textOfNodes of every paragraph', (name) => {
    const { doc } = loadFixture(name);
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    for (const pair of column?.pairs ?? []) {
      for (const side of Object.values(pair.sides)) {
        for (const paragraph of side.children) {
          expect(textMap(paragraph).text).toBe(textOfNodes([paragraph]));
        }
      }
    }
  });

  it('folds spaces and soft hyphens and breaks words at block edges', () => {
    const list = element('<ul> <li>Ver\u00ADwal<b>tung</b></li><li>\u00A0und  Betrieb </li></ul>');
    const map = textMap(list);
    expect(map.text).toBe('Verwaltung und Betrieb');
    const [first, second] = list.querySelectorAll('li');
    const bold = first?.querySelector('b')?.firstChild as Node;
    // "tung" starts at 6; the point after the soft hyphen is at 3.
    expect(map.offsetOf(bold, 0)).toBe(6);
    expect(map.offsetOf(first?.firstChild as Node, 4)).toBe(3);
    // Points between nodes: before the second item, and the end of the list.
    expect(map.offsetOf(list, 2)).toBe(10);
    expect(map.offsetOf(list, list.childNodes.length)).toBe(22);
    const text = second?.firstChild as Node;
    expect(map.offsetOf(text, 1)).toBe(11);
    expect(map.offsetOf(text, 4)).toBe(14);
  });

  it('gives the Range of a stretch of text, from its first visible character to its last', () => {
    const p = element('<p>Eins. <i>Zwei</i>  drei. Vier.</p>');
    const map = textMap(p);
    expect(map.text).toBe('Eins. Zwei drei. Vier.');
    expect(map.rangeOf(6, 16)?.toString()).toBe('Zwei  drei.');
    expect(map.rangeOf(0, 5)?.toString()).toBe('Eins.');
    expect(map.rangeOf(17, 22)?.toString()).toBe('Vier.');
    expect(map.rangeOf(22, 22)).toBeUndefined();
  });

  it('maps every point of a text node: a point in a space run or after a soft hyphen too', () => {
    const p = element('<p> a\u00AD b  <em>cd </em>e </p>');
    const map = textMap(p);
    expect(map.text).toBe('a b cd e');
    const text = p.firstChild as Node;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((k) => map.offsetOf(text, k))).toEqual([
      0, 0, 1, 1, 2, 3, 3, 3,
    ]);
  });
});
