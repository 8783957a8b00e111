import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Source files (not tests) under a top-level folder. */
const sources = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file));

const IMPORT =
  /^import[^'"]*['"]([^'"]+)['"]|^export[^'";]*\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;

/** What a source text imports: static imports (side-effect ones too), re-exports, `import()`. */
const importsOf = (text: string): string[] =>
  [...text.matchAll(IMPORT)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);

const imports = (file: string): string[] => importsOf(readFileSync(join(ROOT, file), 'utf8'));

// Every way to reach the extension APIs: WXT's wrappers, its auto-imports, the polyfill.
const EXTENSION_API =
  /^(wxt\/(browser|utils\/storage)|#imports|@wxt-dev\/storage|webextension-polyfill)/;

// The layers of docs/architecture.md: lib/ is page logic any test can run, components/ is the
// Preact UI, entrypoints/ only wire them. Only the settings store talks to extension APIs.
describe('layers', () => {
  it('sees every kind of import', () => {
    const text =
      "import 'a';\nimport { b } from 'b';\nexport { c } from 'c';\nconst d = import('d');\n";
    expect(importsOf(text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each(sources('lib'))('%s uses no UI framework and no components', (file) => {
    expect(imports(file).filter((from) => /^preact|components\//.test(from))).toEqual([]);
  });

  it.each(sources('lib').filter((file) => !/lib\/settings/.test(file)))(
    '%s leaves extension APIs to the settings store',
    (file) => {
      expect(imports(file).filter((from) => EXTENSION_API.test(from))).toEqual([]);
    },
  );

  it.each(sources('entrypoints'))('%s is thin wiring', (file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n').length;
    expect(lines, `${relative(ROOT, file)} has ${lines} lines`).toBeLessThanOrEqual(40);
  });

  it('ships no HTML-string rendering or eval', () => {
    const shipped = ['lib', 'components', 'entrypoints'].flatMap(sources);
    const offenders = shipped.filter((file) =>
      /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|eval\(|new Function/.test(
        readFileSync(join(ROOT, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
