import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../tests/publisher-fixtures';
import { createColumn } from './column/column';
import { copyOf } from './column/copy-of';
import type { BilingualTable } from './find/find-bilingual-tables';
import * as findModule from './find/find-bilingual-tables';
import { followArticle, type Started } from './follow-article';
import { ARTICLE_ATTR, LANG_ATTR, PAIR_ATTR, VERSION_ATTR } from './page-contract';
import { MAX_PARAGRAPHS } from './pair/build-pairs';
import { DEFAULT_SETTINGS, type LanguagePreference, type Settings } from './settings';

// happy-dom delivers mutation records in a later task; a scheduled pass runs in the one after.
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => vi.restoreAllMocks());

/** A document that says it is still parsing, until `finish` (DOMContentLoaded, then load). */
function parsing(doc: Document): { finish: () => void } {
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return {
    finish() {
      Object.defineProperty(doc, 'readyState', { value: 'complete', configurable: true });
      doc.dispatchEvent(new Event('DOMContentLoaded'));
      doc.defaultView?.dispatchEvent(new Event('load'));
    },
  };
}

/**
 * The seed article as the parser leaves it at `last` (a node of its table): all that follows
 * `last` at every level not there yet; `parseTheRest` adds it and ends parsing.
 */
function parsedUpTo(pick: (table: HTMLTableElement) => Node) {
  const { doc, truth } = loadFixture('fujitsu-server-made-in-japan');
  const table = doc.querySelector('figure.wp-block-table table') as HTMLTableElement;
  const figure = table.closest('figure') as Element;
  const rest: [ParentNode, Node][] = [];
  for (let at: Node | null = pick(table); at?.parentNode; at = at.parentNode) {
    for (let next = at.nextSibling; next; next = at.nextSibling) {
      rest.push([at.parentNode, next]);
      next.remove();
    }
  }
  const { finish } = parsing(doc);
  const parseTheRest = () => {
    for (const [parent, node] of rest) parent.append(node);
    finish();
  };
  return { doc, truth, figure, parseTheRest };
}

/** The seed article as the parser leaves it in its table's first row. */
const inFirstRow = () => parsedUpTo((table) => table.rows[0] as Node);

/** The column's text, whitespace collapsed. */
const columnText = (doc: Document): string =>
  [...doc.querySelectorAll('[data-bitext-article]')]
    .map((el) => el.textContent?.replace(/\s+/g, ' '))
    .join(' ');

/**
 * An ad slot a script puts right after the table while the parser is still in it, which makes
 * the table look complete; the returned function takes it out and lets the parser go on.
 */
async function adSlotAfter(figure: Element, parseTheRest: () => void) {
  const slot = figure.ownerDocument.createElement('div');
  figure.after(slot);
  await flush();
  return async () => {
    slot.remove();
    parseTheRest();
    await flush();
  };
}

/** followArticle with a real column; records every start and stop. */
function follow(
  doc: Document,
  needs: Promise<string>,
  signal = new AbortController().signal,
  watch: (cb: (value: string) => void) => () => void = () => () => {},
  // Known at once unless a test says otherwise: no column is held.
  known: Promise<unknown> = Promise.resolve(),
) {
  const starts: { tables: BilingualTable[]; settings: string }[] = [];
  const stops: string[] = [];
  const started: Started[] = [];
  const start = (tables: BilingualTable[], settings: string): Started | undefined => {
    const column = createColumn(doc, settings === 'de' ? 'de' : 'en', tables, '9.9.9');
    if (!column) return undefined;
    starts.push({ tables, settings });
    const stop = () => {
      stops.push(settings);
      column.dispose();
    };
    started.push({ column, stop });
    return { column, stop };
  };
  const schedule = (run: () => void) => setTimeout(run, 0);
  // The tests speak of settings by their language alone.
  const settingsIn = (lang: string): Settings => ({
    ...DEFAULT_SETTINGS,
    defaultLanguage: lang as LanguagePreference,
  });
  followArticle(doc, {
    needs: needs.then(settingsIn),
    fallback: settingsIn('en'),
    known,
    watch: (cb) => watch((lang) => cb(settingsIn(lang))),
    start: (tables, settings) => start(tables, settings.defaultLanguage),
    schedule,
    copies: async () => copyOf,
    signal,
  });
  return { starts, stops, started };
}

const pairs = (doc: Document) => doc.querySelectorAll(`[${PAIR_ATTR}]`).length;

