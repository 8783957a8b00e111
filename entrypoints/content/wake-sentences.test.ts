import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createColumn } from '../../lib/column/column';
import { copyOf } from '../../lib/column/copy-of';
import { leaveDeferred, type WatchSentences } from '../../lib/column/deferred-slot';
import { createLaterQueue, nearFirst } from '../../lib/column/near-first';
import { createReadingColumn, type ReadingColumn } from '../../lib/column/reading-column';
import { findBilingualTables } from '../../lib/find/find-bilingual-tables';
import { TOGGLE_ATTR } from '../../lib/page-contract';
import { loadFixture } from '../../tests/publisher-fixtures';

// happy-dom's Ranges work in the window's document only: the fixture moves into it.
function article(): ReadingColumn {
  const parsed = loadFixture('fujitsu-server-made-in-japan').doc;
  document.documentElement.remove();
  document.append(document.adoptNode(parsed.documentElement));
  const base = createColumn(document, 'en', findBilingualTables(document));
  if (!base) throw new Error('expected a column');
  return createReadingColumn(base, false);
}

/** `event` as the browser's own (a page script's events are not trusted). */
const trusted = <E extends Event>(event: E): E =>
  Object.defineProperty(event, 'isTrusted', { value: true });

const options = { announce: () => {}, peek: () => false, hover: () => false };

