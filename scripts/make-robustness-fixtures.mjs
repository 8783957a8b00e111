// Writes the robustness fixtures of issue 3 into tests/fixtures/publisher/: each page is the
// label-row page with its entry content replaced, and its truth written here by hand (never
// computed by Bitext). Run once after editing; the outputs are committed and read-only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ad,
  bioHtml,
  bioPair,
  DIR,
  figure,
  pair,
  SITE,
  svg,
  td,
  writePages,
} from './fixture-pages.mjs';

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

// 7. What translators do inside a row: merge, split, leave out, add, drop the bold.
const N = {
  teaser: [
    'Der Speicherhersteller Nexora hat auf seiner Hausmesse in München die sechste Generation seiner All-Flash-Systeme vorgestellt. Die neuen Modelle der Baureihe Nexora Vault 6 sollen vor allem mittelständischen Unternehmen den Umstieg von Festplatten auf Flash erleichtern.',
    'Storage manufacturer Nexora presented the sixth generation of its all-flash systems at its in-house trade show in Munich. The new models of the Nexora Vault 6 series are primarily intended to make it easier for mid-sized companies to switch from hard disks to flash.',
  ],
  entry: [
    'Im Mittelpunkt steht das Einstiegsmodell Vault 6200, das in einem Gehäuse mit zwei Höheneinheiten bis zu 24 NVMe-Laufwerke aufnimmt. Die Bruttokapazität liegt bei maximal 737 Terabyte, nach Deduplizierung und Komprimierung verspricht der Hersteller eine effektive Kapazität von mehr als zwei Petabyte.',
    'The focus is on the entry-level Vault 6200, which holds up to 24 NVMe drives in a two-rack-unit enclosure. Raw capacity reaches a maximum of 737 terabytes; after deduplication and compression, the manufacturer promises an effective capacity of more than two petabytes.',
  ],
  top: [
    'Nach oben rundet das Modell Vault 6800 die Reihe ab. Es lässt sich mit bis zu vier Erweiterungseinschüben auf 96 Laufwerke ausbauen und ist für Datenbanken und virtualisierte Umgebungen mit mehreren tausend virtuellen Maschinen gedacht.',
    'At the top end, the Vault 6800 completes the series. It can be expanded to 96 drives with up to four expansion shelves and is designed for databases and virtualized environments with several thousand virtual machines.',
  ],
  os: [
    'Beide Systeme arbeiten mit dem neuen Betriebssystem VaultOS 9, das Nexora nach eigenen Angaben in weiten Teilen neu geschrieben hat. Die Latenz bei zufälligen Lesezugriffen soll dadurch um bis zu 40 Prozent sinken.',
    'Both systems run the new VaultOS 9 operating system, which Nexora says it has largely rewritten. This is expected to reduce latency for random reads by up to 40 percent.',
  ],
  // The English gives this one's three sentences a paragraph each.
  ransomware: [
    'Neu ist auch ein integrierter Schutz vor Ransomware. VaultOS 9 überwacht dazu fortlaufend die Änderungsrate und die Entropie der geschriebenen Daten. Steigen beide plötzlich an, legt das System automatisch einen unveränderlichen Snapshot an und alarmiert die Administratoren.',
    [
      'Also new is built-in ransomware protection.',
      'To this end, VaultOS 9 continuously monitors the rate of change and the entropy of the data being written.',
      'If both suddenly rise, the system automatically creates an immutable snapshot and alerts the administrators.',
    ],
  ],
  snapshots: [
    'Solche Snapshots lassen sich auch mit Administratorrechten nicht vor Ablauf einer festgelegten Frist löschen. Für das Löschen ist zusätzlich die Freigabe einer zweiten Person erforderlich, was Angreifern mit gestohlenen Zugangsdaten die Arbeit erschweren soll.',
    'Such snapshots cannot be deleted before a set period has expired, even with administrator rights. Deletion also requires approval by a second person, which is intended to make life harder for attackers with stolen credentials.',
  ],
  trend: [
    'Analysten sehen darin einen Trend. Nahezu alle großen Speicheranbieter haben im vergangenen Jahr ähnliche Funktionen angekündigt, nachdem Angreifer immer häufiger gezielt Backups und Snapshots zerstören, bevor sie die eigentlichen Daten verschlüsseln.',
    'Analysts see this as a trend. Almost all major storage vendors announced similar features last year, after attackers increasingly targeted backups and snapshots for destruction before encrypting the actual data.',
  ],
  more: 'Mehr zum Thema: <a href="https://security-storage-und-channel-germany.de/ransomware-backups/">Wie Ransomware-Banden gezielt Backups angreifen</a>',
  network: [
    'Bei der Anbindung setzt Nexora weiterhin auf Fibre Channel mit 64 Gbit/s und Ethernet mit bis zu 100 Gbit/s. Neu hinzugekommen ist NVMe over TCP, das ohne spezielle Netzwerkhardware auskommt.',
    'For connectivity, Nexora continues to rely on Fibre Channel at 64 Gbit/s and Ethernet at up to 100 Gbit/s. New is NVMe over TCP, which does not require any special network hardware.',
  ],
  price: [
    'Preise nannte der Hersteller nur für das Einstiegsmodell. Ein Vault 6200 mit zwölf Laufwerken zu je 7,68 Terabyte soll rund 58.000 Euro kosten, inklusive drei Jahren Support.',
    'The manufacturer only gave prices for the entry-level model. A Vault 6200 with twelve 7.68-terabyte drives is expected to cost around 58,000 euros, including three years of support.',
  ],
  subscription: [
    'Zusätzlich bietet Nexora ein Abonnementmodell an. Kunden zahlen dabei eine monatliche Gebühr pro genutztem Terabyte, und der Hersteller tauscht die Controller alle drei Jahre kostenlos gegen die jeweils aktuelle Generation aus.',
    'Nexora also offers a subscription model. Customers pay a monthly fee per terabyte used, and the manufacturer replaces the controllers free of charge every three years with the current generation.',
  ],
  competition: [
    'Der Wettbewerb in diesem Segment ist hart. Neben den etablierten Anbietern drängen zunehmend asiatische Hersteller mit günstigen Systemen auf den europäischen Markt.',
    'Competition in this segment is tough. In addition to the established vendors, Asian manufacturers are increasingly pushing into the European market with inexpensive systems.',
  ],
  // The English splits this one in two.
  service: [
    'Nexora will sich vor allem über den Service abgrenzen. Das Unternehmen betreibt eigene Supportzentren in Deutschland, Österreich und der Schweiz und garantiert bei kritischen Störungen eine Reaktionszeit von vier Stunden.',
    [
      'Nexora aims to differentiate itself primarily through service.',
      'The company operates its own support centers in Germany, Austria and Switzerland and guarantees a response time of four hours for critical failures.',
    ],
  ],
  customer: [
    'Einer der ersten Kunden ist das Klinikum Oberfranken. Dessen IT-Leiterin Sabine Wolfram berichtet, dass die Migration von rund 300 Terabyte Patientendaten an einem einzigen Wochenende abgeschlossen war.',
    'One of the first customers is Klinikum Oberfranken. Its head of IT, Sabine Wolfram, reports that the migration of around 300 terabytes of patient data was completed in a single weekend.',
  ],
  // Left untranslated.
  quote:
    '„Wir hatten mit deutlich mehr Aufwand gerechnet“, sagt Wolfram. Besonders die automatische Übernahme der bestehenden Snapshot-Richtlinien habe viel Zeit gespart.',
  critics: [
    'Kritischer sieht das Marktforschungsunternehmen Castell Research die Ankündigung. Die versprochene effektive Kapazität setze Datenreduktionsraten von drei zu eins voraus, die in der Praxis nur selten erreicht würden.',
    'Market research firm Castell Research takes a more critical view of the announcement. The promised effective capacity assumes data reduction rates of three to one, which are rarely achieved in practice.',
  ],
  headingAvailability: ['Preise und Verfügbarkeit', 'Prices and availability'],
  availability: [
    'Die neuen Systeme sind ab sofort bestellbar, die Auslieferung beginnt im Juni. Bestandskunden können ihre Systeme der fünften Generation im laufenden Betrieb auf die neuen Controller umrüsten.',
    'The new systems can be ordered immediately, with deliveries starting in June. Existing customers can upgrade their fifth-generation systems to the new controllers during operation.',
  ],
};
const br = (...paragraphs) => paragraphs.join('<br>');
pages.push({
  name: 'translator-edits',
  slug: 'nexora-vault-6-all-flash-nexora-launches-vault-6',
  title: 'Nexora stellt Vault 6 vor / Nexora launches Vault 6',
  content: [
    figure([
      [`<strong>${N.teaser[0]}</strong>`, N.teaser[1]],
      [br(N.entry[0], N.top[0], N.os[0]), `${N.entry[1]} ${N.top[1]} ${N.os[1]}`],
      [N.ransomware[0], br(...N.ransomware[1])],
      [
        br(N.snapshots[0], N.trend[0], N.more, N.network[0]),
        br(N.snapshots[1], N.trend[1], N.network[1]),
      ],
      [
        br(N.price[0], N.subscription[0], N.competition[0], N.service[0]),
        br(`${N.price[1]} ${N.subscription[1]}`, N.competition[1], ...N.service[1]),
      ],
      [br(N.customer[0], N.quote, N.critics[0]), br(N.customer[1], N.critics[1])],
      [
        br(`<strong>${N.headingAvailability[0]}</strong>`, N.availability[0]),
        br(`<strong>${N.headingAvailability[1]}</strong>`, N.availability[1]),
      ],
    ]),
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...N.teaser),
    pair(`${N.entry[0]} ${N.top[0]} ${N.os[0]}`, `${N.entry[1]} ${N.top[1]} ${N.os[1]}`),
    pair(N.ransomware[0], N.ransomware[1].join(' ')),
    pair(...N.snapshots),
    pair(...N.trend),
    pair(N.more, ''),
    pair(...N.network),
    pair(`${N.price[0]} ${N.subscription[0]}`, `${N.price[1]} ${N.subscription[1]}`),
    pair(...N.competition),
    pair(N.service[0], N.service[1].join(' ')),
    pair(...N.customer),
    pair(N.quote, ''),
    pair(...N.critics),
    pair(...N.headingAvailability, { heading: true }),
    pair(...N.availability),
    bioPair,
  ],
  notes:
    'What translators do inside rows (Gutenberg table, `<br>` paragraphs): a teaser set in bold in German only (a paragraph, not a sub-heading); three German paragraphs the English gives as one, and one it gives as three; a German-only "Mehr zum Thema:" link line (a one-sided pair); a row of equal counts where the English merges two paragraphs and splits another (no 1:1 by index); a German paragraph left untranslated (a one-sided pair). A `<strong>` sub-heading row follows.',
});

