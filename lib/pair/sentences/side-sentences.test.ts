import { describe, expect, it } from 'vitest';
import { splitCell } from '../split-cell';
import { sideSentences } from './side-sentences';

const paragraphs = (html: string) => {
  const td = document.createElement('td');
  td.innerHTML = html;
  return splitCell(td);
};

describe('sideSentences', () => {
  it('splits each paragraph, with offsets into that paragraph’s text', () => {
    const side = paragraphs('Eins ist z. B. gut. Zwei auch.<br><br>Drei folgt.');
    const sentences = sideSentences(side, 'de');
    expect(sentences.map(({ paragraph, text }) => [paragraph, text])).toEqual([
      [0, 'Eins ist z. B. gut.'],
      [0, 'Zwei auch.'],
      [1, 'Drei folgt.'],
    ]);
    for (const { paragraph, start, end, text } of sentences) {
      expect(side[paragraph]?.text.slice(start, end)).toBe(text);
    }
  });

  it('keeps a heading whole, full stops and all', () => {
    const side = paragraphs('<h3>Fazit. Kurz gesagt: Ja.</h3>Text. Mehr Text.');
    expect(sideSentences(side, 'de').map(({ paragraph, text }) => [paragraph, text])).toEqual([
      [0, 'Fazit. Kurz gesagt: Ja.'],
      [1, 'Text.'],
      [1, 'Mehr Text.'],
    ]);
  });

  it('makes each list item a sentence, found in the list’s text', () => {
    const side = paragraphs(
      'Neu sind:<ul><li>eine Anomalie-Erkennung</li><li>Replikation mit <em>Object Lock</em>. Und mehr</li><li> </li><li>NVMe/TCP</li></ul>',
    );
    const sentences = sideSentences(side, 'de');
    expect(sentences.map(({ paragraph, text }) => [paragraph, text])).toEqual([
      [0, 'Neu sind:'],
      [1, 'eine Anomalie-Erkennung'],
      [1, 'Replikation mit Object Lock. Und mehr'],
      [1, 'NVMe/TCP'],
    ]);
    const list = side[1]?.text ?? '';
    expect(sentences.slice(1).map(({ start, end }) => list.slice(start, end))).toEqual(
      sentences.slice(1).map(({ text }) => text),
    );
  });

  it('gives no sentence for a picture', () => {
    expect(sideSentences(paragraphs('<img src="a.png" alt="">'), 'en')).toEqual([]);
  });
});
