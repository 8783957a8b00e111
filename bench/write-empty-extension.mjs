// The bench's control: an extension whose content script does nothing, injected where and when
// Bitext's is. Bitext's cost over it is what Bitext itself can change; the rest is what any
// content script costs (an extra JS world, the extension's IPC).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the control extension into `dir`, with the content-script matches and run_at of the
 * built extension in `builtDir`; returns `dir`.
 * @param {string} dir
 * @param {string} builtDir
 */
export function writeEmptyExtension(dir, builtDir) {
  const built = JSON.parse(readFileSync(join(builtDir, 'manifest.json'), 'utf8'));
  const scripts = (built.content_scripts ?? []).map(
    (/** @type {{ matches: string[], run_at?: string }} */ script) => ({
      matches: script.matches,
      run_at: script.run_at,
      js: ['content.js'],
    }),
  );
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Bench control',
    version: '1',
    content_scripts: scripts,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'content.js'), '// Does nothing, on purpose.\n');
  return dir;
}
