import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forwardCommand } from './forward-commands';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('forwardCommand', () => {
  it('sends a known command to the tab it came from', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await forwardCommand('toggle-both', { id: 7 });
    expect(send).toHaveBeenCalledWith(7, { bitext: 'toggle-both', keyboard: true });
  });

  it('falls back to the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await forwardCommand('switch-language');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(3, { bitext: 'switch-language', keyboard: true });
  });

  it('ignores unknown commands and tabs without an article', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValue(
        new Error('Could not establish connection. Receiving end does not exist.'),
      );
    await forwardCommand('_execute_action', { id: 7 });
    expect(send).not.toHaveBeenCalled();
    await expect(forwardCommand('restore-original', { id: 7 })).resolves.toBeUndefined();
  });
});
