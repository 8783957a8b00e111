import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Source files (not tests) under a folder, as paths from the repository root. */
const sources = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file));

const IMPORT =
  /^import[^'"]*['"]([^'"]+)['"]|^export[^'";]*\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;

/** What a source text imports: static imports (side-effect ones too), re-exports, `import()`. */
const importsOf = (text: string): string[] =>
  [...text.matchAll(IMPORT)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);

/** A file's imports; relative ones as paths from the repository root, packages as written. */
const imports = (file: string): string[] =>
  importsOf(readFileSync(join(ROOT, file), 'utf8')).map((from) =>
    from.startsWith('.') ? normalize(join(dirname(file), from)) : from,
  );

// Every way to reach the extension APIs: WXT's wrappers, its auto-imports, the polyfill.
const EXTENSION_API =
  /^(wxt\/(browser|utils\/storage)|#imports|@wxt-dev\/storage|webextension-polyfill)/;

/**
 * The rules of docs/architecture.md, each as the files it binds and the imports it forbids.
 * lib/ runs the pipeline find → pair → column: a stage never reaches into a later one, and no
 * part of lib/ knows the UI or the extension (the settings store aside).
 */
const RULES: { name: string; files: RegExp; forbidden: RegExp }[] = [
  {
    name: 'find comes before pair and column',
    files: /^lib\/find\//,
    forbidden: /^lib\/(pair|column)\//,
  },
  { name: 'pair comes before column', files: /^lib\/pair\//, forbidden: /^lib\/column\// },
  {
    name: 'lib/ knows no UI and no extension wiring',
    files: /^lib\//,
    forbidden: /^(components|entrypoints|utils)\/|^preact/,
  },
  {
    name: 'lib/ leaves extension APIs to the settings store',
    files: /^lib\/(?!settings)/,
    forbidden: EXTENSION_API,
  },
  { name: 'page controls are plain DOM', files: /^components\/page\//, forbidden: /^preact/ },
];

/** Every import that breaks a rule, as "file imports target: rule". */
const broken = (files: string[]): string[] =>
  files.flatMap((file) =>
    RULES.filter((rule) => rule.files.test(file)).flatMap((rule) =>
      imports(file)
        .filter((from) => rule.forbidden.test(from))
        .map((from) => `${file} imports ${from}: ${rule.name}`),
    ),
  );

const SHIPPED = ['lib', 'components', 'entrypoints'].flatMap(sources);

// Entry files only wire; the content entry's own modules sit beside it in entrypoints/content/.
const ENTRY_FILES = SHIPPED.filter((file) =>
  /^entrypoints\/([^/]+\.ts|[^/]+\/(index\.ts|main\.tsx))$/.test(file),
);

describe('layers', () => {
  it('sees every kind of import', () => {
    const text =
      "import 'a';\nimport { b } from 'b';\nexport { c } from 'c';\nconst d = import('d');\n";
    expect(importsOf(text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('names the file, the import and the rule it breaks', () => {
    expect(broken(['lib/find/find-bilingual-tables.ts'])).toEqual([]);
    const rule = RULES.find(
      (r) => r.files.test('lib/find/x.ts') && r.forbidden.test('lib/column/y'),
    );
    expect(rule?.name).toBe('find comes before pair and column');
  });

  it('keeps every stage and layer to its own direction', () => {
    expect(broken(SHIPPED)).toEqual([]);
  });

  it('finds the entry files', () => {
    expect(ENTRY_FILES).toEqual(
      expect.arrayContaining(['entrypoints/background.ts', 'entrypoints/content/index.ts']),
    );
  });

  it.each(ENTRY_FILES)('%s is thin wiring', (file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n').length;
    expect(lines, `${relative(ROOT, join(ROOT, file))} has ${lines} lines`).toBeLessThanOrEqual(40);
  });

  it('ships no HTML-string rendering or eval', () => {
    const offenders = SHIPPED.filter((file) =>
      /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|eval\(|new Function/.test(
        readFileSync(join(ROOT, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
