import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables, MAX_NODES, MAX_ROWS, MAX_TEXT } from './find-bilingual-tables';
import { readsBilingualSoFar } from './read-rows';

const DE =
  'Die Server werden ab März im eigenen Werk gefertigt, und die Produktion ist für den Markt bestimmt.';
const EN =
  'The servers will be built in the company’s own plant from March, and production is for the market.';

const page = (body: string): Document =>
  new DOMParser().parseFromString(
    `<article><div class="entry-content">${body}</div></article>`,
    'text/html',
  );
const table = (...rows: string[][]): string =>
  `<table><tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe('findBilingualTables', () => {
  it('finds German | English and English | German tables from their text', () => {
    expect(findBilingualTables(page(table([DE, EN])))[0]?.columns).toEqual(['de', 'en']);
    expect(findBilingualTables(page(table([EN, DE])))[0]?.columns).toEqual(['en', 'de']);
  });

  it('prefers the cells’ lang attributes over a guess', () => {
    const doc = page(
      '<table><tr><td lang="en">Kubernetes 1.31</td><td lang="de">Kubernetes 1.31</td></tr><tr><td>' +
        EN +
        '</td><td>' +
        DE +
        '</td></tr></table>',
    );
    expect(findBilingualTables(doc)[0]?.columns).toEqual(['en', 'de']);
  });

  it('takes a column’s language from its cells’ lang attributes where the text alone is unclear', () => {
    // Product names and figures: prose in length, but too few stop words to tell a language by.
    const de = 'Fujitsu PRIMERGY RX2540 M7, Intel Xeon 6, NVIDIA H200 NVL, 2 TB DDR5, 8 NVMe SSD';
    const en = 'Fujitsu PRIMERGY RX2540 M7: Intel Xeon 6, NVIDIA H200 NVL, 2 TB DDR5, 8 NVMe SSDs';
    const cells = (left: string, right: string) =>
      page(`<table><tr><td${left}>${de}</td><td${right}>${en}</td></tr></table>`);
    expect(findBilingualTables(cells('', ''))).toEqual([]);
    expect(findBilingualTables(cells(' lang="de"', ' lang="en-GB"'))[0]?.columns).toEqual([
      'de',
      'en',
    ]);
    expect(findBilingualTables(cells(' lang="de"', ' lang="de"'))).toEqual([]);
  });

  it('takes no language from one product name marked lang="en" in a German table', () => {
    const rows = [
      [
        'Fujitsu PRIMERGY RX2540 M7 Rack Server, Intel Xeon 6, NVIDIA H200 NVL',
        'Zwei Sockel, bis 8 TB Arbeitsspeicher und 24 NVMe-Laufwerke pro Gehäuse',
      ],
      [
        'Fujitsu PRIMERGY RX4770 M7 Rack Server, 4x Intel Xeon 6, 16 TB RAM',
        'Vier Sockel, für große SAP-HANA-Datenbanken im eigenen Rechenzentrum',
      ],
      [
        'Fujitsu PRIMERGY GX2570 M7 GPU Server, 8x NVIDIA H200 SXM, 2 TB DDR5',
        'Acht GPUs, für das Training großer Sprachmodelle im eigenen Haus',
      ],
    ];
    const html = table(...rows).replace('<td>', '<td lang="en">');
    expect(html).toContain('lang="en"');
    expect(findBilingualTables(page(html))).toEqual([]);
  });

  it('reads a <tfoot> written before <tbody> last, where the browser shows it', () => {
    const doc = page(
      `<table><thead><tr><td>${DE}</td><td>${EN}</td></tr></thead>` +
        `<tfoot><tr><td>Fußnote: ${DE}</td><td>Footnote: ${EN}</td></tr></tfoot>` +
        `<tbody><tr><td>Zwei: ${DE}</td><td>Two: ${EN}</td></tr></tbody></table>`,
    );
    const rows = findBilingualTables(doc)[0]?.rows.map(([, en]) => en.textContent?.split(' ')[0]);
    expect(rows).toEqual(['The', 'Two:', 'Footnote:']);
  });

  it('reads the post’s .entry-content even when a teaser <article> comes before it', () => {
    const doc = new DOMParser().parseFromString(
      `<header><article>Related post</article></header><article><div class="entry-content">${table([DE, EN])}</div></article>`,
      'text/html',
    );
    expect(findBilingualTables(doc)).toHaveLength(1);
  });

  it('reads a post’s <article> when its template has no .entry-content', () => {
    const doc = new DOMParser().parseFromString(
      `<main><article>${table([DE, EN])}</article></main>`,
      'text/html',
    );
    expect(findBilingualTables(doc)).toHaveLength(1);
  });

  it('uses the Gutenberg figure as the place to replace', () => {
    const doc = page(`<figure class="wp-block-table">${table([DE, EN])}</figure>`);
    expect(findBilingualTables(doc)[0]?.place.tagName).toBe('FIGURE');
  });

  it('widens the place only over a wrapper that holds the table and nothing a reader sees', () => {
    const figure = `<figure class="wp-block-table">${table([DE, EN])}</figure>`;
    const placeIn = (wrapped: string) =>
      findBilingualTables(page(`<div class="wrap">${wrapped}</div>`))[0]?.place.tagName;
    expect(placeIn(figure)).toBe('DIV');
    // Hidden with the wrapper, a loose caption or a picture beside the table would be lost.
    expect(placeIn(`${figure}Quelle: Hersteller`)).toBe('FIGURE');
    expect(placeIn(`${figure}<img src="data:," alt="Werk">`)).toBe('FIGURE');
  });

  it('takes no bio whose second paragraph is not in the right column’s language', () => {
    const german = `<p>${DE}</p><p>Zwei: ${DE}</p>`;
    expect(findBilingualTables(page(table([DE, EN]) + german))[0]?.bio).toBeUndefined();
  });

  it('finds the bio past a <link> or <style> an editor put between it and the table', () => {
    const bio = `<p>${DE}</p><p>${EN}</p>`;
    const between = '<link rel="stylesheet" href="data:,"><style>p{}</style>';
    const found = findBilingualTables(page(table([DE, EN]) + between + bio))[0];
    expect(found?.bio?.map((p) => p.textContent)).toEqual([DE, EN]);
  });

  it('skips a label row but keeps the rest', () => {
    const doc = page(table(['Deutsch', 'English'], [DE, EN]));
    expect(findBilingualTables(doc)[0]?.rows).toHaveLength(1);
  });

  it('leaves one-language, short-label, 3-column and calendar tables alone', () => {
    expect(findBilingualTables(page(table([DE, DE])))).toEqual([]);
    expect(findBilingualTables(page(table([EN, EN])))).toEqual([]);
    expect(findBilingualTables(page(table(['Modell', 'Kapazität'], ['NX-400', '400 TB'])))).toEqual(
      [],
    );
    expect(findBilingualTables(page(table([DE, EN, EN])))).toEqual([]);
    expect(
      findBilingualTables(
        page(`<table id="wp-calendar"><tr><td>${DE}</td><td>${EN}</td></tr></table>`),
      ),
    ).toEqual([]);
  });

  it('rejects a table whose rows contradict its columns', () => {
    expect(findBilingualTables(page(table([DE, EN], [EN, DE], [DE, EN])))).toEqual([]);
    // Either column alone contradicting is enough.
    expect(findBilingualTables(page(table([DE, EN], [DE, EN], [EN, EN])))).toEqual([]);
    expect(findBilingualTables(page(table([DE, EN], [DE, EN], [DE, DE])))).toEqual([]);
  });

  it('ignores tables outside the article body and nested tables', () => {
    const outside = new DOMParser().parseFromString(
      `<aside>${table([DE, EN])}</aside>`,
      'text/html',
    );
    expect(findBilingualTables(outside)).toEqual([]);
    const nested = page(table([`${DE}${table(['NX-400', '400 TB'])}`, EN]));
    expect(findBilingualTables(nested)).toHaveLength(1);
  });

  it('pairs the bio after the table, but never the bilingual contact line', () => {
    const bio = `<p>${DE}</p><p>${EN}</p><p>Kontakt – Contact via Mail: a@b.de</p>`;
    const found = findBilingualTables(page(table([DE, EN]) + bio))[0];
    expect(found?.bio?.map((p) => p.textContent)).toEqual([DE, EN]);
    const contactOnly = `<p>Kontakt – Contact via Mail: a@b.de</p><p>${EN}</p>`;
    expect(findBilingualTables(page(table([DE, EN]) + contactOnly))[0]?.bio).toBeUndefined();
  });

  it.each([
    [0, 'a German table with English product names in one column'],
    [1, 'a two-column English before/after table'],
    [2, 'a glossary of single words'],
    [3, 'a German | English | French table'],
  ])('refuses look-alike %i of negative-look-alikes: %s', (index) => {
    const { doc } = loadFixture('negative-look-alikes');
    const tables = [...doc.querySelectorAll('.entry-content table')];
    expect(tables).toHaveLength(4);
    // Each look-alike alone in an article, so no other table can decide for it.
    expect(findBilingualTables(page((tables[index] as Element).outerHTML))).toEqual([]);
  });

  it('leaves tables in translate="no" and editable regions alone, and reads a wrapped one', () => {
    const bilingual = table([DE, EN]);
    expect(findBilingualTables(page(`<div translate="no">${bilingual}</div>`))).toEqual([]);
    expect(findBilingualTables(page(`<div contenteditable="true">${bilingual}</div>`))).toEqual([]);
    expect(
      findBilingualTables(page(`<div contenteditable="false">${bilingual}</div>`)),
    ).toHaveLength(1);
    const wrapped = findBilingualTables(
      page(`<div class="table-scroll">${bilingual}</div><p>x</p>`),
    );
    expect(wrapped[0]?.place.className).toBe('table-scroll');
  });
});

describe('readsBilingualSoFar', () => {
  const first = (doc: Document) => doc.querySelector('table') as HTMLTableElement;

  it('judges a table the parser is still filling by its finished rows', () => {
    // The last row may be cut mid-cell: it does not count, whatever it holds.
    expect(readsBilingualSoFar(first(page(table([DE, EN], [DE]))))).toBe(true);
    expect(readsBilingualSoFar(first(page(table([DE, EN]))))).toBe(false);
  });

  it('reads only the first rows, so a long table costs no more than a short one', () => {
    const start = Array.from({ length: 16 }, () => [DE, EN]);
    const german = Array.from({ length: 40 }, () => [DE, DE]);
    const doc = page(table(...start, ...german, [DE]));
    expect(readsBilingualSoFar(first(doc))).toBe(true);
    // Complete, it is judged whole: forty German rows contradict the English column.
    expect(findBilingualTables(doc)).toEqual([]);
  });

  it('does not take a one-language or label-only start for bilingual', () => {
    expect(readsBilingualSoFar(first(page(table([DE, DE], [DE]))))).toBe(false);
    expect(readsBilingualSoFar(first(page(table(['Deutsch', 'English'], [DE]))))).toBe(false);
  });
});

describe('findBilingualTables on a table too large to read in time', () => {
  // Issue 20: above these sizes pairing and rendering cannot keep within the bench's budget.
  it('leaves a table of more than MAX_ROWS rows, MAX_NODES cell nodes or MAX_TEXT characters alone, saying why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rows = (count: number, de = DE, en = EN) =>
      table(...Array.from({ length: count }, () => [de, en]));
    expect(findBilingualTables(page(rows(MAX_ROWS)))).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
    expect(findBilingualTables(page(rows(MAX_ROWS + 1)))).toEqual([]);
    expect(warn).toHaveBeenLastCalledWith(
      expect.stringMatching(
        /too large to read in time \(2001,\d+,\d+ of 2000,20000,2000000 left: rows, cell nodes, characters\); left as it was/,
      ),
    );
    const long = Math.ceil(MAX_TEXT / 2 / DE.length);
    const huge = rows(1, `${DE} `.repeat(long), `${EN} `.repeat(long));
    expect(findBilingualTables(page(huge))).toEqual([]);
    expect(warn).toHaveBeenLastCalledWith(
      expect.stringMatching(/too large.*1,\d+,\d+ of 2000,20000,2000000 left/),
    );
    // One cell of more paragraphs (a child node each at least) than can be paired in time.
    const lines = Array.from({ length: MAX_NODES / 2 + 1 }, (_, i) => `Zeile ${i}`).join('<br>');
    expect(findBilingualTables(page(table([lines, EN])))).toEqual([]);
    expect(warn).toHaveBeenLastCalledWith(
      expect.stringMatching(/too large.*1,20002,\d+ of 2000,20000,2000000 left/),
    );
    warn.mockRestore();
  }, 30_000);

  // A page's table shaped to freeze the tab: on 97c556d these 200 rows (10 kB) took 11.8 s.
  it('judges a table of huge rowspans and colspans in milliseconds, and leaves it alone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spans = '<tr><td rowspan="65534" colspan="1000">x</td></tr>';
    for (const rows of [200, MAX_ROWS + 1]) {
      const doc = page(`<table><tbody>${spans.repeat(rows)}</tbody></table>`);
      const start = performance.now();
      expect(findBilingualTables(doc)).toEqual([]);
      expect(performance.now() - start).toBeLessThan(200);
    }
    // Over the rows budget: refused as too large before any layout.
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/too large.*\(2001,2001,2001 of 2000,/),
    );
    warn.mockRestore();
  }, 30_000);

  it('counts the tables of one call together: they are read in one task', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const half = table(...Array.from({ length: MAX_ROWS / 2 + 1 }, () => [DE, EN]));
    const found = findBilingualTables(page(half + half + table([DE, EN])));
    // The second is over what the first left; the small third still fits.
    expect(found).toHaveLength(2);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/1001,\d+,\d+ of 999,\d+,\d+ left/));
    warn.mockRestore();
  }, 30_000);
});

describe('findBilingualTables on tables editors left with more than two columns', () => {
  it('reads German | English with an empty third column, leaving that column out', () => {
    const [found] = findBilingualTables(page(table([DE, EN, ''], [DE, EN, '&nbsp;'])));
    expect(found?.columns).toEqual(['de', 'en']);
    expect(
      found?.rows.map((row) => row.map((cell) => (cell as HTMLTableCellElement).cellIndex)),
    ).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('leaves alone a third column with text (German | English | French)', () => {
    const fr = 'Les serveurs seront fabriqués dans l’usine de l’entreprise à partir de mars.';
    expect(findBilingualTables(page(table([DE, EN, fr], [DE, EN, fr])))).toEqual([]);
  });

  it('gives a row spanning both columns as [cell, cell], and a cell spanning rows in each', () => {
    const doc = page(
      `<table><tbody><tr><td>${DE}</td><td>${EN}</td></tr><tr><td colspan="2">Foto: Havlik</td></tr><tr><td rowspan="2">${DE}</td><td>${EN}</td></tr><tr><td>${EN}</td></tr></tbody></table>`,
    );
    const rows = findBilingualTables(doc)[0]?.rows ?? [];
    const [, shared, span, spanned] = rows;
    expect(rows).toHaveLength(4);
    expect(shared?.[0]).toBe(shared?.[1]);
    expect(span?.[0]).toBe(spanned?.[0]);
    expect(span?.[1]).not.toBe(spanned?.[1]);
  });
});
