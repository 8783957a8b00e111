import { describe, expect, it } from 'vitest';
import { isNote, kindsOf } from './align-kinds';

describe('isNote', () => {
  it.each([
    'Update: Die Preise sind gesunken.',
    'Nachtrag vom 3. März: Die Preise sind gesunken.',
    'Update 03.03.2026: Die Preise sind gesunken.',
    'Nachtrag vom 3. Okt. 2026: Die Preise sind gesunken.',
    'Update, Jan. 5, 2026: Prices fell.',
    'Correction (Sept. 4): Prices fell.',
    'Anm. d. Red.: Die Preise sind gesunken.',
    "Editor's note: Prices fell.",
    'Update jan jan jan: Prices fell.',
  ])('reads "%s" as an editor’s note', (text) => {
    expect(isNote(text)).toBe(true);
  });

  it.each([
    'Update auf Version 2. Wichtig: Die Preise bleiben gleich.',
    'Update auf Version 10.2.3: Die Preise bleiben gleich.',
    'Updates kommen monatlich: Die Preise bleiben gleich.',
    `Update ${'sehr '.repeat(20)}lang: Die Preise bleiben gleich.`,
    'Update ohne Doppelpunkt.',
    'Der Hersteller meldet ein Update: Die Preise bleiben gleich.',
  ])('reads "%s" as no note', (text) => {
    expect(isNote(text)).toBe(false);
  });

  // Issue 20: `(?:date|month|number|character){0,40}:` tried the ways of splitting "Update jan jan
  // …" into 40 units wherever no colon came: ~1 ms a paragraph, 1.9 s for 2,000 rows. Read once
  // left to right, 20,000 of them take a few milliseconds; the old pattern took ~10 s and timed out.
  it('reads 20,000 "Update jan jan …" paragraphs without a colon at once', () => {
    const units = Array.from({ length: 20_000 }, (_, i) => ({
      text: `Update ${'jan '.repeat(10 + (i % 30))}${i % 2 ? 'und so weiter' : ''}`,
      heading: false,
    }));
    expect(kindsOf(units).filter((kind) => kind.note)).toEqual([]);
  }, 2_000);
});
