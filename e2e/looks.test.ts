import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { ArticlePage } from './article-page';
import { indexedFixtures, SEED, sided } from './fixtures';
import { sideViews } from './reading-view';
import { browsersForSuite } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);

// A dark site theme, as a reader's dark-mode extension or the site itself would set it.
const DARK_THEME = `
  @media (prefers-color-scheme: dark) {
    html, body, .entry-content, article { background: #16181c !important; color: #e4e4e4 !important; }
  }`;

/** Runs in the page: the colours and fonts that show whether Bitext follows the site. */
function looks({ action, toggle, pair }: { action: string; toggle: string; pair: string }) {
  const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
  const body = style(document.querySelector('.entry-content') ?? document.body);
  const paragraph = style(document.querySelector(`[${pair}] p`));
  // Controls at rest show the text colour at 70 %, as the computed style writes it.
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = `color-mix(in srgb, ${body?.color} 70%, transparent)`;
  const faded = getComputedStyle(probe).color;
  probe.remove();
  const button = document.querySelector(`[${action}]`);
  return {
    text: body?.color,
    faded,
    font: body?.fontFamily,
    button: style(button)?.color,
    buttonPressed: button?.getAttribute('aria-pressed') === 'true',
    toggle: style(document.querySelector(`[${toggle}][aria-pressed="false"]`))?.color,
    paragraph: paragraph?.color,
    paragraphFont: paragraph?.fontFamily,
  };
}

describe('looks like the site', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let article: ArticlePage;
  const hooks = { action: ACTION_ATTR, toggle: TOGGLE_ATTR, pair: PAIR_ATTR };

  beforeAll(async () => {
    article = await ArticlePage.open(browser.context, seed.url);
  });

  it("paragraphs keep the site's font and colour; controls take the text colour", async () => {
    const seen = await article.page.evaluate(looks, hooks);
    expect(seen.paragraphFont).toBe(seen.font);
    expect(seen.button).toBe(seen.buttonPressed ? seen.text : seen.faded);
    expect(seen.toggle).toBe(seen.faded);
  });

  it('on a dark page the controls turn light with it and stay readable (axe contrast)', async () => {
    await article.page.emulateMedia({ colorScheme: 'dark' });
    await article.page.addStyleTag({ content: DARK_THEME });
    await article.page.locator(`[${ACTION_ATTR}="both"]`).click();
    const seen = await article.page.evaluate(looks, hooks);
    expect(seen.text).toBe('rgb(228, 228, 228)');
    expect(seen.button).toBe(seen.buttonPressed ? seen.text : seen.faded);
    expect(seen.toggle).toBe(seen.faded);
    const { violations } = await new AxeBuilder({ page: article.page })
      .include('.bitext-toolbar')
      .include('[data-bitext-article]')
      .withRules(['color-contrast'])
      .analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });

  it('copies the text a reader selects across pairs and the toolbar without any control', async () => {
    const copied = await article.page.evaluate((pair) => {
      const pairs = document.querySelectorAll(`[${pair}]`);
      const range = document.createRange();
      range.setStartBefore(document.querySelector('.bitext-toolbar') as Node);
      range.setEndAfter(pairs[1] as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const text = getSelection()?.toString() ?? '';
      getSelection()?.removeAllRanges();
      return text;
    }, PAIR_ATTR);
    const shown = (await article.texts()).slice(0, 2).join(' ');
    expect(copied.replace(/\s+/g, ' ').trim()).toBe(shown);
  });

  it('prints the chosen languages without any control', async () => {
    await article.page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const visible = (selector: string) =>
      article.page
        .locator(selector)
        .evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
    expect(await visible(`[${ACTION_ATTR}]`)).toBe(0);
    expect(await visible(`[${TOGGLE_ATTR}]`)).toBe(0);
    // "Both" is on: paper gets each paragraph and its translation.
    const views = await sideViews(article.page);
    expect(views.filter((sides) => sides.length === 2)).toHaveLength(sided(seed, true).length);
    await article.page.locator(`[${ACTION_ATTR}="both"]`).dispatchEvent('click');
    expect((await sideViews(article.page)).every((sides) => sides.length === 1)).toBe(true);
    await article.page.emulateMedia({ media: 'screen' });
    expect(await visible(`[${TOGGLE_ATTR}]`)).toBe(sided(seed, true).length);
  });
});
