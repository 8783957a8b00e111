import { browser } from 'wxt/browser';
import { log } from '../lib/log';
import { isSentencesRequest } from '../lib/messages';

/** The sentence card's script (entrypoints/sentences.ts), as the build names it. */
export const SENTENCES_SCRIPT = '/sentences.js';

/** Who sent a runtime message, as far as loading the sentence card asks. */
interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  /** Chrome's: the very document that asked, so a frame that navigated meanwhile gets nothing. */
  documentId?: string;
}

/**
 * Loads the sentence card's script into the frame of an article tab that asks for it. The card
 * (splitting and aligning sentences, the card, its keyboard, its styles) and peek are 8.8 kB gzip,
 * more than the content script that runs on every article page can carry within its budget: they
 * come only where a reader turns to a pair (the pointer over it, a press, a selection, a toggle's
 * focus).
 * It runs in the content script's own isolated world, which takes the watcher it leaves
 * (`lib/column/deferred-slot.ts`), with what only some articles need: the copies of a rewritten
 * article and the spreading of a long one's switches (`entrypoints/content/load-deferred.ts`).
 */
export function serveSentences(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isSentencesRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined) {
      log.warn('refused to load the sentence card: not asked by an article tab.');
      return undefined;
    }
    const target = sender.documentId
      ? { tabId, documentIds: [sender.documentId] }
      : { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [SENTENCES_SCRIPT] }).then(
      () => true,
      (error: unknown) => {
        log.warn('could not load the sentence card:', error);
        return false;
      },
    );
  });
}
