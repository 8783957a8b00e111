import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recallArticle as recall } from '../entrypoints/content/recall-article';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { forgetArticles, rememberArticle } from './article-memory';

const state = { lang: 'de', both: true, switched: [2, 5] } as const;

/** What an article tab reads of `key` (the content script reads the memory itself). */
const recallArticle = (key: string) => recall(key, Promise.resolve(DEFAULT_SETTINGS));

beforeEach(() => {
  fakeBrowser.reset();
});

/** How many articles the memory holds, read from the storage area itself. */
const rememberedCount = async (): Promise<number> =>
  Object.keys((await fakeBrowser.storage.local.get('articles')).articles ?? {}).length;

describe('article memory', () => {
  it('recalls what it remembered, and forgets everything at once', async () => {
    await rememberArticle('a', { ...state, switched: [...state.switched] });
    expect(await recallArticle('a')).toEqual(state);
    expect(await recallArticle('b')).toBeUndefined();
    await forgetArticles();
    expect(await rememberedCount()).toBe(0);
  });

  it('drops the least recently remembered past the limit', async () => {
    for (const key of ['a', 'b', 'c']) await rememberArticle(key, { ...state, switched: [] }, 2);
    await rememberArticle('b', { ...state, switched: [] }, 2);
    await rememberArticle('d', { ...state, switched: [] }, 2);
    expect(await recallArticle('a')).toBeUndefined();
    expect(await recallArticle('c')).toBeUndefined();
    expect(await recallArticle('b')).toBeDefined();
    expect(await recallArticle('d')).toBeDefined();
  });

  it('reads corrupt entries as not remembered, and drops them on the next write', async () => {
    await fakeBrowser.storage.local.set({
      articles: { x: { lang: 'fr', both: true, switched: [], at: 1 }, y: 'junk' },
    });
    expect(await recallArticle('x')).toBeUndefined();
    expect(await recallArticle('y')).toBeUndefined();
    await rememberArticle('z', { ...state, switched: [] });
    expect(await rememberedCount()).toBe(1);
  });
});
