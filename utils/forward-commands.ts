import { browser } from 'wxt/browser';
import { isCommandName } from '../lib/commands';
import type { ColumnRequest } from '../lib/messages';

/**
 * Sends a keyboard command to the article in `tab` (else the active tab). Messaging a tab needs
 * no permission; a tab without Bitext's article has no listener, so there is nothing to do there.
 */
export async function forwardCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (!isCommandName(command)) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const request: ColumnRequest = { bitext: command, keyboard: true };
  await browser.tabs.sendMessage(id, request).catch(() => {});
}

/**
 * Forwards every keyboard command of Bitext's manifest to the active tab's article. Firefox for
 * Android has no `commands` API (MDN): there, nothing to forward.
 */
export function forwardCommands(): void {
  if (!browser.commands) return;
  browser.commands.onCommand.addListener((command, tab) => {
    forwardCommand(command, tab);
  });
}
