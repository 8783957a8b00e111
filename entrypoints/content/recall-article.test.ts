import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { rememberArticle } from '../../utils/article-memory';
import { recallArticle } from './recall-article';

const KEY = 'https://security-storage-und-channel-germany.de/an-article/';
const state = { lang: 'en' as const, both: true, switched: [1] };
const remembering = (rememberArticles: boolean) =>
  Promise.resolve({ ...DEFAULT_SETTINGS, rememberArticles });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recallArticle', () => {
  it('reads what the background remembered, straight from storage.local', async () => {
    await rememberArticle(KEY, state);
    expect(await recallArticle(KEY, remembering(true))).toEqual(state);
    expect(await recallArticle(`${KEY}other/`, remembering(true))).toBeUndefined();
  });

  it('recalls nothing while remembering is off', async () => {
    await rememberArticle(KEY, state);
    expect(await recallArticle(KEY, remembering(false))).toBeUndefined();
  });

  it('reads the storage and the settings at once, not one after the other', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const recalled = recallArticle(KEY, new Promise(() => {}));
    expect(get).toHaveBeenCalledWith('articles');
    expect(await Promise.race([recalled, Promise.resolve('pending')])).toBe('pending');
  });

  it.each([
    ['a corrupt entry', { [KEY]: { lang: 'fr', both: true, switched: [] } }],
    ['a memory that is no object', 'junk'],
    ['a prototype’s key', { ['__proto__']: state }],
  ])('reads %s as not remembered', async (_, articles) => {
    await fakeBrowser.storage.local.set({ articles });
    expect(await recallArticle(KEY, remembering(true))).toBeUndefined();
  });

  it('reads a failed read or settings as not remembered', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('invalidated'));
    expect(await recallArticle(KEY, remembering(true))).toBeUndefined();
    expect(await recallArticle(KEY, Promise.reject(new Error('sync')))).toBeUndefined();
  });
});
