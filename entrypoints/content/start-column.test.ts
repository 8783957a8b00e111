import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findBilingualTables } from '../../lib/find/find-bilingual-tables';
import {
  ACTION_ATTR,
  ARTICLE_ATTR,
  HIDDEN_ATTR,
  LANG_ATTR,
  TOGGLE_ATTR,
} from '../../lib/page-contract';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadFixture } from '../../tests/publisher-fixtures';
import { ContentScriptContext } from './content-script-context';
import { startColumn } from './start-column';

const stops: (() => void)[] = [];
// An article nothing is remembered of.
const MEMORY = { key: 'https://a.example/x/', recalled: Promise.resolve(undefined) };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Bitext', version: '1.0' });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The seed article in the test's document, read under the content script's context. */
function started(settings = DEFAULT_SETTINGS) {
  const { doc } = loadFixture('fujitsu-server-made-in-japan');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
  const table = document.querySelector('.entry-content table');
  const ctx = ContentScriptContext();
  const start = startColumn(ctx, findBilingualTables(document), settings, MEMORY);
  if (!start || !table) throw new Error('expected a column on the seed article');
  stops.push(start.stop);
  const shown = () => ({
    column: document.querySelector(`[${ARTICLE_ATTR}]`) !== null,
    tableHidden: table.closest(`[${HIDDEN_ATTR}]`) !== null,
    controls: document.querySelectorAll(`[${TOGGLE_ATTR}], [${ACTION_ATTR}]`).length,
  });
  return { shown };
}

/** What Chrome does to an open page's content script when Bitext is updated or removed. */
const extensionGone = () => {
  fakeBrowser.runtime.id = undefined as unknown as string;
};

describe('startColumn, once the extension is gone', () => {
  it('puts the page back within a few seconds', () => {
    const { shown } = started();
    expect(shown()).toMatchObject({ column: true, tableHidden: true });
    extensionGone();
    vi.advanceTimersByTime(2000);
    expect(shown()).toEqual({ column: false, tableHidden: false, controls: 0 });
  });

  it('puts the page back at once when its tab is shown again', () => {
    const { shown } = started();
    extensionGone();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(shown()).toEqual({ column: false, tableHidden: false, controls: 0 });
  });

  it('leaves no timer behind when stopped', () => {
    started();
    const timers = vi.getTimerCount();
    for (const stop of stops.splice(0)) stop();
    expect(vi.getTimerCount()).toBe(timers - 1);
  });

  it('switches a pair without an unhandled error before it notices', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      started({ ...DEFAULT_SETTINGS, rememberArticles: true });
      // A gone extension's messaging throws at once rather than rejecting.
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
        throw new Error('Extension context invalidated.');
      });
      const toggle = document.querySelector<HTMLButtonElement>(`[${TOGGLE_ATTR}]`);
      const pair = toggle?.closest(`[${LANG_ATTR}]`);
      const before = pair?.getAttribute(LANG_ATTR);
      toggle?.click();
      await vi.runAllTimersAsync();
      expect(pair?.getAttribute(LANG_ATTR)).not.toBe(before);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

// Issue 20: a stylesheet on every page of the site let any page tell that Bitext is installed.
describe('startColumn’s styles', () => {
  // The fixture has none of its own (and in unit tests CSS imports read as empty).
  const ours = () => document.querySelectorAll('style');

  it('come with the column, in the same task, and go when it is stopped', () => {
    expect(ours()).toHaveLength(0);
    started();
    expect(ours()).toHaveLength(1);
    for (const stop of stops.splice(0)) stop();
    expect(ours()).toHaveLength(0);
  });

  it('never come where no column is', () => {
    document.body.replaceChildren();
    expect(startColumn(ContentScriptContext(), [], DEFAULT_SETTINGS, MEMORY)).toBeUndefined();
    expect(ours()).toHaveLength(0);
  });
});
