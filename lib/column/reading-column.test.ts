import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { ARTICLE_ATTR, LANG_ATTR } from '../page-contract';
import { answerRequest, isReaderRequest } from './answer-request';
import { createReader } from './column';
import { createArticleView, switchedPairs } from './reading-column';
import { SECONDARY_ATTR } from './show-both-sides';

/** Each pair's shown blocks as `lang` or `lang*` (secondary), in document order. */
const shown = (view: ReturnType<typeof createArticleView>): string[] =>
  view.pairs.map((pair) =>
    [...pair.element.children]
      .filter(
        (el): el is HTMLElement => el instanceof HTMLElement && Boolean(el.lang) && !el.hidden,
      )
      .map((el) => el.lang + (el.hasAttribute(SECONDARY_ATTR) ? '*' : ''))
      .join(' '),
  );

function open(both = false) {
  const { doc, truth } = loadFixture('fujitsu-server-made-in-japan');
  const reader = createReader(doc, 'en', findBilingualTables(doc));
  if (!reader) throw new Error('expected a reader');
  const view = createArticleView(reader, both);
  const sided = truth.pairs.map((pair) => Boolean(pair.de && pair.en));
  return { doc, view, sided };
}

describe('createArticleView', () => {
  it('shows both languages, the article language first, and back to one', () => {
    const { view, sided } = open();
    const notified: unknown[] = [];
    view.subscribe(() => notified.push(view.both));
    view.setBoth(true);
    expect(view.both).toBe(true);
    expect(notified).toEqual([true]);
    expect(shown(view)).toEqual(sided.map((two) => (two ? 'en de*' : expect.any(String))));

    const pair = view.pairs[sided.indexOf(true)];
    if (!pair) throw new Error('expected a pair with two sides');
    view.toggle(pair);
    expect(pair.element.getAttribute(LANG_ATTR)).toBe('de');
    expect(shown(view)[view.pairs.indexOf(pair)]).toBe('de en*');

    view.setBoth(false);
    expect(shown(view)[view.pairs.indexOf(pair)]).toBe('de');
    expect(shown(view).every((blocks) => !blocks.includes(' '))).toBe(true);
    expect(switchedPairs(view)).toEqual([view.pairs.indexOf(pair)]);
  });

  it('starts in "both" when asked, and keeps it for pairs rendered again after "original"', () => {
    const { view, sided } = open(true);
    expect(shown(view).filter((_, i) => sided[i])).toSatisfy((all: string[]) =>
      all.every((blocks) => blocks === 'en de*'),
    );
    view.original();
    expect(view.pairs).toHaveLength(0);
    view.show('de');
    expect(shown(view).filter((_, i) => sided[i])).toSatisfy((all: string[]) =>
      all.every((blocks) => blocks === 'de en*'),
    );
  });

  it('switches the whole article, and after "original" back to the last language', () => {
    const { view } = open();
    view.switchLanguage();
    expect(view.mode).toBe('de');
    view.original();
    view.switchLanguage();
    expect(view.mode).toBe('de');
    view.original();
    view.toggleBoth();
    expect([view.mode, view.both]).toEqual(['de', true]);
  });
});

