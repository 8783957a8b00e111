import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticlePage } from './article-page';
import { differingPixels } from './compare-pixels';
import { indexedFixtures, SEED } from './fixtures';
import { browsersForSuite } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);

// The seed article on a desktop (1280 × 900, mouse), as it looked before the touch rules of
// issue 19: taken on 25dd6dd. `BITEXT_UPDATE_BASELINE=1` writes a new one, for a wanted change.
const BASELINE = join(import.meta.dirname, 'baseline', 'desktop-seed.png');

describe('the desktop look', () => {
  const browser = browsersForSuite({ context: { extension: true } });

  it('is pixel for pixel the baseline: the seed article with its controls', async () => {
    const article = await ArticlePage.open(browser.context, seed.url);
    const box = await article.page.locator('article').first().boundingBox();
    if (!box) throw new Error('the seed article has no box');
    // The top 1,100 px: the toolbar, headings, toggles and notes all show there.
    const clip = { ...box, height: Math.min(box.height, 1100) };
    const shot = await article.page.screenshot({ fullPage: true, clip, animations: 'disabled' });
    if (process.env.BITEXT_UPDATE_BASELINE === '1') writeFileSync(BASELINE, shot);
    expect(await differingPixels(article.page, readFileSync(BASELINE), shot)).toBe(0);
    await article.page.close();
  });
});
