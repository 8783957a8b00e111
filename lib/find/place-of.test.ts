import { afterEach, describe, expect, it, vi } from 'vitest';
import * as normalize from '../normalize-text';
import { placeOf } from './place-of';

afterEach(() => vi.restoreAllMocks());

/** A table of `text` inside `depth` wrappers of one element each, in an article body. */
function wrapped(depth: number, text: string): { table: HTMLTableElement; body: Element } {
  const body = document.createElement('div');
  body.className = 'entry-content';
  const table = document.createElement('table');
  table.insertRow().insertCell().textContent = text;
  let outer: Element = table;
  for (let level = 0; level < depth; level++) {
    const wrapper = document.createElement('div');
    wrapper.append('\n  ', outer, '\n');
    outer = wrapper;
  }
  body.append(outer);
  return { table, body };
}

describe('placeOf on a hostile page', () => {
  it('widens over 200 wrappers without reading the table text again at each (issue 20)', () => {
    // 2 MB in 100 wrappers blocked a tab 12.1 s: each level normalised the whole text twice.
    const { table, body } = wrapped(200, 'Text '.repeat(20_000));
    const normalized = vi.spyOn(normalize, 'normalizeText');
    const textReads = vi.spyOn(Node.prototype, 'textContent', 'get');
    expect(placeOf(table, body)).toBe(body.firstElementChild);
    expect(normalized).not.toHaveBeenCalled();
    expect(textReads).not.toHaveBeenCalled();
  });

  it('stops at a wrapper with text of its own beside the table', () => {
    const { table, body } = wrapped(3, 'Text');
    const inner = table.parentElement?.parentElement as Element;
    inner.append('Quelle: Hersteller');
    expect(placeOf(table, body)).toBe(table.parentElement);
    // A soft hyphen or a no-break space alone is nothing a reader sees.
    inner.lastChild?.remove();
    inner.append('\u00AD\u00A0');
    expect(placeOf(table, body)).toBe(body.firstElementChild);
  });
});