describe('wakeSentences', () => {
  let wakeSentences: typeof import('./wake-sentences').wakeSentences;
  let column: ReadingColumn;
  let handle: ReturnType<typeof vi.fn<(event: Event) => void>>;
  let watch: ReturnType<typeof vi.fn<WatchSentences>>;
  let sent: ReturnType<typeof vi.fn<() => Promise<boolean>>>;

  beforeEach(async () => {
    // A fresh module: it loads the script once per frame.
    vi.resetModules();
    ({ wakeSentences } = await import('./wake-sentences'));
    fakeBrowser.reset();
    column = article();
    handle = vi.fn();
    watch = vi.fn(() => handle);
    // The script has not run in this world yet.
    Reflect.deleteProperty(globalThis, Symbol.for('bitext.deferred'));
    // The background's answer: the sentence script has run in this world.
    sent = vi.fn(async () => {
      leaveDeferred({ watch, copyOf, nearFirst, createLaterQueue });
      return true;
    });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sent);
  });

  const press = (target: Element, isTrusted = true) => {
    const event = new Event('pointerdown', { bubbles: true });
    target.dispatchEvent(isTrusted ? trusted(event) : event);
    return event;
  };

  it('loads nothing until the reader presses in a pair, then hands the watcher that press', async () => {
    const signal = new AbortController().signal;
    wakeSentences(document, column, options, signal);
    press(document.body);
    expect(sent).not.toHaveBeenCalled();
    const text = column.pairs[1]?.element.querySelector('[lang]:not([hidden])') as Element;
    const event = press(text);
    await vi.waitFor(() => expect(handle).toHaveBeenCalledWith(event));
    expect(sent).toHaveBeenCalledWith({ bitext: 'sentences' });
    expect(watch).toHaveBeenCalledWith(document, column, options, signal);
    // Once awake, its own listeners take over: no second load, no second watcher.
    press(text);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(watch).toHaveBeenCalledTimes(1);
  });

  it('wakes on Alt+ArrowDown on a toggle, keeping the browser from acting on it', async () => {
    wakeSentences(document, column, options, new AbortController().signal);
    // A pair's toggle (components/page/render-pair-toggle.ts, not mounted here).
    const toggle = document.createElement('button');
    toggle.setAttribute(TOGGLE_ATTR, '');
    column.pairs[1]?.element.append(toggle);
    const key = trusted(
      new KeyboardEvent('keydown', {
        key: 'ArrowDown',
        altKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    toggle.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(handle).toHaveBeenCalledWith(key));
  });

  it('loads as the pointer comes over a pair or a toggle takes the focus, not elsewhere', async () => {
    wakeSentences(document, column, options, new AbortController().signal);
    const event = (type: string, target: Element) =>
      target.dispatchEvent(trusted(new Event(type, { bubbles: true })));
    event('pointerover', document.body);
    event('focusin', column.pairs[1]?.element as Element);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).not.toHaveBeenCalled();
    event('pointerover', column.pairs[1]?.element as Element);
    await vi.waitFor(() => expect(watch).toHaveBeenCalledTimes(1));
  });

  it('hands the watcher every event that came while the script loaded, in order', async () => {
    let answer = (_: boolean) => {};
    sent.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answer = (value) => {
            leaveDeferred({ watch, copyOf, nearFirst, createLaterQueue });
            resolve(value);
          };
        }),
    );
    wakeSentences(document, column, options, new AbortController().signal);
    const text = column.pairs[1]?.element.querySelector('[lang]:not([hidden])') as Element;
    const first = press(text);
    // A double-click's selection, a click after the press that woke the loader.
    const range = document.createRange();
    range.selectNodeContents(text);
    document.getSelection()?.addRange(range);
    const selected = trusted(new Event('selectionchange'));
    document.dispatchEvent(selected);
    answer(true);
    await vi.waitFor(() => expect(handle).toHaveBeenCalledTimes(2));
    expect(handle.mock.calls.map(([event]) => event)).toEqual([first, selected]);
    expect(sent).toHaveBeenCalledTimes(1);
  });

  // A tap peeks by its click, and a pointer that left meanwhile must not peek when the script runs.
  it('hands over what else came while the script loaded: a tap’s click, the pointer leaving', async () => {
    let answer = () => {};
    sent.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answer = () => {
            leaveDeferred({ watch, copyOf, nearFirst, createLaterQueue });
            resolve(true);
          };
        }),
    );
    wakeSentences(document, column, options, new AbortController().signal);
    const pair = column.pairs[1]?.element as Element;
    const events = ['pointerdown', 'click', 'pointerout'].map((type) => {
      const event = trusted(new Event(type, { bubbles: true }));
      pair.dispatchEvent(event);
      return event;
    });
    answer();
    await vi.waitFor(() => expect(handle).toHaveBeenCalledTimes(3));
    expect(handle.mock.calls.map(([event]) => event)).toEqual(events);
  });

  it('is not woken by a click or the pointer leaving alone', async () => {
    wakeSentences(document, column, options, new AbortController().signal);
    const pair = column.pairs[1]?.element as Element;
    for (const type of ['click', 'pointerout', 'focusout']) {
      pair.dispatchEvent(trusted(new Event(type, { bubbles: true })));
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).not.toHaveBeenCalled();
  });

  it('is not woken by a page script’s synthetic events', async () => {
    wakeSentences(document, column, options, new AbortController().signal);
    press(column.pairs[1]?.element as Element, false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).not.toHaveBeenCalled();
  });

  it('logs a failed load and tries again on the next press', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    sent.mockRejectedValueOnce(new Error('gone'));
    wakeSentences(document, column, options, new AbortController().signal);
    const pair = column.pairs[1]?.element as Element;
    press(pair);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(watch).not.toHaveBeenCalled();
    press(pair);
    await vi.waitFor(() => expect(watch).toHaveBeenCalledTimes(1));
  });

  it('starts no watcher for a column that went while the script loaded', async () => {
    const stop = new AbortController();
    wakeSentences(document, column, options, stop.signal);
    press(column.pairs[1]?.element as Element);
    stop.abort();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(watch).not.toHaveBeenCalled();
  });

  // Peek listens capturing ("a site script that stops events in its article cannot silence
  // peek"), so the wake that starts it must too.
  it('is woken where a site script stops the pointer’s events in its article', async () => {
    wakeSentences(document, column, options, new AbortController().signal);
    const body = document.querySelector('.entry-content') as Element;
    for (const type of ['pointerover', 'pointerdown', 'focusin']) {
      body.addEventListener(type, (event) => event.stopPropagation());
    }
    const pair = column.pairs[1]?.element as Element;
    pair.dispatchEvent(trusted(new Event('pointerover', { bubbles: true })));
    await vi.waitFor(() => expect(sent).toHaveBeenCalled());
  });

  it('hands the column a long article’s spreading with the watchers', async () => {
    const spread = vi.spyOn(column, 'spread');
    wakeSentences(document, column, options, new AbortController().signal);
    press(column.pairs[1]?.element as Element);
    await vi.waitFor(() => expect(watch).toHaveBeenCalledTimes(1));
    expect(spread).toHaveBeenCalledWith(expect.objectContaining({ nearFirst, createLaterQueue }));
  });
});
