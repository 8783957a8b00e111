// `npm run test:budgets` (after `wxt build`): the size budgets of issue 4. Sizes are stable from
// build to build, so unlike timings (`npm run bench`) they are asserted here and fail `npm test`.
import { relative } from 'node:path';
import { bundleSizes, CHROME_OUTPUT } from './bundle-sizes.mjs';

// kB = 1,000 bytes, gzip level 6: what a reader's browser parses on every article page, what it
// adds on the first selection in a pair, and the options page it opens now and then.
const BUDGETS = [
  { part: /** @type {const} */ ('content'), label: 'content script JS', gzipBudget: 16_000 },
  { part: /** @type {const} */ ('sentences'), label: 'sentence card JS', gzipBudget: 10_000 },
  { part: /** @type {const} */ ('options'), label: 'options page JS', gzipBudget: 30_000 },
];

const sizes = bundleSizes();
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let failed = false;
console.log(`Bundle budgets (${relative(process.cwd(), CHROME_OUTPUT) || '.'})`);
for (const { part, label, gzipBudget } of BUDGETS) {
  const { files, raw, gzip } = sizes[part];
  const ok = files.length > 0 && gzip <= gzipBudget;
  if (!ok) failed = true;
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${label}: ${kB(gzip)} gzip of ${kB(gzipBudget)} (${kB(raw)} raw; ` +
      `${files.join(', ') || 'no files found'})`,
  );
}
if (failed) {
  console.error('check-budgets: over budget (or nothing built): see above');
  process.exit(1);
}
