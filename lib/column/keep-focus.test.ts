import { describe, expect, it } from 'vitest';
import { keepFocus } from './keep-focus';

describe('keepFocus', () => {
  it('gives the focus back to a focused element the change moved', () => {
    document.body.innerHTML =
      '<p id="column"><a href="#one">one</a></p><table><tr><td></td></tr></table>';
    const link = document.querySelector('a') as HTMLElement;
    link.focus();
    keepFocus(document, () => document.querySelector('td')?.append(link));
    expect(document.activeElement).toBe(link);
  });

  it('leaves the focus alone when the focused element is gone, or the change put it elsewhere', () => {
    document.body.innerHTML = '<button id="a">a</button><button id="b">b</button>';
    const a = document.getElementById('a') as HTMLElement;
    const b = document.getElementById('b') as HTMLElement;
    a.focus();
    keepFocus(document, () => a.remove());
    expect(document.activeElement).not.toBe(a);
    document.body.append(a);
    b.focus();
    keepFocus(document, () => a.focus());
    expect(document.activeElement).toBe(a);
  });
});
