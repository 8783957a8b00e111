// Writes the robustness fixtures of issue 3 into tests/fixtures/publisher/: each page is the
// label-row page with its entry content replaced, and its truth written here by hand (never
// computed by Bitext). Run once after editing; the outputs are committed and read-only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

const DIR = join(ROOT, 'tests', 'fixtures', 'publisher');
const SITE = 'https://security-storage-und-channel-germany.de';
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
const text = (html) =>
  normalize(
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, '\u00A0')
      .replace(/&shy;/g, '\u00AD')
      .replace(/&amp;/g, '&'),
  );
const pair = (de, en, extra = {}) => ({
  de: text(de),
  en: text(en),
  in: 'table',
  heading: false,
  ...extra,
});
const td = (cells) => `<tr><td>${cells[0]}</td><td>${cells[1]}</td></tr>`;
const figure = (rows) =>
  `<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>${rows.map(td).join('')}</tbody></table></figure>`;
const bio = [
  'Sabine Roth ist Redakteurin bei Security Storage und Channel Germany. Ihre Schwerpunkte sind Distribution, Systemhäuser und Managed Services.',
  'Sabine Roth is an editor at Security Storage and Channel Germany. Her main areas are distribution, system integrators and managed services.',
];
const bioHtml = `<p>${bio[0]}</p>\n<p>${bio[1]}</p>\n<p>Kontakt – Contact via Mail: <a href="mailto:sabine.roth@security-storage-und-channel-germany.de">sabine.roth@security-storage-und-channel-germany.de</a></p>`;
const bioPair = { de: bio[0], en: bio[1], in: 'after', heading: false };
const svg = (label) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 200" role="img" aria-label="${label}"><rect width="600" height="200" fill="#1f6f8b"/><circle cx="300" cy="100" r="60" fill="#f5a623"/></svg>`;
const ad = `<div class="sscg-ad"><span class="sscg-ad__label">Anzeige</span>${svg('Anzeige / Advertisement')}</div>`;

// Paragraph pools: [German, English], translations of each other.
const P = {
  teaser: [
    'Der Speicherhersteller Norvik bringt eine neue Generation seiner Objektspeicher auf den Markt. Die Systeme sollen vor allem Backup-Daten gegen Ransomware schützen.',
    'Storage vendor Norvik is launching a new generation of its object storage systems. The systems are primarily intended to protect backup data against ransomware.',
  ],
  immutable: [
    'Kern der neuen Serie ist ein unveränderlicher Speichermodus, der geschriebene Daten für eine frei wählbare Frist sperrt. Auch Administratoren können die Sperre nicht aufheben.',
    'At the heart of the new series is an immutable storage mode that locks written data for a freely selectable period. Even administrators cannot lift the lock.',
  ],
  capacity: [
    'Die Einstiegsmodelle fassen 200 Terabyte, die größten Systeme skalieren auf mehr als zehn Petabyte in einem Cluster.',
    'The entry-level models hold 200 terabytes, while the largest systems scale to more than ten petabytes in a single cluster.',
  ],
  partners: [
    'Für Fachhändler gibt es ein neues Partnerprogramm mit höheren Margen. Wer zertifizierte Techniker beschäftigt, erhält zusätzlich Rabatte auf Vorführgeräte.',
    'Resellers get a new partner program with higher margins. Those who employ certified technicians also receive discounts on demo units.',
  ],
  headingMarket: ['Markt und Wettbewerb', 'Market and competition'],
  market: [
    'Der Markt für Objektspeicher wächst nach Angaben von Analysten um rund 20 Prozent im Jahr. Norvik konkurriert dabei mit deutlich größeren Anbietern aus den USA.',
    'According to analysts, the market for object storage is growing by around 20 percent a year. Norvik competes with much larger vendors from the USA.',
  ],
  pricing: [
    'Die Preise beginnen bei 39.000 Euro für ein Einstiegssystem mit drei Knoten. Wartung und Support sind im ersten Jahr enthalten.',
    'Prices start at 39,000 euros for an entry-level system with three nodes. Maintenance and support are included in the first year.',
  ],
  availability: [
    'Die Systeme sind ab sofort über die Distributoren des Herstellers erhältlich, die Auslieferung beginnt im Frühjahr.',
    'The systems are available immediately through the manufacturer’s distributors, and deliveries will begin in the spring.',
  ],
};

