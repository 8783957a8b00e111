import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MemoryRequest } from '../lib/messages';
import { updateSettings } from '../lib/settings';
import { answerMemoryRequest } from './serve-article-memory';

const state = { lang: 'en' as const, both: true, switched: [1] };
const remember: MemoryRequest = { bitext: 'remember', key: 'a', state };

beforeEach(() => {
  fakeBrowser.reset();
});

/** How many articles the memory holds, read from the storage area itself. */
const rememberedCount = async (): Promise<number> =>
  Object.keys((await fakeBrowser.storage.local.get('articles')).articles ?? {}).length;

describe('answerMemoryRequest', () => {
  it('remembers and recalls an article', async () => {
    expect(await answerMemoryRequest(remember)).toBeUndefined();
    expect(await answerMemoryRequest({ bitext: 'recall', key: 'a' })).toEqual(state);
  });

  it('neither stores nor recalls while remembering is off', async () => {
    await answerMemoryRequest(remember);
    await updateSettings({ rememberArticles: false });
    expect(await answerMemoryRequest({ bitext: 'recall', key: 'a' })).toBeUndefined();
    await answerMemoryRequest({ ...remember, key: 'b' });
    expect(await rememberedCount()).toBe(1);
  });
});
