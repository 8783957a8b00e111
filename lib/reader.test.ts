import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureNames, loadFixture } from '../tests/publisher-fixtures';
import * as buildPairsModule from './build-pairs';
import * as findModule from './find-bilingual-tables';
import { textOfNodes } from './normalize-text';
import { ARTICLE_ATTR, LANG_ATTR, PAIR_ATTR } from './page-contract';
import { createReader } from './reader';
import * as renderModule from './render-column';

/** What a reader sees of a pair: the shown side's text, controls left out. */
const shownText = (pair: Element): string =>
  textOfNodes(
    [...pair.children].filter(
      (child) => child instanceof HTMLElement && child.lang && !child.hidden,
    ),
  );

afterEach(() => vi.restoreAllMocks());

describe.each(fixtureNames())('reader on fixture %s', (name) => {
  it('renders the truth in order, switches, and restores the page exactly', () => {
    const { doc, truth } = loadFixture(name);
    const before = doc.documentElement.outerHTML;
    const reader = createReader(doc, 'en');
    if (!truth.bilingual) {
      expect(reader).toBeUndefined();
      expect(doc.documentElement.outerHTML).toBe(before);
      return;
    }
    if (!reader) throw new Error('expected a reader');
    const pairs = () => [...doc.querySelectorAll(`[${PAIR_ATTR}]`)];
    expect(doc.querySelector('.entry-content table:not(#wp-calendar)')).toBeNull();
    expect(pairs().map(shownText)).toEqual(truth.pairs.map((p) => p.en || p.de));

    reader.show('de');
    expect(pairs().map(shownText)).toEqual(truth.pairs.map((p) => p.de || p.en));
    const [first, second] = reader.pairs;
    if (!first || !second) throw new Error('expected two pairs');
    reader.toggle(first);
    expect(first.element.getAttribute(LANG_ATTR)).toBe('en');
    expect(second.element.getAttribute(LANG_ATTR)).toBe('de');

    reader.original();
    expect(doc.querySelector(`[${ARTICLE_ATTR}]`)).toBeNull();
    const withoutToolbar = doc.documentElement.outerHTML.replace(reader.toolbar.outerHTML, '');
    expect(withoutToolbar).toBe(before);

    reader.show('en');
    expect(pairs()).toHaveLength(truth.pairs.length);
  });
});

describe('a failing stage', () => {
  it.each([
    ['find', findModule, 'findBilingualTables'],
    ['pair', buildPairsModule, 'buildPairs'],
    ['render', renderModule, 'renderColumn'],
  ] as const)('(%s) leaves the page as it was and logs one [bitext] warning', (_, module, name) => {
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const before = doc.documentElement.outerHTML;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(module, name as never).mockImplementation((() => {
      throw new Error('boom');
    }) as never);
    expect(createReader(doc, 'de')).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[bitext\] /);
  });
});

describe('dispose', () => {
  it('leaves no trace of Bitext on the page', () => {
    const { doc } = loadFixture('identitaet-ki');
    const before = doc.documentElement.outerHTML;
    const reader = createReader(doc, 'de');
    reader?.dispose();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