const pages = [];

// 1. Several bilingual tables in one article, with an ad and figures between them.
pages.push({
  name: 'several-tables',
  slug: 'norvik-objektspeicher-drei-tabellen-norvik-object-storage',
  title: 'Norvik stellt Objektspeicher vor / Norvik unveils object storage',
  content: [
    figure([
      P.teaser,
      [`${P.immutable[0]}<br>${P.capacity[0]}`, `${P.immutable[1]}<br>${P.capacity[1]}`],
    ]),
    ad,
    `<figure class="wp-block-image size-large">${svg('Norvik Objektspeicher / Norvik object storage')}<figcaption class="wp-element-caption">Bild: Norvik / Image: Norvik</figcaption></figure>`,
    `<table><tbody>${td([`<p><strong>${P.headingMarket[0]}</strong></p><p>${P.market[0]}</p>`, `<p><strong>${P.headingMarket[1]}</strong></p><p>${P.market[1]}</p>`])}${td([`<p>${P.partners[0]}</p>`, `<p>${P.partners[1]}</p>`])}</tbody></table>`,
    `<figure class="wp-block-image">${svg('Diagramm / Chart')}</figure>`,
    ad,
    figure([P.pricing, P.availability]),
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...P.teaser),
    pair(...P.immutable),
    pair(...P.capacity),
    pair(...P.headingMarket, { heading: true }),
    pair(...P.market),
    pair(...P.partners),
    pair(...P.pricing),
    pair(...P.availability),
    bioPair,
  ],
  notes:
    'Three bilingual tables in one article (two Gutenberg figures, one Classic table with `<p>` cells and a `<p><strong>` sub-heading), with an ad and image figures between them; the bio follows the last table. Each table becomes its own column at its own place; ads and images stay where they are.',
});

// 2. A table that site scripts wrap: an inline script during parsing, a theme script at load.
const wrapNow = `<script>(function(){var t=document.currentScript.previousElementSibling;var w=document.createElement('div');w.className='table-scroll';t.before(w);w.append(t);})();</script>`;
const wrapAtLoad = `<script>window.addEventListener('load',function(){document.querySelectorAll('.entry-content table').forEach(function(t){var w=document.createElement('div');w.className='responsive-table';t.before(w);w.append(t);});});</script>`;
pages.push({
  name: 'wrapped-table',
  slug: 'kaltenbach-backup-appliance-kaltenbach-backup-appliance',
  title: 'Kaltenbach zeigt Backup-Appliance / Kaltenbach shows backup appliance',
  content: [wrapAtLoad, figure([P.teaser, P.immutable, P.pricing]), wrapNow, bioHtml].join('\n'),
  pairs: [pair(...P.teaser), pair(...P.immutable), pair(...P.pricing), bioPair],
  notes:
    'Site scripts move the table: an inline script right after the Gutenberg figure wraps it in `div.table-scroll` while the page parses, and a theme script wraps every entry-content table in `div.responsive-table` at the load event. Bitext must read the wrapped table, pair the bio after the wrapper, keep the table where the scripts expect it, and restore exactly what the scripts made.',
});

