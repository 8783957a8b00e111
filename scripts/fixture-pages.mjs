// What the fixture generators share: the template page (label-row.html with its entry content
// replaced), the truth's text rule, table markup, the bio and an ad, and the writer of the
// page, its truth and its index.json row.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

export const DIR = join(ROOT, 'tests', 'fixtures', 'publisher');
export const SITE = 'https://security-storage-und-channel-germany.de';
const TEMPLATE = readFileSync(join(DIR, 'label-row.html'), 'utf8');
const TEMPLATE_SLUG =
  'brandtner-digital-marktplatz-souveraene-cloud-brandtner-digital-launches-sovereign-cloud-marketplace';
const TEMPLATE_TITLE =
  'Brandtner Digital startet Marktplatz für souveräne Cloud / Brandtner Digital launches sovereign cloud marketplace';

const normalize = (s) =>
  s
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Text as the truth reads it: markup stripped, entities of the fixtures decoded. */
export const text = (html) =>
  normalize(
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, '\u00A0')
      .replace(/&shy;/g, '\u00AD')
      .replace(/&amp;/g, '&'),
  );
export const pair = (de, en, extra = {}) => ({
  de: text(de),
  en: text(en),
  in: 'table',
  heading: false,
  ...extra,
});
export const td = (cells) => `<tr><td>${cells[0]}</td><td>${cells[1]}</td></tr>`;
export const figure = (rows) =>
  `<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>${rows.map(td).join('')}</tbody></table></figure>`;
export const bio = [
  'Sabine Roth ist Redakteurin bei Security Storage und Channel Germany. Ihre Schwerpunkte sind Distribution, Systemhäuser und Managed Services.',
  'Sabine Roth is an editor at Security Storage and Channel Germany. Her main areas are distribution, system integrators and managed services.',
];
export const bioHtml = `<p>${bio[0]}</p>\n<p>${bio[1]}</p>\n<p>Kontakt – Contact via Mail: <a href="mailto:sabine.roth@security-storage-und-channel-germany.de">sabine.roth@security-storage-und-channel-germany.de</a></p>`;
export const bioPair = { de: bio[0], en: bio[1], in: 'after', heading: false };
export const svg = (label) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 200" role="img" aria-label="${label}"><rect width="600" height="200" fill="#1f6f8b"/><circle cx="300" cy="100" r="60" fill="#f5a623"/></svg>`;
export const ad = `<div class="sscg-ad"><span class="sscg-ad__label">Anzeige</span>${svg('Anzeige / Advertisement')}</div>`;

/** Writes each page of `pages` ({ name, slug, title, content, pairs, notes, bilingual?, after? }). */
export function writePages(pages) {
  const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
  for (const page of pages) {
    const url = `${SITE}/${page.slug}/`;
    const start = TEMPLATE.indexOf('<div class="entry-content">');
    const end = TEMPLATE.indexOf('</div>\n<footer class="entry-footer">');
    const html = (
      TEMPLATE.slice(0, start) +
      `<div class="entry-content">\n${page.content}\n` +
      TEMPLATE.slice(end)
    )
      .replaceAll(TEMPLATE_SLUG, page.slug)
      .replaceAll(TEMPLATE_TITLE, page.title)
      // What follows the article (`after`: the next one, for infinite scroll).
      .replace('</article>', `</article>${page.after ?? ''}`);
    const bilingual = page.bilingual ?? true;
    const truth = {
      url,
      bilingual,
      ...(bilingual ? { columns: { left: 'de', right: 'en' } } : {}),
      pairs: page.pairs ?? [],
      ...(page.embeds ? { embeds: page.embeds } : {}),
      notes: page.notes,
    };
    writeFileSync(join(DIR, `${page.name}.html`), html);
    writeFileSync(join(DIR, `${page.name}.json`), `${JSON.stringify(truth, null, 2)}\n`);
    const entry = { name: page.name, bilingual, pairs: truth.pairs.length, notes: page.notes };
    const at = index.findIndex((e) => e.name === page.name);
    if (at >= 0) index[at] = entry;
    else index.push(entry);
  }
  writeFileSync(join(DIR, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  console.log(`wrote ${pages.map((p) => p.name).join(', ')}`);
}
