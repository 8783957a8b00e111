import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../tests/publisher-fixtures';
import { ARTICLE_BODY, CONTACT_LINE, NOT_ARTICLE_TABLES, TABLE_FIGURE } from './publisher';

// How often each publisher selector matches on each fixture page: if the site (or a fixture)
// changes shape, this table says which assumption broke.
const EXPECTED: Record<
  string,
  { body: number; calendar: number; gutenberg: number; contact: number }
> = {
  'fujitsu-server-made-in-japan': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'identitaet-ki': { body: 1, calendar: 0, gutenberg: 0, contact: 1 },
  'classic-br-br': { body: 1, calendar: 1, gutenberg: 0, contact: 1 },
  'unequal-paragraphs': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'english-left': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'label-row': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'negative-german-only': { body: 1, calendar: 1, gutenberg: 1, contact: 0 },
  'negative-language-en': { body: 1, calendar: 0, gutenberg: 1, contact: 0 },
  'long-article': { body: 1, calendar: 1, gutenberg: 1, contact: 1 },
  'several-tables': { body: 1, calendar: 0, gutenberg: 2, contact: 1 },
  'wrapped-table': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'lazy-article': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'messy-cells': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'negative-look-alikes': { body: 1, calendar: 0, gutenberg: 2, contact: 0 },
  'update-note': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'translator-edits': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'live-embeds': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'live-nested-breaks': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'live-cell-blocks': { body: 1, calendar: 0, gutenberg: 0, contact: 1 },
  'live-ad-after-load': { body: 1, calendar: 0, gutenberg: 0, contact: 1 },
  'live-table-shapes': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
  'live-infinite-scroll': { body: 2, calendar: 0, gutenberg: 2, contact: 2 },
  'live-theme-rerender': { body: 1, calendar: 0, gutenberg: 0, contact: 1 },
  'live-glossary-rewrite': { body: 1, calendar: 0, gutenberg: 1, contact: 1 },
};

describe.each(fixtureNames())('publisher selectors on %s', (name) => {
  it('match as expected', () => {
    const { doc } = loadFixture(name);
    const contact = [...doc.querySelectorAll('p')].filter((p) =>
      CONTACT_LINE.test(p.textContent ?? ''),
    );
    expect({
      body: doc.querySelectorAll(ARTICLE_BODY.split(',')[0] as string).length,
      calendar: doc.querySelectorAll(NOT_ARTICLE_TABLES).length,
      gutenberg: doc.querySelectorAll(`${TABLE_FIGURE} > table`).length,
      contact: contact.length,
    }).toEqual(EXPECTED[name]);
  });
});