// 3. Article content inserted after load (a lazy loader).
const lazyLoader = `<script>window.addEventListener('load',function(){setTimeout(function(){var slot=document.querySelector('.sscg-lazy');slot.replaceWith(document.getElementById('sscg-lazy-rest').content.cloneNode(true));setTimeout(function(){var more=document.createElement('p');more.className='sscg-related';more.textContent='Weitere Artikel / More articles';document.querySelector('.entry-content').append(more);},150);},150);});</script>`;
pages.push({
  name: 'lazy-article',
  slug: 'norvik-partnerprogramm-lazy-norvik-partner-program',
  title: 'Norvik startet Partnerprogramm / Norvik launches partner program',
  content: [
    `<div class="sscg-lazy" aria-busy="true">Artikel wird geladen … / Loading article …</div>`,
    `<template id="sscg-lazy-rest">${figure([P.partners, P.market, P.availability])}\n${bioHtml}</template>`,
    lazyLoader,
  ].join('\n'),
  pairs: [pair(...P.partners), pair(...P.market), pair(...P.availability), bioPair],
  notes:
    'Lazy loader: the entry content holds only a placeholder at load; 150 ms after the load event a script replaces it with the table and the bio (from a `<template>`), and 150 ms later appends a "related articles" line. Bitext must transform the table within a second of its arrival, once.',
  late: true,
});

// 4. Messy cells: missing translations, figures in both cells, a nested table, translate=no,
// contenteditable.
const nested = (rows) =>
  `<table class="specs">\n<tbody>\n${rows.map(([a, b]) => `<tr>\n<td>${a}</td>\n<td>${b}</td>\n</tr>`).join('\n')}\n</tbody>\n</table>`;
const specsDe = [
  ['Kapazität', '200 TB bis 10 PB'],
  ['Schnittstelle', 'S3, NFS'],
];
const specsEn = [
  ['Capacity', '200 TB to 10 PB'],
  ['Interface', 'S3, NFS'],
];
const specsText = (rows) => rows.flat().join(' ');
const codeDe =
  'Die Sperrfrist setzt der Befehl <code translate="no">norvik lock --days 30</code> für jeden Bucket einzeln, und sie gilt auch für Kopien.';
const codeEn =
  'The command <code translate="no">norvik lock --days 30</code> sets the lock period for each bucket individually, and it also applies to copies.';
const figureCell = (caption) =>
  `<figure class="wp-block-image">${svg(caption)}<figcaption>${caption}</figcaption></figure>`;
const bilingualAside = (tag, attrs) =>
  `<${tag} ${attrs}><table><tbody>${td(P.capacity)}</tbody></table></${tag}>`;
pages.push({
  name: 'messy-cells',
  slug: 'norvik-objektspeicher-details-norvik-object-storage-details',
  title: 'Norvik: die Details / Norvik: the details',
  content: [
    figure([
      P.teaser,
      [`${P.immutable[0]}<br><br>${P.partners[0]}`, ''],
      ['', P.market[1]],
      [
        figureCell('Das Rechenzentrum in Oslo bei Nacht'),
        figureCell('The data center in Oslo at night'),
      ],
      [`${P.pricing[0]}${nested(specsDe)}`, `${P.pricing[1]}${nested(specsEn)}`],
      [codeDe, codeEn],
    ]),
    bilingualAside('div', 'translate="no" class="press-quote"'),
    bilingualAside('div', 'contenteditable="true" class="reader-note"'),
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...P.teaser),
    pair(P.immutable[0], ''),
    pair(P.partners[0], ''),
    pair('', P.market[1]),
    pair('Das Rechenzentrum in Oslo bei Nacht', 'The data center in Oslo at night'),
    pair(...P.pricing),
    pair(specsText(specsDe), specsText(specsEn)),
    pair(codeDe, codeEn),
  ],
  notes:
    'Messy cells in one Gutenberg table: an empty English cell (two German paragraphs without translation: two one-sided pairs), an empty German cell, a row with a captioned figure in both cells (one pair: one figure shown at a time), cells holding a paragraph and a nested specs table, and inline `<code translate="no">`. After the table, a bilingual-looking table inside `translate="no"` and one inside `contenteditable`: both left alone, so the bio (after them) is no pair.',
});

