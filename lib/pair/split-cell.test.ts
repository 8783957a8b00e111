import { describe, expect, it } from 'vitest';
import { splitCell } from './split-cell';

const cell = (html: string): HTMLTableCellElement => {
  const td = document.createElement('td');
  td.innerHTML = html;
  return td;
};
const texts = (html: string) =>
  splitCell(cell(html)).map(({ text, heading }) => ({ text, heading }));

describe('splitCell', () => {
  it('splits on a bare <br> without gluing the paragraphs', () => {
    expect(texts('Erster Satz.<br>Zweiter Satz.').map((p) => p.text)).toEqual([
      'Erster Satz.',
      'Zweiter Satz.',
    ]);
  });

  it('treats <br><br>, <br /> and whitespace around them as one break', () => {
    expect(texts('Eins. <br /> <br/>\n Zwei.<br><br>Drei.').map((p) => p.text)).toEqual([
      'Eins.',
      'Zwei.',
      'Drei.',
    ]);
  });

  it('keeps inline markup inside its paragraph, and its nodes are the page nodes', () => {
    const td = cell('Mit <strong>StorOS&nbsp;9.2</strong> und <a href="#">Link</a>.<br>Weiter.');
    const strong = td.querySelector('strong');
    const [first] = splitCell(td);
    expect(first?.text).toBe('Mit StorOS 9.2 und Link.');
    expect(first?.nodes).toContain(strong);
    expect(first?.whole).toBe(false);
  });

  it('takes <p> elements whole and skips blank ones', () => {
    const paragraphs = splitCell(cell('<p>Eins.</p>\n<p> </p>\n<p>Zwei.</p>'));
    expect(paragraphs.map((p) => [p.text, p.whole, (p.nodes[0] as Element).tagName])).toEqual([
      ['Eins.', true, 'P'],
      ['Zwei.', true, 'P'],
    ]);
  });

  it('recognises sub-headings: a bold line, a bold <p>, an <h3>', () => {
    expect(
      texts('<strong>Titel</strong><br>Text.<p><strong>Zweiter</strong></p><h3>Dritter</h3>'),
    ).toEqual([
      { text: 'Titel', heading: true },
      { text: 'Text.', heading: false },
      { text: 'Zweiter', heading: true },
      { text: 'Dritter', heading: true },
    ]);
  });

  it('does not take a bold phrase inside a sentence for a heading', () => {
    expect(texts('Mit <strong>StorOS</strong> reagiert Norvane.')[0]?.heading).toBe(false);
  });

  it('takes a bold paragraph (a teaser, a key sentence) for a paragraph, not a heading', () => {
    const teaser =
      'Der Speicherhersteller Nexora hat in München die sechste Generation seiner All-Flash-Systeme vorgestellt. Sie sollen den Umstieg auf Flash erleichtern.';
    expect(
      texts(
        `<strong>${teaser}</strong><br><strong>Wichtig: das Update sofort einspielen.</strong><br><strong>Preise und Verfügbarkeit</strong>`,
      ).map((p) => p.heading),
    ).toEqual([false, false, true]);
  });

  it('makes a list one paragraph, items joined by spaces', () => {
    expect(texts('Neu:<ul><li>eins</li><li>zwei</li></ul>')).toEqual([
      { text: 'Neu:', heading: false },
      { text: 'eins zwei', heading: false },
    ]);
  });

  it('drops soft hyphens and folds no-break spaces in the text only', () => {
    const td = cell('Sicherungs&shy;kopien&nbsp;heute');
    expect(splitCell(td)[0]?.text).toBe('Sicherungskopien heute');
    expect(td.textContent).toBe('Sicherungs\u00ADkopien\u00A0heute');
  });

  it('returns nothing for an empty or blank cell', () => {
    expect(splitCell(cell(''))).toEqual([]);
    expect(splitCell(cell(' <br> &nbsp; <!-- x --> '))).toEqual([]);
  });

  it('makes no paragraph of what a reader never sees: zero-width spaces, an inline script', () => {
    const td = cell('Eins.<br>\u200B<br><script>ads.push(1)</script><br>Zwei.');
    expect(splitCell(td).map((p) => p.text)).toEqual(['Eins.', 'Zwei.']);
  });

  it('keeps a picture without text as a paragraph of its own', () => {
    const td = cell('<img src="data:," alt="">Text.<br><figure><svg></svg></figure>');
    expect(
      splitCell(td).map((p) => [p.text, p.nodes.map((n) => n.nodeName).join(), p.picture]),
    ).toEqual([
      ['Text.', 'IMG,#text', false],
      ['', 'FIGURE', true],
    ]);
  });

  it.each(['img', 'svg', 'picture', 'video', 'audio', 'iframe', 'canvas', 'object', 'embed'])(
    'keeps a <p> holding only an <%s> (an embedded video, say) as a picture paragraph',
    (tag) => {
      const td = cell(`<p>Text.</p><p><${tag}></${tag}></p>`);
      expect(splitCell(td).map((p) => [p.text, p.picture])).toEqual([
        ['Text.', false],
        ['', true],
      ]);
    },
  );

  it('recognises a bold line as a sub-heading with whitespace around it, leaving the blanks in the cell', () => {
    const td = cell('\n  <strong>Zwischentitel</strong>\n  <br>\n  Der Text danach.\n');
    const [heading, text] = splitCell(td);
    expect(heading?.heading).toBe(true);
    expect(heading?.nodes.map((n) => n.nodeName)).toEqual(['STRONG']);
    expect(text?.nodes.map((n) => n.nodeValue?.trim())).toEqual(['Der Text danach.']);
    expect(text?.heading).toBe(false);
  });

  it('takes each <div> whole as a paragraph of its own', () => {
    const paragraphs = splitCell(cell('<div>Eins.</div><div>Zwei.</div>'));
    expect(paragraphs.map((p) => [p.text, p.whole])).toEqual([
      ['Eins.', true],
      ['Zwei.', true],
    ]);
  });
});

