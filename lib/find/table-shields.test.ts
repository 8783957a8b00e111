import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { createTableShields } from './table-shields';

describe('createTableShields', () => {
  it('hides a half-parsed table whose finished rows read bilingual, and gives it back as it was', () => {
    const { doc } = loadFixture('long-article');
    const table = doc.querySelector('.entry-content table') as HTMLTableElement;
    const before = table.outerHTML;
    const shields = createTableShields();
    shields.shield(table);
    shields.shield(table);
    expect(doc.defaultView?.getComputedStyle(table).display).toBe('none');
    shields.unshield(() => false);
    expect(table.outerHTML).not.toBe(before);
    shields.unshield((shielded) => shielded === table);
    expect(table.outerHTML).toBe(before);
  });

  it('leaves alone a table whose finished rows do not read bilingual', () => {
    const { doc } = loadFixture('negative-look-alikes');
    const shields = createTableShields();
    const tables = [...doc.querySelectorAll('table')];
    const before = tables.map((table) => table.outerHTML);
    for (const table of tables) shields.shield(table);
    expect(tables.map((table) => table.outerHTML)).toEqual(before);
  });
});