// 8. Live content in the cells (issue 18): a webinar embed (an iframe with a sign-up form) and a
// podcast player in each language. The embeds are pages of the site, served by the tests (each
// fetch counted), never the network; the audio is a data: URI, half a second of silence.
const EMBEDS = {
  de: `${SITE}/webinar-datensicherung/embed/`,
  en: `${SITE}/language/en/webinar-data-protection/embed/`,
};
const EMBED_FILE = 'embeds/webinar.html';
// The embed's page: a sign-up form whose typed address a reload would lose.
const EMBED_HTML = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Norvik webinar</title>
<style>body{margin:0;padding:12px;font:16px/1.4 sans-serif;background:#eef4f7}</style></head>
<body>
<p><strong>Norvik Webinar</strong> · 14.05. · 10:00</p>
<form class="webinar-signup" action="#"><label>E-Mail <input type="email" name="email"></label> <button type="button">OK</button></form>
</body>
</html>
`;
const silence = (() => {
  const rate = 8000;
  const samples = rate / 2;
  const wav = Buffer.alloc(44 + samples, 128);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28);
  wav.writeUInt16LE(1, 32);
  wav.writeUInt16LE(8, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples, 40);
  return `data:audio/wav;base64,${wav.toString('base64')}`;
})();
const L = {
  teaser: [
    'Norvik lädt Fachhändler zu einem Webinar über unveränderliche Backups ein. Die Aufzeichnung und ein Podcast mit dem Produktchef stehen ab sofort bereit.',
    'Norvik invites resellers to a webinar on immutable backups. The recording and a podcast with the head of product are available now.',
  ],
  webinar: [
    'Im Webinar zeigen zwei Techniker, wie sich die Sperrfrist für einzelne Buckets setzen lässt. Die Anmeldung ist kostenlos.',
    'In the webinar, two engineers show how to set the lock period for individual buckets. Registration is free of charge.',
  ],
  embed: ['Webinar: Unveränderliche Backups mit Norvik', 'Webinar: Immutable backups with Norvik'],
  podcast: [
    'Im Podcast spricht Produktchefin Ingrid Lund über die Pläne für das kommende Jahr.',
    'In the podcast, head of product Ingrid Lund talks about the plans for the coming year.',
  ],
  episode: [
    'Podcast: Ingrid Lund im Gespräch (Folge 12)',
    'Podcast: Ingrid Lund in conversation (episode 12)',
  ],
};
const embedFigure = (lang, caption) =>
  `<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><iframe class="wp-embedded-content" title="${caption}" src="${EMBEDS[lang]}" width="600" height="200"></iframe></div><figcaption class="wp-element-caption">${caption}</figcaption></figure>`;
const audioFigure = (caption) =>
  `<figure class="wp-block-audio"><audio controls loop preload="auto" src="${silence}"></audio><figcaption class="wp-element-caption">${caption}</figcaption></figure>`;
pages.push({
  name: 'live-embeds',
  slug: 'norvik-webinar-podcast-norvik-webinar-podcast',
  title: 'Norvik: Webinar und Podcast / Norvik: webinar and podcast',
  content: [
    figure([
      L.teaser,
      [
        `${L.webinar[0]}${embedFigure('de', L.embed[0])}`,
        `${L.webinar[1]}${embedFigure('en', L.embed[1])}`,
      ],
      [
        `${L.podcast[0]}${audioFigure(L.episode[0])}`,
        `${L.podcast[1]}${audioFigure(L.episode[1])}`,
      ],
      P.availability,
    ]),
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...L.teaser),
    pair(...L.webinar),
    pair(...L.embed),
    pair(...L.podcast),
    pair(...L.episode),
    pair(...P.availability),
    bioPair,
  ],
  embeds: { [EMBEDS.de]: EMBED_FILE, [EMBEDS.en]: EMBED_FILE },
  notes:
    'Live content in the cells: a webinar embed (an iframe of the site with a sign-up form, served by the tests at the `embeds` URLs, each fetch counted) and a podcast player (`<audio>`) in each language, each in a captioned figure after a paragraph. Moving them must not reload the embeds (once per page, in every mode) nor lose their state, and media in the hidden language must not play.',
});

writePages(pages);
mkdirSync(join(DIR, 'embeds'), { recursive: true });
writeFileSync(join(DIR, EMBED_FILE), EMBED_HTML);
