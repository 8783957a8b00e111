// What each part of the built extension makes a browser load, raw and gzipped, read from the
// build output itself (the manifest and the HTML pages), so a new chunk cannot hide from a budget.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './browser.mjs';

/** Where `wxt build` puts the Chrome MV3 extension. */
export const CHROME_OUTPUT = join(ROOT, '.output', 'chrome-mv3');

/** @typedef {{ files: string[], raw: number, gzip: number }} BundleSize */

// Static imports between chunks, as the minifier writes them: `from"./x.js"` or `import"./x.js"`.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+\.js)"/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g;

/**
 * The JS files a context loads first: `entries` (paths inside `dir`) and their static imports.
 * @param {string} dir
 * @param {string[]} entries
 * @returns {BundleSize}
 */
function measure(dir, entries) {
  const files = new Set();
  const visit = (/** @type {string} */ file) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      visit(posix.join(posix.dirname(file), /** @type {string} */ (spec)));
    }
  };
  for (const entry of entries) visit(entry.replace(/^\//, ''));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    // Level 6, as `gzip -c` and most servers and stores use.
    gzip += gzipSync(bytes).length;
  }
  return { files: [...files], raw, gzip };
}

/**
 * The content scripts' JS (every `content_scripts[].js` of the manifest), the sentence card's
 * script (injected into an article on the first selection: utils/serve-sentences.ts) and the
 * options page's JS (the scripts its HTML loads, with their static imports) in the build at `dir`.
 * @param {string} [dir]
 * @returns {{ content: BundleSize, sentences: BundleSize, options: BundleSize }}
 */
export function bundleSizes(dir = CHROME_OUTPUT) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  /** @type {string[]} */
  const contentEntries = (manifest.content_scripts ?? []).flatMap(
    (/** @type {{ js?: string[] }} */ script) => script.js ?? [],
  );
  const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
  /** @type {string[]} */
  const optionsEntries = [];
  if (optionsPage) {
    const html = readFileSync(join(dir, optionsPage), 'utf8');
    for (const pattern of [SCRIPT_SRC, MODULE_PRELOAD]) {
      for (const [, src] of html.matchAll(pattern)) {
        const path = /** @type {string} */ (src);
        optionsEntries.push(
          path.startsWith('/') ? path : posix.join(posix.dirname(optionsPage), path),
        );
      }
    }
  }
  return {
    content: measure(dir, contentEntries),
    sentences: measure(dir, ['sentences.js']),
    options: measure(dir, optionsEntries),
  };
}
