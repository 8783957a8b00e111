import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SENTENCES_SCRIPT, serveSentences } from './serve-sentences';

describe('serveSentences', () => {
  const executeScript = vi.fn(async () => []);
  let warn: MockInstance;

  /** What the background answers `message` from `sender`; undefined: not at all. */
  const ask = async (message: unknown, sender: object): Promise<unknown> => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
    return answer === undefined ? undefined : await answer;
  };
  const tab = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3 };

  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockClear();
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    serveSentences();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('loads the sentence script into the frame of the tab that asks', async () => {
    expect(await ask({ bitext: 'sentences' }, tab)).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [SENTENCES_SCRIPT],
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('loads it into the very document that asked, where the browser says which (Chrome)', async () => {
    expect(await ask({ bitext: 'sentences' }, { ...tab, documentId: 'D1' })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, documentIds: ['D1'] },
      files: [SENTENCES_SCRIPT],
    });
  });

  it('leaves other messages to other listeners', async () => {
    expect(await ask({ bitext: 'recall', key: 'x' }, tab)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...tab, id: 'someone-else' }],
    ['an extension page (no tab)', { id: fakeBrowser.runtime.id }],
  ])('refuses %s, logged', async (_, sender) => {
    expect(await ask({ bitext: 'sentences' }, sender)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it('answers false, logged, where the browser will not run it (the tab went)', async () => {
    executeScript.mockRejectedValueOnce(new Error('No tab with id: 7'));
    expect(await ask({ bitext: 'sentences' }, tab)).toBe(false);
    expect(warn).toHaveBeenCalled();
  });
});
