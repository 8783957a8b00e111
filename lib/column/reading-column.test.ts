import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { isColumnRequest } from '../messages';
import { ARTICLE_ATTR, LANG_ATTR } from '../page-contract';
import { answerRequest } from './answer-request';
import { createColumn } from './column';
import { createLaterQueue, nearFirst } from './near-first';
import { createReadingColumn, switchedPairs } from './reading-column';
import { SECONDARY_ATTR } from './show-both-sides';

/** Each pair's shown blocks as `lang` or `lang*` (secondary), in document order. */
const shown = (column: ReturnType<typeof createReadingColumn>): string[] =>
  column.pairs.map((pair) =>
    [...pair.element.children]
      .filter(
        (el): el is HTMLElement => el instanceof HTMLElement && Boolean(el.lang) && !el.hidden,
      )
      .map((el) => el.lang + (el.hasAttribute(SECONDARY_ATTR) ? '*' : ''))
      .join(' '),
  );

function open(both = false) {
  const { doc, truth } = loadFixture('fujitsu-server-made-in-japan');
  const base = createColumn(doc, 'en', findBilingualTables(doc));
  if (!base) throw new Error('expected a base');
  const column = createReadingColumn(base, both);
  const sided = truth.pairs.map((pair) => Boolean(pair.de && pair.en));
  return { doc, column, sided };
}

describe('createReadingColumn', () => {
  it('shows both languages, the article language first, and back to one', () => {
    const { column, sided } = open();
    const notified: unknown[] = [];
    column.subscribe(() => notified.push(column.both));
    column.setBoth(true);
    expect(column.both).toBe(true);
    expect(notified).toEqual([true]);
    expect(shown(column)).toEqual(sided.map((two) => (two ? 'en de*' : expect.any(String))));

    const pair = column.pairs[sided.indexOf(true)];
    if (!pair) throw new Error('expected a pair with two sides');
    column.toggle(pair);
    expect(pair.element.getAttribute(LANG_ATTR)).toBe('de');
    expect(shown(column)[column.pairs.indexOf(pair)]).toBe('de en*');

    column.setBoth(false);
    expect(shown(column)[column.pairs.indexOf(pair)]).toBe('de');
    expect(shown(column).every((blocks) => !blocks.includes(' '))).toBe(true);
    expect(switchedPairs(column)).toEqual([column.pairs.indexOf(pair)]);
  });

  it('starts in "both" when asked, and keeps it for pairs rendered again after "original"', () => {
    const { column, sided } = open(true);
    expect(shown(column).filter((_, i) => sided[i])).toSatisfy((all: string[]) =>
      all.every((blocks) => blocks === 'en de*'),
    );
    column.original();
    expect(column.pairs).toHaveLength(0);
    column.show('de');
    expect(shown(column).filter((_, i) => sided[i])).toSatisfy((all: string[]) =>
      all.every((blocks) => blocks === 'de en*'),
    );
  });

  it('switches the whole article, and after "original" back to the last language', () => {
    const { column } = open();
    column.switchLanguage();
    expect(column.mode).toBe('de');
    column.original();
    column.switchLanguage();
    expect(column.mode).toBe('de');
    column.original();
    column.toggleBoth();
    expect([column.mode, column.both]).toEqual(['de', true]);
  });
});

