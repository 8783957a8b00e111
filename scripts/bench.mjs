// `npm run bench` (after `wxt build`): how much Bitext costs a reader, in Chromium with and
// without the extension, on the seed article and on generated articles of 10, 100 and 1,000
// pairs. Runs alternate between the two browsers; each figure is a median over --runs loads
// (default 15) after one warm-up round. Prints a table and writes bench/results.json.
// Usage: node scripts/bench.mjs [--runs N] [--out FILE]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle } from '../bench/generate-article.mjs';
import { measurePage, PROBE } from '../bench/measure-page.mjs';
import { report } from '../bench/report.mjs';
import { launchBrowser, loadFixtures, ROOT, runIsolated, serveFixtures } from './browser.mjs';
import { bundleSizes } from './bundle-sizes.mjs';

const SEED = 'fujitsu-server-made-in-japan';
const GENERATED = [10, 100, 1000];

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, out: { type: 'string' } },
});
const runs = Number(values.runs);
const out = resolve(values.out ?? join(ROOT, 'bench', 'results.json'));

if (!process.env.BITEXT_NETNS) {
  const code = runIsolated(process.execPath, [
    process.argv[1] ?? '',
    '--runs',
    String(runs),
    '--out',
    out,
  ]);
  if (code !== null) process.exit(code);
  console.log('bench: no network namespace (needs root and unshare); routes block the network');
}

// Generated pages go to a git-ignored folder, where they can be opened and inspected.
const pagesDir = join(ROOT, 'artifacts', 'bench', 'pages');
mkdirSync(pagesDir, { recursive: true });
const seed = loadFixtures().find((f) => f.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
const articles = [
  { name: SEED, url: seed.url, htmlPath: seed.htmlPath, pairs: seed.pairs.length },
  ...GENERATED.map((count) => {
    const { name, url, html, pairs } = generateArticle(count);
    const htmlPath = join(pagesDir, `${name}.html`);
    writeFileSync(htmlPath, html);
    return { name, url, htmlPath, pairs };
  }),
];

const chromiumVersion = () => {
  for (const binary of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    const run = spawnSync(binary, ['--version'], { encoding: 'utf8' });
    if (run.status === 0) return run.stdout.trim();
  }
  return 'unknown';
};
const machine = {
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  chromium: chromiumVersion(),
  node: process.version,
};

/** @type {Record<'with' | 'without', import('playwright-core').BrowserContext>} */
const contexts = {
  with: await launchBrowser({ extension: true }),
  without: await launchBrowser({ extension: false }),
};
/** @type {Record<string, Record<'with' | 'without', import('../bench/measure-page.mjs').Sample[]>>} */
const samples = Object.fromEntries(articles.map((a) => [a.name, { with: [], without: [] }]));
try {
  for (const context of Object.values(contexts)) {
    await serveFixtures(context, articles);
    await context.addInitScript({ content: PROBE });
  }
  const started = Date.now();
  for (let run = -1; run < runs; run++) {
    for (const article of articles) {
      // Alternate which browser goes first, so neither always gets the warmer machine.
      const order = /** @type {const} */ (run % 2 ? ['with', 'without'] : ['without', 'with']);
      for (const variant of order) {
        const sample = await measurePage(contexts[variant], article.url, {
          extension: variant === 'with',
          expectedPairs: article.pairs,
        });
        if (run >= 0) samples[article.name]?.[variant].push(sample);
      }
    }
    if (run >= 0) {
      process.stdout.write(
        `\rbench: run ${run + 1}/${runs} (${Math.round((Date.now() - started) / 1000)} s)`,
      );
    }
  }
  process.stdout.write('\n');
} finally {
  await Promise.all(Object.values(contexts).map((c) => c.close()));
}

const sizes = bundleSizes();
const results = report({ articles, samples, sizes, machine, runs });
writeFileSync(out, `${JSON.stringify(results.json, null, 2)}\n`);
console.log(results.text);
console.log(`\nbench: wrote ${relative(ROOT, out)}`);
// Keep the README's copy easy to refresh: the same table as Markdown.
const markdown = join(ROOT, 'artifacts', 'bench', 'results.md');
writeFileSync(markdown, `${results.markdown}\n`);
console.log(`bench: Markdown table in ${relative(ROOT, markdown)}`);