/** The two ends of a settings read the test settles itself. */
type Settle = { resolve: (value: string) => void; reject: (error: Error) => void };

describe('followArticle', () => {
  it('reads each table once the parser has passed it', async () => {
    const { doc } = loadFixture('several-tables');
    const body = doc.querySelector('.entry-content') as Element;
    const parts = [...body.childNodes];
    for (const node of parts) node.remove();
    // Nothing after the article body exists yet either.
    for (let at: Node | null = body; at; at = at.parentNode)
      while (at.nextSibling) at.nextSibling.remove();
    const { finish } = parsing(doc);
    const { starts } = follow(doc, new Promise(() => {}));

    // The parser appends node by node; a table is complete once something follows it.
    const [table1, ...rest] = parts.filter((node) => node.nodeType === Node.ELEMENT_NODE);
    body.append(table1 as Node);
    await flush();
    expect(starts).toHaveLength(0);
    body.append(doc.createTextNode('\n'));
    await flush();
    expect(starts).toHaveLength(1);
    expect(pairs(doc)).toBe(3);

    body.append(...rest.slice(2));
    await flush();
    finish();
    await flush();
    expect(starts).toHaveLength(1);
    expect(pairs(doc)).toBe(loadFixture('several-tables').truth.pairs.length);
  });

  it('does not take a node a script appends to <body> for the parser having passed the table', async () => {
    const { doc, truth, parseTheRest } = inFirstRow();
    const { starts } = follow(doc, new Promise(() => {}));
    // A consent banner, say, while the parser is still in the table's first row.
    doc.body.append(doc.createElement('div'));
    await flush();
    expect(starts).toHaveLength(0);

    parseTheRest();
    await flush();
    const column = doc.querySelector('[data-bitext-article]')?.textContent ?? '';
    for (const pair of truth.pairs.filter((p) => p.in === 'table')) {
      expect(column).toContain(pair.en.slice(0, 40));
    }
  });

  it('reads a table again, whole, when it grew after a script’s node right after it made it look complete', async () => {
    const { doc, truth, figure, parseTheRest } = inFirstRow();
    const { starts } = follow(doc, new Promise(() => {}));
    const goOn = await adSlotAfter(figure, parseTheRest);
    expect(starts).toHaveLength(1);
    await goOn();
    for (const pair of truth.pairs) expect(columnText(doc)).toContain(pair.en.slice(0, 40));
    expect(doc.querySelectorAll('[data-bitext-version]')).toHaveLength(1);
  });

  it('reads a table again, whole, when the parser was still in its last cell', async () => {
    // In the English cell of the last row, after its first paragraph and <br>.
    const { doc, truth, figure, parseTheRest } = parsedUpTo(
      (table) => table.rows[table.rows.length - 1]?.cells[1]?.childNodes[1] as Node,
    );
    const { starts } = follow(doc, new Promise(() => {}));
    const goOn = await adSlotAfter(figure, parseTheRest);
    expect(starts).toHaveLength(1);
    await goOn();
    const last = truth.pairs.filter((pair) => pair.in === 'table').at(-1);
    expect(last?.en).toMatch(/^The servers will be equipped/);
    for (const pair of truth.pairs) expect(columnText(doc)).toContain(pair.en.slice(0, 40));
  });

  it('judges a table again, whole, when the parser was still in its last row’s first cell', async () => {
    const { doc, truth, figure, parseTheRest } = parsedUpTo(
      (table) => table.rows[table.rows.length - 1]?.cells[0] as Node,
    );
    const { starts } = follow(doc, new Promise(() => {}));
    const goOn = await adSlotAfter(figure, parseTheRest);
    // A row of one cell is not a bilingual article's: the table is left alone for now.
    expect(starts).toHaveLength(0);
    await goOn();
    expect(starts).toHaveLength(1);
    for (const pair of truth.pairs) expect(columnText(doc)).toContain(pair.en.slice(0, 40));
  });

  it('reads a table again, whole, when the rest of its last cell is a picture', async () => {
    let cell: Element | undefined;
    const { doc, figure, parseTheRest } = parsedUpTo((table) => {
      cell = table.rows[table.rows.length - 1]?.cells[1];
      return cell as Node;
    });
    const { starts } = follow(doc, new Promise(() => {}));
    const img = doc.createElement('img');
    const goOn = await adSlotAfter(figure, () => {
      cell?.append(doc.createElement('br'), img);
      parseTheRest();
    });
    expect(starts).toHaveLength(1);
    await goOn();
    expect(img.closest(`[${ARTICLE_ATTR}]`)).not.toBeNull();
  });

  it('does not read a table again at DOMContentLoaded for "original" chosen while parsing', async () => {
    const { doc, figure, parseTheRest } = parsedUpTo((table) => table);
    const { starts, started } = follow(doc, new Promise(() => {}));
    const goOn = await adSlotAfter(figure, parseTheRest);
    expect(starts).toHaveLength(1);
    // A reader's click, or the article memory recalling "original", before DOMContentLoaded.
    started[0]?.column.original();
    await goOn();
    expect(starts).toHaveLength(1);
    expect(doc.querySelector(`[${ARTICLE_ATTR}]`)).toBeNull();
  });

  it('keeps one working column when the settings arrive after a site script replaced the table', async () => {
    const warning = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    let arrive: (value: string) => void = () => {};
    const { starts, started } = follow(doc, new Promise((resolve) => (arrive = resolve)));
    expect(starts).toHaveLength(1);
    const table = doc.querySelector('.entry-content table') as Element;
    table.replaceWith(table.cloneNode(true));
    arrive('de');
    await flush();
    expect(starts).toHaveLength(1);
    expect(doc.querySelectorAll(`[${ARTICLE_ATTR}]`)).toHaveLength(1);
    expect(started[0]?.column.pairs).toHaveLength(pairs(doc));
    expect(warning).toHaveBeenCalledOnce();
  });

  it('keeps a working column when a script wraps the table from its HTML', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const { started } = follow(doc, new Promise(() => {}));
    await flush();
    const column = started[0]?.column;
    expect(column?.pairs).toHaveLength(4);
    const table = doc.querySelector('.entry-content table') as Element;
    // A responsive wrapper's rebuild: the journal cannot map it (the copy is not where it was).
    table.outerHTML = `<div class="wrap">${table.outerHTML}</div>`;
    await flush();
    // The column on the page is the one Bitext controls (its toggles, "original", dispose).
    expect(column?.pairs).toHaveLength(pairs(doc));
    const pair = column?.pairs[1];
    if (pair) column?.toggle(pair);
    expect(doc.querySelectorAll(`[${PAIR_ATTR}]`)[1]?.getAttribute(LANG_ATTR)).toBe('de');
    column?.dispose();
    expect(doc.querySelectorAll(`[${ARTICLE_ATTR}]`)).toHaveLength(1);
  });

  it('adds the bio after the table once the parser has reached it, even past a site script', async () => {
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const body = doc.querySelector('.entry-content') as Element;
    const [figure, ...after] = [...body.children];
    for (const node of [...body.childNodes]) node.remove();
    for (let at: Node | null = body; at; at = at.parentNode)
      while (at.nextSibling) at.nextSibling.remove();
    const { finish } = parsing(doc);
    const { starts } = follow(doc, new Promise(() => {}));
    body.append(figure as Node, doc.createElement('script'));
    await flush();
    expect(starts).toHaveLength(1);
    expect(pairs(doc)).toBe(3);
    body.append(...after, doc.createTextNode('\n'));
    await flush();
    expect(pairs(doc)).toBe(4);
    finish();
    await flush();
    expect(pairs(doc)).toBe(4);
    const { truth } = loadFixture('fujitsu-server-made-in-japan');
    const last = doc.querySelectorAll(`[${PAIR_ATTR}]`)[3];
    expect(last?.textContent).toContain(truth.pairs[3]?.en.slice(0, 30));
  });

  it('starts with the fallback, and again with the settings only when they differ', async () => {
    let arrive: (value: string) => void = () => {};
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const { starts, stops } = follow(doc, new Promise((resolve) => (arrive = resolve)));
    expect(starts.map((s) => s.settings)).toEqual(['en']);
    arrive('de');
    await flush();
    expect(starts.map((s) => s.settings)).toEqual(['en', 'de']);
    expect(stops).toEqual(['en']);
    expect(doc.querySelectorAll(`[${VERSION_ATTR}]`)).toHaveLength(1);
    expect(pairs(doc)).toBe(4);

    const same = loadFixture('fujitsu-server-made-in-japan').doc;
    const again = follow(same, Promise.resolve('en'));
    await flush();
    expect(again.starts).toHaveLength(1);
  });

  // Issue 18: the first frame that shows the article shows the reader's settings and memory.
  describe('until the settings and the memory are known', () => {
    /** The hold's stylesheets in `doc` (what page.css has is not in a unit test's CSS). */
    const holds = (doc: Document) =>
      [...doc.querySelectorAll('style')].filter((style) =>
        style.textContent?.includes(':has(.bitext-toolbar)'),
      );

    /** The seed, followed with a settings read and a memory read the test settles itself. */
    const waiting = () => {
      let arrive: (value: string) => void = () => {};
      let recalled: () => void = () => {};
      const needs = new Promise<string>((resolve) => (arrive = resolve));
      const known = needs.then(() => new Promise<void>((resolve) => (recalled = resolve)));
      const { doc } = loadFixture('fujitsu-server-made-in-japan');
      const followed = follow(doc, needs, undefined, undefined, known);
      const held = () => holds(doc).length > 0;
      return { doc, arrive, recalled: () => recalled(), held, ...followed };
    };

    it('builds the column at once, held, and shows it with the stored settings once both answer', async () => {
      const { doc, arrive, recalled, held, starts, started } = waiting();
      // Built at once with the fallback (DOMContentLoaded → last pair does not wait).
      expect(starts.map((s) => s.settings)).toEqual(['en']);
      expect(held()).toBe(true);
      arrive('de');
      await flush();
      // Started again with the settings, and that column is held too, by the same rule.
      expect(starts.map((s) => s.settings)).toEqual(['en', 'de']);
      expect(holds(doc)).toHaveLength(1);
      // The memory answers: the reveal and what is queued on the memory then (connect-column.ts's
      // restore, which index.ts chains on the same promise after it) run in one microtask
      // checkpoint, so no frame comes between them.
      const order: string[] = [];
      recalled();
      queueMicrotask(() => order.push('restored'));
      await flush();
      expect(order).toEqual(['restored']);
      expect(held()).toBe(false);
      expect(started).toHaveLength(2);
    });

    it('never holds a column started after both answered', async () => {
      const { doc } = loadFixture('fujitsu-server-made-in-japan');
      const body = doc.querySelector('.entry-content') as Element;
      const parts = [...body.childNodes];
      for (const node of parts) node.remove();
      const { finish } = parsing(doc);
      follow(doc, Promise.resolve('de'), undefined, undefined, Promise.resolve());
      await flush();
      body.append(...parts);
      finish();
      await flush();
      expect(holds(doc)).toHaveLength(0);
      expect(doc.querySelectorAll(`[${VERSION_ATTR}]`)).toHaveLength(1);
    });

    it('shows the column as it is after its cap, and says so once', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      // The cap's timer is run by hand: a busy machine could otherwise run it before the checks.
      const timers = vi.spyOn(globalThis, 'setTimeout');
      const { held, starts } = waiting();
      const caps = timers.mock.calls.filter(([, ms]) => ms === 400).map(([run]) => run);
      expect(caps).toHaveLength(1);
      (caps[0] as () => void)();
      expect(held()).toBe(false);
      expect(starts.map((s) => s.settings)).toEqual(['en']);
      expect(warn).toHaveBeenCalledOnce();
    });

    it('clears its cap when stopped', () => {
      const stop = new AbortController();
      const cleared = vi.spyOn(globalThis, 'clearTimeout');
      const { doc } = loadFixture('fujitsu-server-made-in-japan');
      follow(doc, new Promise(() => {}), stop.signal, undefined, new Promise(() => {}));
      expect(holds(doc)).toHaveLength(1);
      stop.abort();
      expect(cleared).toHaveBeenCalledOnce();
      expect(holds(doc)).toHaveLength(0);
    });
  });

  it('leaves a page another copy of Bitext transformed to it, and takes over once it is put back', async () => {
    const { doc } = loadFixture('identitaet-ki');
    const first = follow(doc, Promise.resolve('de'));
    await flush();
    const transformed = doc.documentElement.outerHTML;
    const second = follow(doc, Promise.resolve('de'));
    await flush();
    expect(second.starts).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(transformed);

    // The first copy goes away (its extension was updated) and puts the page back.
    first.started.at(-1)?.stop();
    await flush();
    expect(second.starts).toHaveLength(1);
    expect(doc.querySelectorAll(`[${VERSION_ATTR}]`)).toHaveLength(1);
  });

  it('watches the article body for a lazy table after load, and for the page’s life', async () => {
    const { doc } = loadFixture('lazy-article');
    const figure = doc.querySelector('figure.wp-block-table') as Element;
    const copy = figure.cloneNode(true) as Element;
    const slot = doc.createElement('div');
    figure.replaceWith(slot);
    const { finish } = parsing(doc);
    const { starts, started } = follow(doc, Promise.resolve('en'));
    finish();
    await flush();
    expect(starts).toHaveLength(0);

    slot.replaceWith(figure);
    await flush();
    expect(starts).toHaveLength(1);
    const shown = pairs(doc);
    doc.querySelector('.entry-content')?.append(copy);
    await flush();
    // One column for both; the copy has no bio after it: its table's pairs only.
    expect(starts).toHaveLength(1);
    expect(started[0]?.column.pairs).toHaveLength(2 * shown - 1);
    expect(pairs(doc)).toBe(2 * shown - 1);
  });

  it.each([
    ['arrive after the load event', (settle: Settle) => settle.resolve('en')],
    ['cannot be read', (settle: Settle) => settle.reject(new Error('no storage'))],
  ])('reads a table inserted after the settings %s', async (_, settleWith) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const copy = doc.querySelector('figure.wp-block-table')?.cloneNode(true) as Element;
    const { finish } = parsing(doc);
    const settle = {} as Settle;
    const settings = new Promise<string>((resolve, reject) =>
      Object.assign(settle, { resolve, reject }),
    );
    const { starts } = follow(doc, settings);
    finish();
    await flush();
    expect(starts).toHaveLength(1);
    const shown = pairs(doc);

    settleWith(settle);
    await flush();
    doc.querySelector('.entry-content')?.append(copy);
    await flush();
    expect(copy.isConnected).toBe(true);
    expect(copy.getAttribute('style')).toContain('display');
    // The copy has no bio after it: its table's pairs only.
    expect(pairs(doc)).toBe(2 * shown - 1);
  });

  it('starts a table that comes later with the settings as changed since they were read', async () => {
    const { doc } = loadFixture('lazy-article');
    const figure = doc.querySelector('figure.wp-block-table') as Element;
    const slot = doc.createElement('div');
    figure.replaceWith(slot);
    const { finish } = parsing(doc);
    let change: (value: string) => void = () => {};
    const stopped = new AbortController();
    const unwatched: string[] = [];
    const watch = (cb: (value: string) => void) => {
      change = cb;
      return () => unwatched.push('settings');
    };
    const { starts } = follow(doc, Promise.resolve('en'), stopped.signal, watch);
    finish();
    await flush();
    change('de');

    slot.replaceWith(figure);
    await flush();
    expect(starts.map((s) => s.settings)).toEqual(['de']);
    stopped.abort();
    expect(unwatched).toEqual(['settings']);
  });

  // Issue 20: tables each under the limit, together over it; a restart reads all it holds at once.
  it('restarts with only the tables its column took in', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lines = (text: string) =>
      Array.from({ length: MAX_PARAGRAPHS / 4 + 1 }, (_, i) => `${text} ${i}`).join('<br>');
    const table = `<table><tr><td>${lines('Die Server werden im eigenen Werk gefertigt und')}</td><td>${lines('The servers are built in the plant of the company and')}</td></tr></table>`;
    const page = (body: string) =>
      new DOMParser().parseFromString(
        `<article><div class="entry-content">${body}</div></article>`,
        'text/html',
      );
    const doc = page(table);
    let arrive: (value: string) => void = () => {};
    const { starts } = follow(doc, new Promise((resolve) => (arrive = resolve)));
    expect(pairs(doc)).toBe(MAX_PARAGRAPHS / 4 + 1);
    // A lazy loader's second table: too many paragraphs with the first, so it is left alone.
    const later = doc.importNode(page(table).querySelector('table') as Element, true);
    doc.querySelector('.entry-content')?.append(later);
    await flush();
    expect(warn).toHaveBeenCalledOnce();
    arrive('de');
    await flush();
    expect(starts.map((s) => s.settings)).toEqual(['en', 'de']);
    expect(pairs(doc)).toBe(MAX_PARAGRAPHS / 4 + 1);
    expect(later.isConnected).toBe(true);
  }, 30_000);

  it('leaves the page as it was with one warning when finding fails', async () => {
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const before = doc.documentElement.outerHTML;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(findModule, 'findBilingualTables').mockImplementation(() => {
      throw new Error('boom');
    });
    const { starts } = follow(doc, Promise.resolve('en'));
    doc.querySelector('.entry-content')?.append(doc.createElement('table'));
    await flush();
    expect(starts).toHaveLength(0);
    expect(warn).toHaveBeenCalledOnce();
    expect(doc.documentElement.outerHTML.replace('<table></table>', '')).toBe(before);
  });
});
