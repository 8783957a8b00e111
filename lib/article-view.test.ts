import { describe, expect, it } from 'vitest';
import { loadFixture } from '../tests/publisher-fixtures';
import { createArticleView, switchedPairs } from './article-view';
import { LANG_ATTR } from './page-contract';
import { createReader } from './reader';
import { answerRequest, isReaderRequest } from './reader-requests';
import { SECONDARY_ATTR } from './show-both';

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
  const reader = createReader(doc, 'en');
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
