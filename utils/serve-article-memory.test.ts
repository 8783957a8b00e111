import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recallArticle } from '../entrypoints/content/recall-article';
import type { MemoryRequest } from '../lib/messages';
import { DEFAULT_SETTINGS, updateSettings } from '../lib/settings';
import { answerMemoryRequest, serveArticleMemory } from './serve-article-memory';

const state = { lang: 'en' as const, both: true, switched: [1] };
const remember: MemoryRequest = { bitext: 'remember', key: 'a', state };

beforeEach(() => {
  fakeBrowser.reset();
});

/** How many articles the memory holds, read from the storage area itself. */
const rememberedCount = async (): Promise<number> =>
  Object.keys((await fakeBrowser.storage.local.get('articles')).articles ?? {}).length;

/** What an article tab reads of `key` (entrypoints/content/recall-article.ts). */
const recalled = (key: string) => recallArticle(key, Promise.resolve(DEFAULT_SETTINGS));

describe('answerMemoryRequest', () => {
  it('remembers an article, for its tab to read', async () => {
    await answerMemoryRequest(remember);
    expect(await recalled('a')).toEqual(state);
  });

  it('stores nothing while remembering is off', async () => {
    await answerMemoryRequest(remember);
    await updateSettings({ rememberArticles: false });
    await answerMemoryRequest({ ...remember, key: 'b' });
    expect(await rememberedCount()).toBe(1);
  });
});

// Issue 20: the background trusted the key and the state from any sender.
describe('serveArticleMemory', () => {
  const KEY = 'https://security-storage-und-channel-germany.de/an-article/';
  const tab = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: 1, url } });
  const article = tab(`${KEY}#comments`);

  /** What the background answers `message` from `sender`; undefined: not at all (refused). */
  const ask = async (message: unknown, sender: object): Promise<unknown> => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
    return answer === undefined ? undefined : await answer;
  };
  const stored = async () =>
    ((await fakeBrowser.storage.local.get('articles')).articles ?? {}) as Record<string, object>;
  let warn: MockInstance;

  beforeEach(() => {
    serveArticleMemory();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('answers Bitext’s content script in a tab of the article’s own site', async () => {
    expect(await ask({ bitext: 'remember', key: KEY, state }, article)).toBeNull();
    expect(await recalled(KEY)).toEqual(state);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...article, id: 'other-extension' }],
    ['an extension page (no tab)', { id: fakeBrowser.runtime.id, url: KEY }],
    ['a tab without an address', { id: fakeBrowser.runtime.id, tab: { id: 1 } }],
    ['a page of another site', tab('https://tracker.example/page/')],
    ['a page of the site over http', tab('http://security-storage-und-channel-germany.de/x/')],
  ])('refuses %s, and says so', async (_, sender) => {
    await ask({ bitext: 'remember', key: KEY, state }, article);
    expect(
      await ask({ bitext: 'remember', key: KEY, state: { ...state, both: false } }, sender),
    ).toBe(undefined);
    expect(await recalled(KEY)).toEqual(state);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenLastCalledWith(expect.stringMatching(/refused a memory request/), {
      from: (sender as { url?: string }).url,
      key: KEY,
    });
  });

  it('stores exactly the known fields of a state: extra ones are dropped', async () => {
    const extra = { ...state, id: 'a1b2c3', __proto__: { polluted: true }, at: 1 };
    expect(await ask({ bitext: 'remember', key: KEY, state: extra, more: 1 }, article)).toBeNull();
    expect(Object.keys((await stored())[KEY] ?? {})).toEqual(['lang', 'both', 'switched', 'at']);
    expect(await recalled(KEY)).toEqual(state);
  });

  it.each([
    ['a language it does not know', { ...state, lang: 'fr' }],
    ['"both" as a string', { ...state, both: 'true' }],
    ['a pair index that is no whole number', { ...state, switched: [1.5] }],
    ['a pair index out of range', { ...state, switched: [-1] }],
    ['more pair indexes than any article has pairs', { ...state, switched: Array(10_001).fill(0) }],
    ['no state', undefined],
  ])('refuses a state with %s', async (_, bad) => {
    expect(await ask({ bitext: 'remember', key: KEY, state: bad }, article)).toBeUndefined();
    expect(await stored()).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each([
    ['no address', 'an-article'],
    ['a query', `${KEY}?utm=1`],
    ['a fragment', `${KEY}#a`],
    ['no string', 42],
  ])('refuses a key with %s', async (_, key) => {
    expect(await ask({ bitext: 'remember', key, state }, article)).toBeUndefined();
    expect(await stored()).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });

  it('leaves other messages to other listeners, silently', async () => {
    expect(await ask({ bitext: 'status' }, article)).toBeUndefined();
    // The old way to read the memory through the background is gone.
    expect(await ask({ bitext: 'recall', key: KEY }, article)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
