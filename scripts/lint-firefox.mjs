// `npm run lint:firefox` (after `wxt build -b firefox`): Mozilla's add-on linter on the Firefox
// build, as addons.mozilla.org runs it; fails on any error. Offline: the API skips web-ext's
// update check, and the linter itself needs no network.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { ROOT } from './browser.mjs';

const sourceDir = join(ROOT, '.output', 'firefox-mv2');
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`lint-firefox: no build in ${sourceDir}: run \`npx wxt build -b firefox\` first`);
  process.exit(1);
}
const result = await webExt.cmd.lint(
  { sourceDir, output: 'text', selfHosted: false, boring: true, warningsAsErrors: false },
  { shouldExitProgram: false },
);
const { errors, warnings, notices } = result.summary;
console.log(`lint-firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
// A key or API that the declared Firefox (for Android) versions lack is only a warning to the
// linter, but it breaks Bitext there: it fails this check like an error.
const unsupported = result.warnings.filter((warning) => /ANDROID|MIN_VERSION/.test(warning.code));
for (const warning of unsupported)
  console.error(`lint-firefox: ${warning.code}: ${warning.message}`);
if (errors > 0 || unsupported.length > 0) process.exit(1);
