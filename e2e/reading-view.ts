import type { Page } from 'playwright-core';
import { PAIR_ATTR } from '../lib/page-contract';

/** One shown language block of a pair, as the reader sees it. */
export type SideView = {
  lang: string;
  secondary: boolean;
  fontSize: number;
  opacity: number;
  borderTop: number;
};

/** Runs in the page: the visible language blocks of every pair, in document order. */
function readSides(pair: string): SideView[][] {
  return Array.from(document.querySelectorAll(`[${pair}]`), (el) =>
    Array.from(el.querySelectorAll<HTMLElement>(':scope > [lang]'))
      .filter((side) => side.checkVisibility({ opacityProperty: false }))
      .map((side) => {
        const style = getComputedStyle(side);
        return {
          lang: side.lang,
          secondary: side.hasAttribute('data-bitext-secondary'),
          fontSize: Number.parseFloat(style.fontSize),
          opacity: Number(style.opacity),
          borderTop: Number.parseFloat(style.borderTopWidth),
        };
      }),
  );
}

/** The visible language blocks of every pair on `page`. */
export const sideViews = (page: Page): Promise<SideView[][]> => page.evaluate(readSides, PAIR_ATTR);

/** The on-screen top edge of pair `index`, in CSS pixels from the viewport's top. */
export const pairTop = (page: Page, index: number): Promise<number> =>
  page
    .locator(`[${PAIR_ATTR}]`)
    .nth(index)
    .evaluate((el) => el.getBoundingClientRect().top);

/** Waits two frames, so that anything scheduled for the next frame has happened. */
export const settleFrames = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
