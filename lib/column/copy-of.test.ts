import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { PAIR_ATTR } from '../page-contract';
import { createColumn } from './column';
import { copyOf } from './copy-of';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

/** The records of `change` to `doc`'s body. */
async function recorded(doc: Document, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((more) => records.push(...more));
  observer.observe(doc.body, { childList: true, subtree: true });
  change();
  await flush();
  observer.disconnect();
  return records;
}

describe('copyOf', () => {
  it('finds each removed node at its place in the rewritten HTML, a run of text split', async () => {
    const doc = new DOMParser().parseFromString('<div><p>A</p><b>B</b></div>', 'text/html');
    const div = doc.querySelector('div') as Element;
    const b = doc.querySelector('b') as Element;
    div.append(doc.createTextNode('x'), doc.createTextNode('yz'));
    const [x, yz] = [...div.childNodes].slice(2);
    const records = await recorded(doc, () => {
      div.innerHTML = div.innerHTML.replace('A', 'A<a>!</a>');
    });
    const copy = copyOf(records);
    expect((copy(b) as Element).outerHTML).toBe('<b>B</b>');
    expect(copy(b)?.parentNode).toBe(div);
    // The first of a run is the joined node, which the later ones' copies are split off.
    const [copyX, copyYz] = [copy(x as Node), copy(yz as Node)];
    expect([copyX?.textContent, copyYz?.textContent]).toEqual(['x', 'yz']);
    expect(copyX?.nextSibling).toBe(copyYz);
    expect(copy(doc.body)).toBeUndefined();
  });
});

describe('Column.retake', () => {
  it('takes a body rewritten from its HTML as the article, switched pairs and all', async () => {
    const { doc, truth } = loadFixture('live-glossary-rewrite');
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    column.toggle(column.pairs[2] as NonNullable<(typeof column.pairs)[number]>);
    const body = doc.querySelector('.entry-content') as Element;
    const records = await recorded(doc, () => {
      body.innerHTML = body.innerHTML.replace(/\bfirewalls?\b/gi, '<a class="g">$&</a>');
    });
    expect(column.retake(records, copyOf)).toBe(true);
    expect(body.querySelector(`[${PAIR_ATTR}]`)).toBeNull();
    expect(column.add(findBilingualTables(doc))).toBe(true);
    expect(column.pairs.map((pair) => pair.lang)).toEqual(
      truth.pairs.map((_, i) => (i === 2 ? 'de' : 'en')),
    );
    expect(doc.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(truth.pairs.length);
    expect(column.pairs[2]?.sides.de?.querySelector('a.g')?.textContent).toBe('Firewalls');
    column.original();
    expect(column.mode).toBe('original');
    expect(body.querySelectorAll('td a.g').length).toBeGreaterThan(2);
  });

  it('after "original", takes the rewritten table for the next switch', async () => {
    const { doc, truth } = loadFixture('live-glossary-rewrite');
    const column = createColumn(doc, 'de', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    column.original();
    const body = doc.querySelector('.entry-content') as Element;
    const records = await recorded(doc, () => {
      body.innerHTML = body.innerHTML.replace(/\bfirewalls?\b/gi, '<a class="g">$&</a>');
    });
    expect(column.retake(records, copyOf)).toBe(true);
    expect(column.add(findBilingualTables(doc))).toBe(true);
    expect(column.mode).toBe('original');
    column.show('en');
    expect(doc.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(truth.pairs.length);
    expect(column.pairs[2]?.sides.en?.querySelector('a.g')?.textContent).toBe('firewalls');
  });

  it('keeps an ad a script put between the pairs on the page through the rewrite', async () => {
    const { doc } = loadFixture('live-glossary-rewrite');
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const ad = doc.createElement('aside');
    ad.className = 'ad-slot';
    column.pairs[1]?.element.after(ad);
    await flush();
    const body = doc.querySelector('.entry-content') as Element;
    const records = await recorded(doc, () => {
      body.innerHTML = body.innerHTML.replace(/\bfirewalls?\b/gi, '<a class="g">$&</a>');
    });
    expect(column.retake(records, copyOf)).toBe(true);
    expect(doc.querySelectorAll('.ad-slot')).toHaveLength(1);
    expect(column.add(findBilingualTables(doc))).toBe(true);
    expect(doc.querySelectorAll('.ad-slot')).toHaveLength(1);
    column.original();
    expect(doc.querySelectorAll('.ad-slot')).toHaveLength(1);
  });

  it('shows nothing after "original" chosen before the rewritten table came', async () => {
    const { doc } = loadFixture('live-glossary-rewrite');
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const body = doc.querySelector('.entry-content') as Element;
    const records = await recorded(doc, () => {
      body.innerHTML = body.innerHTML.replace(/\bfirewalls?\b/gi, '<a class="g">$&</a>');
    });
    expect(column.retake(records, copyOf)).toBe(true);
    column.original();
    expect(column.add(findBilingualTables(doc))).toBe(true);
    expect(column.mode).toBe('original');
    expect(doc.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(0);
  });

  it('leaves the column as it is for records that did not take its cells away', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { doc, truth } = loadFixture('live-glossary-rewrite');
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const table = doc.querySelector('.entry-content table') as Element;
    table.replaceWith(table.cloneNode(true));
    const records = await recorded(doc, () => {
      doc.body.append(doc.createElement('aside'));
    });
    expect(column.retake([], copyOf)).toBe(false);
    expect(column.retake(records, copyOf)).toBe(false);
    expect(column.pairs).toHaveLength(truth.pairs.length);
  });

  it('takes a long article rewritten from its HTML back pair by pair', async () => {
    const DE = 'Der Netzwerkausrüster stellt eine neue Familie von Geräten für Unternehmen vor.';
    const EN = 'The network vendor is introducing a new family of devices for the companies.';
    const row = `<tr><td>${DE} <a href="#">Link</a> ${DE}<br>${DE}</td><td>${EN} <a href="#">link</a> ${EN}<br>${EN}</td></tr>`;
    const doc = new DOMParser().parseFromString(
      `<div class="entry-content"><p>Intro</p><table>${row.repeat(1000)}</table></div>`,
      'text/html',
    );
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const body = doc.querySelector('.entry-content') as Element;
    const records = await recorded(doc, () => {
      body.innerHTML = body.innerHTML.replace(/Link/g, '<b>Link</b>');
    });
    expect(column.retake(records, copyOf)).toBe(true);
    const cells = body.querySelectorAll('td');
    expect(cells).toHaveLength(2000);
    expect(cells[1998]?.textContent).toBe(`${DE} Link ${DE}${DE}`);
    expect(cells[1998]?.querySelector('b')?.textContent).toBe('Link');
    expect(cells[1999]?.textContent).toBe(`${EN} link ${EN}${EN}`);
  }, 60_000);
});