// Each test renders the 300-pair article: seconds on a busy machine, past vitest's 5 s default.
describe('a whole-article change of a long article', { timeout: 20_000 }, () => {
  /** long-article's view, its pairs stacked 100 px tall with pair 150 at the viewport's top. */
  function openLong() {
    // In the test's window, which has a viewport (a parsed document has none).
    const parsed = loadFixture('long-article').doc;
    document.body.replaceWith(document.importNode(parsed.body, true));
    const doc = document;
    const base = createColumn(doc, 'en', findBilingualTables(doc));
    if (!base) throw new Error('expected a base');
    for (const [index, pair] of base.pairs.entries()) {
      pair.element.getBoundingClientRect = () => new DOMRect(0, (index - 150) * 100, 600, 100);
    }
    const column = createReadingColumn(base, false);
    // As the card's script hands it over to a long article (connect-column.ts).
    column.spread({ nearFirst, createLaterQueue });
    const columnElement = doc.querySelector(`[${ARTICLE_ATTR}]`) as HTMLElement;
    // Pairs with both languages, which a switch changes.
    const two = column.pairs.flatMap((pair, i) => (pair.sides.de && pair.sides.en ? [i] : []));
    return { column, columnElement, two };
  }
  const settled = (columnElement: Element) =>
    vi.waitFor(() => expect(columnElement.hasAttribute('aria-busy')).toBe(false));

  it('shows the pairs near the viewport at once and the rest over the next frames', async () => {
    const { column, columnElement, two } = openLong();
    const notified: number[] = [];
    column.subscribe((pairs) => notified.push(...pairs.map((pair) => column.pairs.indexOf(pair))));
    column.show('de');
    const near = two.filter((i) => i >= 145 && i < 165);
    const far = two.filter((i) => i < 130 || i > 175);
    expect(column.pairs.length).toBeGreaterThan(200);
    for (const i of near) expect(shown(column)[i]).toBe('de');
    for (const i of far) expect(shown(column)[i]).toBe('en');
    // `data-bitext-lang` says what each pair shows; the far ones follow, in a busy column.
    const attrs = () => column.pairs.map((pair) => pair.element.getAttribute(LANG_ATTR));
    for (const i of [...near, ...far]) expect(attrs()[i]).toBe(shown(column)[i]);
    expect(columnElement.getAttribute('aria-busy')).toBe('true');
    // Nobody switched a pair: the choice is the article's, already whole.
    expect(switchedPairs(column)).toEqual([]);

    await settled(columnElement);
    for (const i of two) expect([shown(column)[i], attrs()[i]]).toEqual(['de', 'de']);
    expect([...notified].sort((a, b) => a - b)).toEqual(column.pairs.map((_, i) => i));
  });

  it('switches a waiting pair the base toggles away from the article language, and keeps it so', async () => {
    // As restoring a remembered article does: the whole article, then its switched pairs.
    const { column, columnElement, two } = openLong();
    column.show('de');
    const index = two.at(-1) as number;
    column.toggle(column.pairs[index] as (typeof column.pairs)[number]);
    expect(shown(column)[index]).toBe('en');
    expect(switchedPairs(column)).toEqual([index]);
    await settled(columnElement);
    expect(shown(column)[index]).toBe('en');
    expect(shown(column)[two[0] as number]).toBe('de');
    expect(switchedPairs(column)).toEqual([index]);
  });

  it('"show both" goes near first too', async () => {
    const { column, columnElement, two } = openLong();
    column.setBoth(true);
    expect(shown(column)[two[0] as number]).toBe('en');
    expect(shown(column)[two.find((i) => i >= 150) as number]).toBe('en de*');
    expect(columnElement.getAttribute('aria-busy')).toBe('true');
    await settled(columnElement);
    expect(shown(column)[two[0] as number]).toBe('en de*');
  });

  it('drops what still waits when the original comes back', async () => {
    const { column, columnElement } = openLong();
    const notified = vi.fn();
    column.show('de');
    column.subscribe(notified);
    column.original();
    expect(notified).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notified).toHaveBeenCalledTimes(1);
    expect(columnElement.hasAttribute('aria-busy')).toBe(false);
  });
});

describe('base requests', () => {
  it('accept only Bitext requests', () => {
    expect(isColumnRequest({ bitext: 'status' })).toBe(true);
    expect(isColumnRequest({ bitext: 'show', lang: 'de' })).toBe(true);
    expect(isColumnRequest({ bitext: 'show', lang: 'fr' })).toBe(false);
    expect(isColumnRequest({ bitext: 'toString' })).toBe(false);
    expect(isColumnRequest('status')).toBe(false);
    expect(isColumnRequest(null)).toBe(false);
  });

  it('carry out a request and report the state', () => {
    const { column } = open();
    expect(answerRequest(column, { bitext: 'toggle-both' })).toEqual({ mode: 'en', both: true });
    expect(answerRequest(column, { bitext: 'show', lang: 'de' }).mode).toBe('de');
    expect(answerRequest(column, { bitext: 'restore-original' })).toEqual({
      mode: 'original',
      both: true,
    });
    expect(column.pairs).toHaveLength(0);
    expect(answerRequest(column, { bitext: 'switch-language' }).mode).toBe('de');
  });
});