describe('a whole-article change of a long article', () => {
  /** long-article's view, its pairs stacked 100 px tall with pair 150 at the viewport's top. */
  function openLong() {
    // In the test's window, which has a viewport (a parsed document has none).
    const parsed = loadFixture('long-article').doc;
    document.body.replaceWith(document.importNode(parsed.body, true));
    const doc = document;
    const reader = createReader(doc, 'en', findBilingualTables(doc));
    if (!reader) throw new Error('expected a reader');
    for (const [index, pair] of reader.pairs.entries()) {
      pair.element.getBoundingClientRect = () => new DOMRect(0, (index - 150) * 100, 600, 100);
    }
    const view = createArticleView(reader, false);
    const column = doc.querySelector(`[${ARTICLE_ATTR}]`) as HTMLElement;
    // Pairs with both languages, which a switch changes.
    const two = view.pairs.flatMap((pair, i) => (pair.sides.de && pair.sides.en ? [i] : []));
    return { view, column, two };
  }
  const settled = (column: Element) =>
    vi.waitFor(() => expect(column.hasAttribute('aria-busy')).toBe(false));

  it('shows the pairs near the viewport at once and the rest over the next frames', async () => {
    const { view, column, two } = openLong();
    const notified: number[] = [];
    view.subscribe((pairs) => notified.push(...pairs.map((pair) => view.pairs.indexOf(pair))));
    view.show('de');
    const near = two.filter((i) => i >= 145 && i < 165);
    const far = two.filter((i) => i < 130 || i > 175);
    expect(view.pairs.length).toBeGreaterThan(200);
    for (const i of near) expect(shown(view)[i]).toBe('de');
    for (const i of far) expect(shown(view)[i]).toBe('en');
    // `data-bitext-lang` says what each pair shows; the far ones follow, in a busy column.
    const attrs = () => view.pairs.map((pair) => pair.element.getAttribute(LANG_ATTR));
    for (const i of [...near, ...far]) expect(attrs()[i]).toBe(shown(view)[i]);
    expect(column.getAttribute('aria-busy')).toBe('true');
    // Nobody switched a pair: the choice is the article's, already whole.
    expect(switchedPairs(view)).toEqual([]);

    await settled(column);
    for (const i of two) expect([shown(view)[i], attrs()[i]]).toEqual(['de', 'de']);
    expect([...notified].sort((a, b) => a - b)).toEqual(view.pairs.map((_, i) => i));
  });

  it('switches a waiting pair the reader toggles away from the article language, and keeps it so', async () => {
    // As restoring a remembered article does: the whole article, then its switched pairs.
    const { view, column, two } = openLong();
    view.show('de');
    const index = two.at(-1) as number;
    view.toggle(view.pairs[index] as (typeof view.pairs)[number]);
    expect(shown(view)[index]).toBe('en');
    expect(switchedPairs(view)).toEqual([index]);
    await settled(column);
    expect(shown(view)[index]).toBe('en');
    expect(shown(view)[two[0] as number]).toBe('de');
    expect(switchedPairs(view)).toEqual([index]);
  });

  it('"show both" goes near first too', async () => {
    const { view, column, two } = openLong();
    view.setBoth(true);
    expect(shown(view)[two[0] as number]).toBe('en');
    expect(shown(view)[two.find((i) => i >= 150) as number]).toBe('en de*');
    expect(column.getAttribute('aria-busy')).toBe('true');
    await settled(column);
    expect(shown(view)[two[0] as number]).toBe('en de*');
  });

  it('drops what still waits when the original comes back', async () => {
    const { view, column } = openLong();
    const notified = vi.fn();
    view.show('de');
    view.subscribe(notified);
    view.original();
    expect(notified).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notified).toHaveBeenCalledTimes(1);
    expect(column.hasAttribute('aria-busy')).toBe(false);
  });
});

describe('reader requests', () => {
  it('accept only Bitext requests', () => {
    expect(isReaderRequest({ bitext: 'status' })).toBe(true);
    expect(isReaderRequest({ bitext: 'show', lang: 'de' })).toBe(true);
    expect(isReaderRequest({ bitext: 'show', lang: 'fr' })).toBe(false);
    expect(isReaderRequest({ bitext: 'toString' })).toBe(false);
    expect(isReaderRequest('status')).toBe(false);
    expect(isReaderRequest(null)).toBe(false);
  });

  it('carry out a request and report the state', () => {
    const { view } = open();
    expect(answerRequest(view, { bitext: 'toggle-both' })).toEqual({ mode: 'en', both: true });
    expect(answerRequest(view, { bitext: 'show', lang: 'de' }).mode).toBe('de');
    expect(answerRequest(view, { bitext: 'restore-original' })).toEqual({
      mode: 'original',
      both: true,
    });
    expect(view.pairs).toHaveLength(0);
    expect(answerRequest(view, { bitext: 'switch-language' }).mode).toBe('de');
  });
});