describe('splitCell on editors’ and plugins’ markup', () => {
  it('breaks at a <br> inside <p>, <strong>, <span> and a Docs paste; headings stay headings', () => {
    expect(
      texts(
        '<p><strong>Titel</strong><br>Eins.</p><strong>Zweiter<br></strong>Zwei.' +
          '<b id="docs-internal-guid-1"><span>Drei.</span><br><br><span>Vier.</span></b>' +
          '<p><span>Fünf.<br></span>Sechs.</p><p>&nbsp;</p><p><br></p>',
      ),
    ).toEqual([
      { text: 'Titel', heading: true },
      { text: 'Eins.', heading: false },
      { text: 'Zweiter', heading: true },
      { text: 'Zwei.', heading: false },
      { text: 'Drei.', heading: false },
      { text: 'Vier.', heading: false },
      { text: 'Fünf.', heading: false },
      { text: 'Sechs.', heading: false },
    ]);
  });

  it('keeps a <p> with a trailing <br> whole', () => {
    expect(splitCell(cell('<p>Eins.<br></p>')).map((p) => p.whole)).toEqual([true]);
  });

  it('gives ads and contents boxes as furniture with their place, not as paragraphs', () => {
    const blocks: { element: Element; after: number }[] = [];
    const td = cell(
      '<div id="ez-toc-container"><p>Inhalt</p></div><p>Eins.</p><div class="code-block"><div class="sscg-ad">Anzeige</div></div><p>Zwei.</p><aside>Mehr</aside><div class="wp-block-code">x = 1</div>',
    );
    expect(splitCell(td, blocks).map(({ text }) => text)).toEqual(['Eins.', 'Zwei.', 'x = 1']);
    expect(blocks.map(({ element, after }) => [element.localName, after])).toEqual([
      ['div', 0],
      ['div', 1],
      ['aside', 2],
    ]);
  });

  // The site's cells are lines between <br>s: inline markup in one is part of its paragraph.
  it('keeps an <ins>, a related link or a share count inside a line in its paragraph', () => {
    const blocks: { element: Element; after: number }[] = [];
    const td = cell(
      'Der Preis liegt bei <ins>neu: 499</ins> Euro im Jahr.<br>Mehr dazu <a class="related-link" href="/x">hier</a> lesen.<br>Geteilt <span class="share-count">12</span> Mal.',
    );
    expect(splitCell(td, blocks).map(({ text }) => text)).toEqual([
      'Der Preis liegt bei neu: 499 Euro im Jahr.',
      'Mehr dazu hier lesen.',
      'Geteilt 12 Mal.',
    ]);
    expect(blocks).toEqual([]);
  });

  it('gives AdSense’s <ins class="adsbygoogle"> between lines as furniture', () => {
    const blocks: { element: Element; after: number }[] = [];
    const td = cell('Eins.<br><ins class="adsbygoogle" style="display:block"></ins><br>Zwei.');
    expect(splitCell(td, blocks).map(({ text }) => text)).toEqual(['Eins.', 'Zwei.']);
    expect(blocks.map(({ element, after }) => [element.className, after])).toEqual([
      ['adsbygoogle', 1],
    ]);
  });
});
