import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  ACTION_ATTR,
  type Action,
  LANG_ATTR,
  PAIR_ATTR,
  TOGGLE_ATTR,
  UI_ATTR,
} from '../lib/page-contract';
import type { Fixture } from '../scripts/browser.mjs';
import { normalize } from './fixtures';

/** A pair as a reader meets it: the language it claims, its visible text, and a lang problem. */
export type PairView = { lang: string | null; text: string; langProblem: string | null };

type ReadOptions = { pair: string; lang: string; hidden: string };

type HtmlOptions = { ui: string; action: string; withoutToolbar: boolean };

/** Runs in the page: the entry content's HTML (else the article's), optionally minus the toolbar. */
function readArticleHtml({ ui, action, withoutToolbar }: HtmlOptions): string {
  const article = document.querySelector('.entry-content') ?? document.querySelector('article');
  if (!article || !withoutToolbar) return article?.outerHTML ?? '';
  const copy = article.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll(`[${action}]`)) {
    (control.closest(`[${ui}]`) ?? control).remove();
  }
  return copy.outerHTML;
}

/** Runs in the page: reads every pair with Bitext's controls hidden, as the contract measures. */
function readPairs({ pair, lang, hidden }: ReadOptions): PairView[] {
  // innerText follows rendering (hidden sides, line breaks between paragraphs), so hide the
  // controls with CSS for the read instead of filtering the DOM.
  const style = document.createElement('style');
  style.textContent = `[${pair}] :is(${hidden}) { display: none !important; }`;
  document.head.append(style);
  try {
    return Array.from(document.querySelectorAll<HTMLElement>(`[${pair}]`), (el) => {
      const shown = el.getAttribute(lang);
      let langProblem: string | null = null;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node && !langProblem; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim();
        if (!text || !parent?.checkVisibility({ visibilityProperty: true })) continue;
        const holder = parent.closest('[lang]');
        const value = holder?.getAttribute('lang')?.toLowerCase() ?? '';
        const inside = holder !== null && el.contains(holder);
        if (!inside || (value !== shown && !value.startsWith(`${shown}-`))) {
          langProblem = `"${text.slice(0, 40)}" sits in lang="${value}"${inside ? '' : ' outside the pair'}`;
        }
      }
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is measured.
      return { lang: shown, text: el.innerText, langProblem };
    });
  } finally {
    style.remove();
  }
}

/** Runs in the page: how many visible tables still hold the bilingual text. */
function countBilingualTables({ snippets, pair }: { snippets: string[]; pair: string }): number {
  return Array.from(document.querySelectorAll('table')).filter((table) => {
    // A table a cell held (messy-cells' specs) is paragraph content: the pair shows it.
    if (table.closest(`[${pair}]`)) return false;
    if (!table.checkVisibility({ visibilityProperty: true })) return false;
    const text = (table.textContent ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ');
    return snippets.some((snippet) => text.includes(snippet));
  }).length;
}

/** Page object for a fixture article, found only through the page contract's hooks. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  /** Opens `url` in a new page of `context`; resolves once the page's load event has fired. */
  static async open(context: BrowserContext, url: string): Promise<ArticlePage> {
    const page = await context.newPage();
    await page.goto(url);
    return new ArticlePage(page);
  }

  /** The article's HTML ("original" must restore it); `withoutToolbar` drops Bitext's toolbar. */
  html(withoutToolbar = false): Promise<string> {
    return this.page.evaluate(readArticleHtml, {
      ui: UI_ATTR,
      action: ACTION_ATTR,
      withoutToolbar,
    });
  }

  /** The whole document's HTML, which a page without a bilingual table must keep. */
  documentHtml(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.outerHTML);
  }

  /** Every pair in document order, as a reader sees it. */
  views(): Promise<PairView[]> {
    const hidden = `[${TOGGLE_ATTR}], [${UI_ATTR}], button`;
    return this.page.evaluate(readPairs, { pair: PAIR_ATTR, lang: LANG_ATTR, hidden });
  }

  /** Each pair's normalized visible text. */
  async texts(): Promise<string[]> {
    return (await this.views()).map((view) => normalize(view.text));
  }

  /** Each pair's `data-bitext-lang`, in document order. */
  langs(): Promise<(string | null)[]> {
    return this.page
      .locator(`[${PAIR_ATTR}]`)
      .evaluateAll((els, attr) => els.map((el) => el.getAttribute(attr)), LANG_ATTR);
  }

  /** The toggle of pair `index`: inside the pair, or naming it with `aria-controls`. */
  async toggle(index: number): Promise<Locator> {
    const pair = this.page.locator(`[${PAIR_ATTR}]`).nth(index);
    const inside = pair.locator(`[${TOGGLE_ATTR}]`);
    const id = await pair.getAttribute('id');
    return id ? inside.or(this.page.locator(`[${TOGGLE_ATTR}][aria-controls~="${id}"]`)) : inside;
  }

  /** The page-level control for `action` (the first, should Bitext show several toolbars). */
  action(action: Action): Locator {
    return this.page.locator(`[${ACTION_ATTR}="${action}"]`).first();
  }

  /** How many visible tables still show text from the fixture's bilingual table. */
  bilingualTables(fixture: Fixture): Promise<number> {
    // A paragraph's opening words: in the cell's textContent they are contiguous, unlike whole
    // paragraphs, which bare <br>s glue together.
    const snippets = fixture.pairs
      .filter((pair) => pair.in === 'table')
      .flatMap((pair) => [pair.de, pair.en])
      .filter(Boolean)
      .map((text) => text.slice(0, 20));
    return this.page.evaluate(countBilingualTables, { snippets, pair: PAIR_ATTR });
  }
}