// 5. Look-alikes that are not bilingual articles.
const lookAlikes = [
  '<p>Die folgenden Tabellen fassen das Angebot zusammen.</p>',
  // German table whose first column holds English product names (with English stop words).
  `<figure class="wp-block-table"><table><tbody>${[
    [
      'Backup for the Cloud',
      'Sichert virtuelle Maschinen und Datenbanken in der Cloud und stellt sie bei Bedarf innerhalb von Minuten wieder her.',
    ],
    [
      'Archive for the Enterprise',
      'Verschiebt selten genutzte Daten automatisch auf günstige Speicherklassen und hält sie dort revisionssicher vor.',
    ],
    [
      'Vault with Air Gap',
      'Hält eine physisch getrennte Kopie der Daten vor, die von außen nicht erreichbar ist und sich nicht verändern lässt.',
    ],
  ]
    .map(td)
    .join('')}</tbody></table></figure>`,
  // Two-column English before/after table.
  `<figure class="wp-block-table"><table><thead><tr><th>Before</th><th>After</th></tr></thead><tbody>${[
    [
      'The restore of a whole site took more than a day and needed the vendor on site.',
      'The restore of a whole site takes less than an hour and is started from the web console.',
    ],
    [
      'Backups were checked by hand once a month, when there was time for it.',
      'Backups are checked automatically after every run, and failures are reported at once.',
    ],
  ]
    .map(td)
    .join('')}</tbody></table></figure>`,
  // Glossary of single words, German | English.
  `<table class="glossary"><tbody>${[
    ['der Speicher', 'the storage'],
    ['die Sicherung', 'the backup'],
    ['der Schlüssel', 'the key'],
    ['die Festplatte', 'the disk'],
    ['das Band', 'the tape'],
    ['die Wiederherstellung', 'the restore'],
  ]
    .map(td)
    .join('')}</tbody></table>`,
  // Three columns: German, English, French.
  `<table><tbody><tr><td>${P.capacity[0]}</td><td>${P.capacity[1]}</td><td>Les modèles d’entrée de gamme contiennent 200 téraoctets.</td></tr><tr><td>${P.availability[0]}</td><td>${P.availability[1]}</td><td>Les systèmes sont disponibles immédiatement.</td></tr></tbody></table>`,
].join('\n');
pages.push({
  name: 'negative-look-alikes',
  slug: 'backup-angebote-im-ueberblick',
  title: 'Backup-Angebote im Überblick',
  content: lookAlikes,
  bilingual: false,
  notes:
    'Negative: tables that look bilingual but are not articles: a German table with English product names in one column ("Backup for the Cloud": English stop words, but names, not translations), a two-column English before/after table, a German | English glossary of single words, and a German | English | French table (3 columns). Nothing may be transformed.',
});

// 6. An "Update:" paragraph only in German.
pages.push({
  name: 'update-note',
  slug: 'norvik-preise-update-norvik-prices-update',
  title: 'Norvik nennt Preise / Norvik announces prices',
  content: [
    figure([
      P.teaser,
      [
        `${P.pricing[0]}<br>${P.availability[0]}<br><strong>Update:</strong> Norvik hat die Preise am 12. März gesenkt, das Einstiegssystem kostet nun 35.000 Euro.`,
        `${P.pricing[1]}<br>${P.availability[1]}`,
      ],
      [
        `<strong>${P.headingMarket[0]}</strong><br>${P.market[0]}`,
        `<strong>${P.headingMarket[1]}</strong><br>${P.market[1]}`,
      ],
    ]),
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...P.teaser),
    pair(...P.pricing),
    pair(...P.availability),
    pair(
      'Update: Norvik hat die Preise am 12. März gesenkt, das Einstiegssystem kostet nun 35.000 Euro.',
      '',
    ),
    pair(...P.headingMarket, { heading: true }),
    pair(...P.market),
    bioPair,
  ],
  notes:
    'An "Update:" paragraph added only to the German cell after publication: it is a one-sided pair of its own, and the paragraphs before it stay paired 1:1. A `<strong>` sub-heading row follows.',
});

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
    .replaceAll(TEMPLATE_TITLE, page.title);
  const bilingual = page.bilingual ?? true;
  const truth = {
    url,
    bilingual,
    ...(bilingual ? { columns: { left: 'de', right: 'en' } } : {}),
    pairs: page.pairs ?? [],
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
