import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createColumn } from '../../lib/column/column';
import { createReadingColumn } from '../../lib/column/reading-column';
import { findBilingualTables } from '../../lib/find/find-bilingual-tables';
import { ACTION_ATTR, LANG_ATTR, TOGGLE_ATTR } from '../../lib/page-contract';
import { loadFixture } from '../../tests/publisher-fixtures';
import { readerClick } from '../../tests/reader-click';
import { mountControls } from './mount-controls';

// Each test's controls come off the page after it, as on a page the extension leaves.
let mounts = new AbortController();

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  mounts.abort();
  mounts = new AbortController();
});

function mounted(fromPage?: () => void) {
  const { doc: parsed } = loadFixture('fujitsu-server-made-in-japan');
  // Focus needs a document that is shown: the fixture's page, moved into the test's.
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  const base = createColumn(document, 'en', findBilingualTables(document));
  if (!base) throw new Error('expected a base');
  const column = createReadingColumn(base, false);
  const ui = mountControls(column, mounts.signal, fromPage);
  const pair = column.pairs.find((p) => p.sides.de && p.sides.en);
  const toggle = pair?.element.querySelector<HTMLButtonElement>(`[${TOGGLE_ATTR}]`);
  if (!pair || !toggle) throw new Error('expected a pair with a toggle');
  const seen = () => ({
    shows: pair.element.getAttribute(LANG_ATTR),
    text: toggle.textContent,
    name: toggle.getAttribute('aria-label'),
    pressed: toggle.getAttribute('aria-pressed'),
  });
  return { column, toggle, seen, ui };
}

// A toggle button's name must not change with its state (WAI-ARIA APG, "Button"): a screen reader
// would otherwise read "Show in German, pressed" while the paragraph shows German.
describe('a pair toggle', () => {
  it('keeps its name when pressed: it names the other language, pressed while the pair shows it', () => {
    const { toggle, seen } = mounted();
    const german = { text: 'DE', name: 'DE: Show this paragraph in German' };
    expect(seen()).toEqual({ shows: 'en', ...german, pressed: 'false' });
    toggle.click();
    expect(seen()).toEqual({ shows: 'de', ...german, pressed: 'true' });
    toggle.click();
    expect(seen()).toEqual({ shows: 'en', ...german, pressed: 'false' });
  });

  it('names the new other language after a whole-article switch', () => {
    const { column, toggle, seen } = mounted();
    toggle.click();
    column.show('de');
    const english = { text: 'EN', name: 'EN: Show this paragraph in English' };
    expect(seen()).toEqual({ shows: 'de', ...english, pressed: 'false' });
    toggle.click();
    expect(seen()).toEqual({ shows: 'en', ...english, pressed: 'true' });
  });

  it('in "show both" names the other language as the one to lead with', () => {
    const { column, toggle, seen } = mounted();
    column.setBoth(true);
    const lead = { text: 'DE', name: 'DE: Show German first' };
    expect(seen()).toEqual({ shows: 'en', ...lead, pressed: 'false' });
    toggle.click();
    expect(seen()).toEqual({ shows: 'de', ...lead, pressed: 'true' });
  });
});

describe('restoring the original table', () => {
  it('from a focused toggle (a keyboard command) moves focus to the toolbar, not the page', () => {
    const { column, toggle } = mounted();
    toggle.focus();
    column.original();
    const original = column.toolbar.querySelector(`[${ACTION_ATTR}="original"]`);
    expect(document.activeElement).toBe(original);
  });

  it('leaves focus alone when no toggle had it', () => {
    const { column } = mounted();
    const outside = document.body.appendChild(document.createElement('button'));
    outside.focus();
    column.original();
    expect(document.activeElement).toBe(outside);
  });
});

describe('the announcement after a keyboard command', () => {
  it('says what the article shows now, in a status region made before it speaks', () => {
    const { column, ui } = mounted();
    const status = column.toolbar.querySelector('[role="status"]');
    expect(status?.textContent).toBe('');
    column.original();
    ui.announce();
    expect(status?.textContent).toBe('Showing: the original table');
    column.toggleBoth();
    ui.announce();
    expect(status?.textContent).toBe('Showing: English, with the translation below');
    expect(column.toolbar.querySelector('[role="status"]')).toBe(status);
  });
});

describe('the page controls on a page with its own click handlers', () => {
  it('toggle the clicked pair, and only it, even when the article stops clicks from bubbling', () => {
    const { column } = mounted();
    const article = document.querySelector('.entry-content') as HTMLElement;
    const stop = (event: Event) => event.stopPropagation();
    article.addEventListener('click', stop);
    const langs = () => column.pairs.map((p) => p.element.getAttribute(LANG_ATTR));
    const before = langs();
    const toggles = [...document.querySelectorAll<HTMLButtonElement>(`[${TOGGLE_ATTR}]`)];
    const last = toggles[toggles.length - 1] as HTMLButtonElement;
    // A real button: inside a page's <form> it must not submit it.
    expect(last.type).toBe('button');
    last.click();
    article.removeEventListener('click', stop);
    const index = column.pairs.findIndex((p) => p.element.contains(last));
    expect(langs()).toEqual(
      before.map((lang, i) => (i === index ? (lang === 'de' ? 'en' : 'de') : lang)),
    );
  });
});

describe('a pair with one language', () => {
  it('says which language it has, to the eye and to a screen base, in the UI’s language', () => {
    const de =
      'Die Server werden ab März im eigenen Werk gefertigt, und die Produktion ist für den Markt bestimmt.';
    const en =
      'The servers will be built in the company’s own plant from March, and production is for the market.';
    document.body.innerHTML =
      '<article><div class="entry-content"><table>' +
      `<tr><td>${de}</td><td>${en}</td></tr><tr><td>Nur hier: ${de}</td><td></td></tr>` +
      '</table></div></article>';
    const base = createColumn(document, 'en', findBilingualTables(document));
    if (!base) throw new Error('expected a base');
    mountControls(createReadingColumn(base, false), mounts.signal);
    const only = base.pairs.find((p) => !p.sides.en);
    const note = only?.controls.querySelector<HTMLElement>('.bitext-note');
    expect(only?.controls.querySelector(`[${TOGGLE_ATTR}]`)).toBeNull();
    expect(note?.lang).toBe('en');
    expect(note?.textContent).toBe(
      'DE: German only: there is no English version of this paragraph',
    );
    expect(note?.title).toBe('German only: there is no English version of this paragraph');
  });
});

describe('clicks that are no input of the reader’s (issue 20)', () => {
  it('switch what the article shows, and are told apart before the change', () => {
    const order: string[] = [];
    const { column, toggle, seen } = mounted(() => order.push(`page, ${column.mode}`));
    column.subscribe(() => order.push('changed'));
    toggle.click();
    expect(seen().shows).toBe('de');
    column.toolbar.querySelector<HTMLButtonElement>(`[${ACTION_ATTR}="de"]`)?.click();
    expect(column.mode).toBe('de');
    expect(order).toEqual(['page, en', 'changed', 'page, en', 'changed']);
  });

  it('are not what the reader’s own clicks are', () => {
    const fromPage = vi.fn();
    const { column, toggle, seen } = mounted(fromPage);
    readerClick(toggle);
    readerClick(column.toolbar.querySelector(`[${ACTION_ATTR}="original"]`) as Element);
    expect(seen().shows).toBe('de');
    expect(column.mode).toBe('original');
    // A page's click elsewhere on the page is none of Bitext's business.
    document.body.click();
    expect(fromPage).not.toHaveBeenCalled();
  });
});
