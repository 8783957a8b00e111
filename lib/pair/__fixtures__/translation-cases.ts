// Translations as news translators write them, each with the pairs a reader expects: genuine 1:1
// translations of very different lengths, short lines, bold lines and link lines that are or are
// not sub-headings, pretty-printed HTML, merges. Each was checked against the aligner before and
// after 7a77969 (see lib/pair/build-pairs.translations.test.ts).
interface Case {
  name: string;
  /** Rows of [left cell HTML, right cell HTML]. */
  rows: [string, string][];
  /** Expected pairs [de, en] (normalized, several paragraphs joined by a space). */
  expect: [string, string][];
}

// Genuine 1:1 pairs of IT-news prose: [German, English].
const P: Record<string, [string, string]> = {
  teaser: [
    'Der Speicherhersteller Nexora hat auf seiner Hausmesse in München die sechste Generation seiner All-Flash-Arrays vorgestellt. Die Systeme sollen ab dem dritten Quartal in Europa verfügbar sein.',
    'Storage vendor Nexora unveiled the sixth generation of its all-flash arrays at its in-house trade show in Munich. The systems are due to ship in Europe from the third quarter.',
  ],
  controller: [
    'Herzstück der neuen Baureihe ist ein überarbeiteter Controller, der nach Angaben des Herstellers doppelt so viele Ein- und Ausgabeoperationen pro Sekunde verarbeitet wie sein Vorgänger.',
    'At the heart of the new series is a redesigned controller that, according to the vendor, handles twice as many input/output operations per second as its predecessor.',
  ],
  dedupe: [
    'Zudem arbeitet die Deduplizierung jetzt inline und soll die benötigte Kapazität bei typischen Virtualisierungsumgebungen um bis zu 70 Prozent senken.',
    'Deduplication now also runs inline and is said to cut the required capacity in typical virtualisation environments by up to 70 percent.',
  ],
  ransomware: [
    'Gegen Ransomware setzt der Hersteller auf unveränderliche Snapshots, die sich auch mit Administratorrechten nicht vor Ablauf einer festgelegten Frist löschen lassen.',
    'To counter ransomware, the vendor relies on immutable snapshots that cannot be deleted before a set period expires, not even with administrator rights.',
  ],
  channel: [
    'Vertrieben werden die Systeme ausschließlich über Partner. Für Systemhäuser gibt es ein neues Zertifizierungsprogramm mit Schulungen und Demogeräten zu Sonderkonditionen.',
    'The systems are sold exclusively through partners. System integrators get a new certification programme with training and demo units at special prices.',
  ],
  pricing: [
    'Die Preise beginnen bei rund 45.000 Euro für ein Einstiegssystem mit 50 Terabyte nutzbarer Kapazität, inklusive drei Jahren Support.',
    'Prices start at around 45,000 euros for an entry-level system with 50 terabytes of usable capacity, including three years of support.',
  ],
  cloud: [
    'Parallel baut Nexora sein Cloud-Angebot aus: Kunden können Snapshots künftig direkt in ein Rechenzentrum in Frankfurt replizieren und dort bei Bedarf virtuelle Maschinen starten.',
    'Nexora is also expanding its cloud offering: customers will be able to replicate snapshots directly to a data centre in Frankfurt and start virtual machines there if needed.',
  ],
  analysts: [
    'Analysten sehen den Schritt als Reaktion auf den wachsenden Druck durch Anbieter, die Speicher als Abonnement verkaufen und damit Investitionskosten in Betriebskosten verwandeln.',
    'Analysts see the move as a response to growing pressure from providers that sell storage as a subscription, turning capital expenditure into operating expenditure.',
  ],
  support: [
    'Bestandskunden sollen ihre Systeme ohne Unterbrechung auf die neue Generation umstellen können, indem sie die Controller im laufenden Betrieb tauschen.',
    'Existing customers should be able to move their systems to the new generation without downtime by swapping the controllers during operation.',
  ],
  energy: [
    'Auch beim Energieverbrauch will der Hersteller zugelegt haben: Pro Terabyte benötigen die neuen Systeme nach eigenen Messungen rund ein Drittel weniger Strom.',
    'The vendor also claims progress on energy consumption: according to its own measurements, the new systems need about a third less power per terabyte.',
  ],
  outlook: [
    'Für das kommende Jahr kündigte das Unternehmen eine Version mit QLC-Flash an, die vor allem für Backup-Ziele und Archive gedacht ist.',
    'For next year, the company announced a version with QLC flash, intended primarily for backup targets and archives.',
  ],
  partner: [
    'Die Distribution in Deutschland übernimmt weiterhin die Brandtner Digital GmbH, die bereits die bisherigen Modelle im Portfolio führt.',
    'Distribution in Germany remains with Brandtner Digital GmbH, which already carries the previous models in its portfolio.',
  ],
  // A long quote in German, paraphrased briefly in English (still its translation).
  quote: [
    '„Wir haben in den vergangenen zwei Jahren sehr genau zugehört, was unsere Partner und deren Kunden im Mittelstand brauchen, und genau das haben wir jetzt gebaut – ein System, das einfach zu betreiben ist, das mit den Daten mitwächst und das man nicht jedes Mal neu lizenzieren muss, wenn man eine Platte nachsteckt“, sagte Geschäftsführer Markus Lindner bei der Vorstellung.',
    'Managing director Markus Lindner said the company had listened to its partners and built a system that is simple to run and grows with the data.',
  ],
  quoteNoName: [
    '„Wir haben in den vergangenen zwei Jahren sehr genau zugehört, was unsere Partner und deren Kunden im Mittelstand brauchen, und genau das haben wir jetzt gebaut – ein System, das einfach zu betreiben ist, das mit den Daten mitwächst und das man nicht jedes Mal neu lizenzieren muss, wenn man eine Platte nachsteckt“, hieß es bei der Vorstellung.',
    'At the launch, the company said it had listened closely and built a system that is simple to run and grows with the data.',
  ],
  // Terse German, wordy English.
  terseDe: [
    'Das Update ist ab sofort verfügbar.',
    'The update is available immediately from the customer portal, and the vendor recommends that all customers running firmware 4.x install it as soon as possible, as it also closes two security vulnerabilities rated as critical.',
  ],
  terseDe2: [
    'Die Aktie legte daraufhin deutlich zu.',
    'Following the announcement, the company’s shares rose sharply in early trading on the Frankfurt stock exchange, gaining more than eight percent at one point before settling slightly lower by the close of trading.',
  ],

  // A long German paragraph, condensed in English to about 60 % (ordinary news translation).
  longDe: [
    'Nach Angaben des Herstellers lassen sich die neuen Systeme in bestehende Umgebungen einbinden, ohne dass Kunden ihre Backup-Software wechseln oder ihre Speichernetze umbauen müssen. Unterstützt werden die gängigen Protokolle für Block- und Dateispeicher sowie eine S3-kompatible Schnittstelle, über die sich auch Anwendungen anbinden lassen, die ursprünglich für die Public Cloud entwickelt wurden. Die Verwaltung erfolgt über eine webbasierte Oberfläche, die auch mehrere Standorte zentral abbildet.',
    'The vendor says the new systems fit into existing environments without customers having to switch backup software or rebuild their storage networks. They support common block and file protocols as well as an S3-compatible interface, and are managed through a web console that covers several sites.',
  ],
  longDe2: [
    'Der Markt für Speichersysteme in Deutschland ist nach Einschätzung von Marktforschern im vergangenen Jahr leicht gewachsen, wobei vor allem All-Flash-Systeme zugelegt haben, während klassische Festplattensysteme weiter an Bedeutung verlieren. Gleichzeitig steigt die Nachfrage nach Lösungen, die lokale Speicher mit Cloud-Diensten verbinden, weil viele Unternehmen ihre Daten aus Gründen des Datenschutzes nicht vollständig in die Cloud verlagern wollen.',
    'Market researchers say the German storage market grew slightly last year, driven by all-flash systems, while demand rose for solutions that combine on-premises storage with cloud services.',
  ],
  ellDe: ['Und dann kam alles anders...', 'And then everything changed…'],
  photo: ['Foto: Nexora', 'Photo: Nexora'],
  byline: ['Von Anna Weber', 'By Anna Weber'],
  caption: [
    'Das neue Flaggschiff NX-6000 im Rechenzentrum eines Pilotkunden.',
    'The new NX-6000 flagship in a pilot customer’s data centre.',
  ],
  h1: ['Preise und Verfügbarkeit', 'Prices and availability'],
  h2: ['Mehr Leistung pro Höheneinheit', 'More performance per rack unit'],
};

const de = (k: string): string => P[k]?.[0] ?? '';
const en = (k: string): string => P[k]?.[1] ?? '';

/** A cell of `<br>`-separated paragraphs. */
const br = (texts: string[]): string => texts.join('<br>');
/** A cell of pretty-printed `<p>`s, lines wrapped at ~70 characters and indented. */
function pretty(texts: string[], indent = 12): string {
  const pad = ' '.repeat(indent);
  return texts
    .map((t) => {
      const lines: string[] = [];
      let line = '';
      for (const word of t.split(' ')) {
        if (line && line.length + word.length > 70) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return `\n${pad}<p>\n${lines.map((l) => `${pad}  ${l}`).join('\n')}\n${pad}</p>`;
    })
    .join('');
}
const strong = (t: string) => `<strong>${t}</strong>`;
const pairOf = (k: string): [string, string] => [de(k), en(k)];

const BASE = ['teaser', 'controller', 'dedupe', 'ransomware', 'channel', 'pricing'];
const BASE2 = ['cloud', 'analysts', 'support', 'energy', 'outlook', 'partner'];

export const CASES: Case[] = [
  {
    name: 'baseline 1:1 two rows',
    rows: [
      [br(BASE.map(de)), br(BASE.map(en))],
      [br(BASE2.map(de)), br(BASE2.map(en))],
    ],
    expect: [...BASE, ...BASE2].map(pairOf),
  },
  {
    name: 'long German quote, brief English paraphrase (1:1, equal counts)',
    rows: [
      [
        br(['teaser', 'controller', 'quote', 'dedupe', 'pricing'].map(de)),
        br(['teaser', 'controller', 'quote', 'dedupe', 'pricing'].map(en)),
      ],
    ],
    expect: ['teaser', 'controller', 'quote', 'dedupe', 'pricing'].map(pairOf),
  },
  {
    name: 'long German quote w/o name anchor, brief English paraphrase (1:1, equal counts)',
    rows: [
      [
        br(['teaser', 'controller', 'quoteNoName', 'dedupe', 'pricing'].map(de)),
        br(['teaser', 'controller', 'quoteNoName', 'dedupe', 'pricing'].map(en)),
      ],
    ],
    expect: ['teaser', 'controller', 'quoteNoName', 'dedupe', 'pricing'].map(pairOf),
  },
  {
    name: 'terse German, wordy English (1:1, equal counts)',
    rows: [
      [
        br(['teaser', 'controller', 'terseDe', 'dedupe', 'terseDe2', 'pricing'].map(de)),
        br(['teaser', 'controller', 'terseDe', 'dedupe', 'terseDe2', 'pricing'].map(en)),
      ],
    ],
    expect: ['teaser', 'controller', 'terseDe', 'dedupe', 'terseDe2', 'pricing'].map(pairOf),
  },
  {
    name: 'short lines: photo credit, byline, caption 1:1',
    rows: [
      [
        br(['byline', 'teaser', 'photo', 'caption', 'controller', 'dedupe'].map(de)),
        br(['byline', 'teaser', 'photo', 'caption', 'controller', 'dedupe'].map(en)),
      ],
    ],
    expect: ['byline', 'teaser', 'photo', 'caption', 'controller', 'dedupe'].map(pairOf),
  },
  {
    name: 'English-left 1:1 with long quote',
    rows: [
      [
        br(['teaser', 'controller', 'quote', 'dedupe', 'pricing'].map(en)),
        br(['teaser', 'controller', 'quote', 'dedupe', 'pricing'].map(de)),
      ],
    ],
    expect: ['teaser', 'controller', 'quote', 'dedupe', 'pricing'].map(pairOf),
  },
  {
    name: 'English-left, German merges two (unequal)',
    rows: [
      [
        br(['teaser', 'controller', 'dedupe', 'ransomware', 'pricing'].map(en)),
        br([de('teaser'), `${de('controller')} ${de('dedupe')}`, de('ransomware'), de('pricing')]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      [`${de('controller')} ${de('dedupe')}`, `${en('controller')} ${en('dedupe')}`],
      pairOf('ransomware'),
      pairOf('pricing'),
    ],
  },
  {
    name: 'pretty-printed German <p>, compact English <br> (1:1)',
    rows: [
      [pretty(BASE.map(de)), br(BASE.map(en))],
      [pretty(BASE2.map(de)), br(BASE2.map(en))],
    ],
    expect: [...BASE, ...BASE2].map(pairOf),
  },
  {
    name: 'pretty-printed German (deep indent) with short lines, compact English',
    rows: [
      [
        pretty(['byline', 'photo', 'teaser', 'caption', 'controller'].map(de), 40),
        br(['byline', 'photo', 'teaser', 'caption', 'controller'].map(en)),
      ],
    ],
    expect: ['byline', 'photo', 'teaser', 'caption', 'controller'].map(pairOf),
  },
  {
    name: 'pretty-printed English only in one row, short lines, compact elsewhere',
    rows: [
      [br(BASE.map(de)), br(BASE.map(en))],
      [
        br(['photo', 'byline', 'outlook'].map(de)),
        pretty(['photo', 'byline', 'outlook'].map(en), 40),
      ],
    ],
    expect: [...BASE, 'photo', 'byline', 'outlook'].map(pairOf),
  },
  {
    name: 'pretty-printed German, one English merge (unequal)',
    rows: [
      [
        pretty(BASE.map(de), 24),
        br([
          en('teaser'),
          en('controller'),
          `${en('dedupe')} ${en('ransomware')}`,
          en('channel'),
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      [`${de('dedupe')} ${de('ransomware')}`, `${en('dedupe')} ${en('ransomware')}`],
      pairOf('channel'),
      pairOf('pricing'),
    ],
  },
  {
    name: 'bold heading > 100 chars in German, < 100 in English',
    rows: [
      [
        br([
          de('teaser'),
          strong(
            'Warum mittelständische Unternehmen ihre Speicherstrategie angesichts steigender Datenmengen jetzt überdenken',
          ),
          de('controller'),
          de('dedupe'),
        ]),
        br([
          en('teaser'),
          strong(
            'Why mid-sized companies should rethink their storage strategy in the face of growing data volumes',
          ),
          en('controller'),
          en('dedupe'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      [
        'Warum mittelständische Unternehmen ihre Speicherstrategie angesichts steigender Datenmengen jetzt überdenken',
        'Why mid-sized companies should rethink their storage strategy in the face of growing data volumes',
      ],
      pairOf('controller'),
      pairOf('dedupe'),
    ],
  },
  {
    name: 'bold heading > 100 chars in German, < 100 in English, + unequal row',
    rows: [
      [
        br([
          de('teaser'),
          strong(
            'Warum mittelständische Unternehmen ihre Speicherstrategie angesichts steigender Datenmengen jetzt überdenken',
          ),
          de('controller'),
          de('dedupe'),
          de('ransomware'),
        ]),
        br([
          en('teaser'),
          strong(
            'Why mid-sized companies should rethink their storage strategy in the face of growing data volumes',
          ),
          en('controller'),
          `${en('dedupe')} ${en('ransomware')}`,
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      [
        'Warum mittelständische Unternehmen ihre Speicherstrategie angesichts steigender Datenmengen jetzt überdenken',
        'Why mid-sized companies should rethink their storage strategy in the face of growing data volumes',
      ],
      pairOf('controller'),
      [`${de('dedupe')} ${de('ransomware')}`, `${en('dedupe')} ${en('ransomware')}`],
    ],
  },
  {
    name: '<strong>Fazit.</strong> vs <strong>Conclusion</strong>',
    rows: [
      [
        br([de('teaser'), de('controller'), strong('Fazit.'), de('analysts'), de('outlook')]),
        br([en('teaser'), en('controller'), strong('Conclusion'), en('analysts'), en('outlook')]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      ['Fazit.', 'Conclusion'],
      pairOf('analysts'),
      pairOf('outlook'),
    ],
  },
  {
    name: '<strong>Fazit.</strong> vs <strong>Conclusion.</strong> in own row',
    rows: [
      [br([de('teaser'), de('controller')]), br([en('teaser'), en('controller')])],
      [strong('Fazit.'), strong('Conclusion.')],
      [br([de('analysts'), de('outlook')]), br([en('analysts'), en('outlook')])],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      ['Fazit.', 'Conclusion.'],
      pairOf('analysts'),
      pairOf('outlook'),
    ],
  },
  {
    name: '<strong>Hinweis: …MwSt.</strong> vs <strong>Note: … VAT</strong> + unequal row',
    rows: [
      [
        br([
          de('teaser'),
          de('pricing'),
          strong('Hinweis: Alle Preise verstehen sich zzgl. MwSt.'),
          de('channel'),
          de('partner'),
          de('outlook'),
        ]),
        br([
          en('teaser'),
          en('pricing'),
          strong('Note: All prices exclude VAT'),
          `${en('channel')} ${en('partner')}`,
          en('outlook'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('pricing'),
      ['Hinweis: Alle Preise verstehen sich zzgl. MwSt.', 'Note: All prices exclude VAT'],
      [`${de('channel')} ${de('partner')}`, `${en('channel')} ${en('partner')}`],
      pairOf('outlook'),
    ],
  },
  {
    name: '<strong>Hinweis: …MwSt.</strong> vs <strong>Note: … VAT</strong>, equal counts',
    rows: [
      [
        br([
          de('teaser'),
          de('pricing'),
          strong('Hinweis: Alle Preise verstehen sich zzgl. MwSt.'),
          de('channel'),
          de('outlook'),
        ]),
        br([
          en('teaser'),
          en('pricing'),
          strong('Note: All prices exclude VAT'),
          en('channel'),
          en('outlook'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('pricing'),
      ['Hinweis: Alle Preise verstehen sich zzgl. MwSt.', 'Note: All prices exclude VAT'],
      pairOf('channel'),
      pairOf('outlook'),
    ],
  },
  {
    name: 'sub-heading ending with "Co." / "Inc." vs not',
    rows: [
      [
        br([
          de('teaser'),
          strong('Der neue Partner: Brandtner Digital GmbH &amp; Co.'),
          de('partner'),
          de('channel'),
        ]),
        br([
          en('teaser'),
          strong('The new partner: Brandtner Digital'),
          en('partner'),
          en('channel'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      ['Der neue Partner: Brandtner Digital GmbH & Co.', 'The new partner: Brandtner Digital'],
      pairOf('partner'),
      pairOf('channel'),
    ],
  },
  {
    name: '"Mehr dazu: …" real paragraph ↔ "More on this: …" + unequal row',
    rows: [
      [
        br([
          de('teaser'),
          'Mehr dazu: Das Unternehmen will in den kommenden zwölf Monaten rund 200 neue Mitarbeiter einstellen, vor allem in Entwicklung und Support.',
          de('controller'),
          de('dedupe'),
          de('pricing'),
        ]),
        br([
          en('teaser'),
          'More on this: The company plans to hire around 200 new employees over the next twelve months, mainly in development and support.',
          `${en('controller')} ${en('dedupe')}`,
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      [
        'Mehr dazu: Das Unternehmen will in den kommenden zwölf Monaten rund 200 neue Mitarbeiter einstellen, vor allem in Entwicklung und Support.',
        'More on this: The company plans to hire around 200 new employees over the next twelve months, mainly in development and support.',
      ],
      [`${de('controller')} ${de('dedupe')}`, `${en('controller')} ${en('dedupe')}`],
      pairOf('pricing'),
    ],
  },
  {
    name: '"Mehr dazu: …" real paragraph ↔ "Further details: …" + unequal row',
    rows: [
      [
        br([
          de('teaser'),
          'Mehr dazu: Das Unternehmen will in den kommenden zwölf Monaten rund 200 neue Mitarbeiter einstellen, vor allem in Entwicklung und Support.',
          de('controller'),
          de('dedupe'),
          de('pricing'),
        ]),
        br([
          en('teaser'),
          'Further details: The company plans to hire around 200 new employees over the next twelve months, mainly in development and support.',
          `${en('controller')} ${en('dedupe')}`,
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      [
        'Mehr dazu: Das Unternehmen will in den kommenden zwölf Monaten rund 200 neue Mitarbeiter einstellen, vor allem in Entwicklung und Support.',
        'Further details: The company plans to hire around 200 new employees over the next twelve months, mainly in development and support.',
      ],
      [`${de('controller')} ${de('dedupe')}`, `${en('controller')} ${en('dedupe')}`],
      pairOf('pricing'),
    ],
  },
  {
    name: '"Mehr zum Thema:" ↔ "More about this topic:" link lines + unequal row',
    rows: [
      [
        br([
          de('teaser'),
          de('controller'),
          de('dedupe'),
          de('ransomware'),
          'Mehr zum Thema: Wie Ransomware-Banden gezielt Backups angreifen',
        ]),
        br([
          en('teaser'),
          `${en('controller')} ${en('dedupe')}`,
          en('ransomware'),
          'More about this topic: How ransomware gangs target backups',
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      [`${de('controller')} ${de('dedupe')}`, `${en('controller')} ${en('dedupe')}`],
      pairOf('ransomware'),
      [
        'Mehr zum Thema: Wie Ransomware-Banden gezielt Backups angreifen',
        'More about this topic: How ransomware gangs target backups',
      ],
    ],
  },
  {
    name: '"Siehe auch:" ↔ "Also worth reading:" link lines + German-only paragraph',
    rows: [
      [
        br([
          de('teaser'),
          de('controller'),
          de('analysts'),
          'Siehe auch: Nexora stellt neue Backup-Appliance vor',
          de('pricing'),
        ]),
        br([
          en('teaser'),
          en('controller'),
          'Also worth reading: Nexora unveils new backup appliance',
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      [de('analysts'), ''],
      [
        'Siehe auch: Nexora stellt neue Backup-Appliance vor',
        'Also worth reading: Nexora unveils new backup appliance',
      ],
      pairOf('pricing'),
    ],
  },
  {
    name: '"Passend dazu:" ↔ "Related:" link lines + German-only paragraph',
    rows: [
      [
        br([
          de('teaser'),
          de('controller'),
          de('analysts'),
          'Passend dazu: Nexora stellt neue Backup-Appliance vor',
          de('pricing'),
        ]),
        br([
          en('teaser'),
          en('controller'),
          'Related: Nexora unveils new backup appliance',
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      [de('analysts'), ''],
      [
        'Passend dazu: Nexora stellt neue Backup-Appliance vor',
        'Related: Nexora unveils new backup appliance',
      ],
      pairOf('pricing'),
    ],
  },
  {
    name: 'table mostly 1:1, one German-only row (empty EN), short lines elsewhere',
    rows: [
      [
        br(['byline', 'teaser', 'photo', 'caption'].map(de)),
        br(['byline', 'teaser', 'photo', 'caption'].map(en)),
      ],
      [br([de('cloud'), de('analysts'), de('quote'), de('support'), de('energy')]), ''],
      [
        br(['terseDe', 'outlook', 'terseDe2'].map(de)),
        br(['terseDe', 'outlook', 'terseDe2'].map(en)),
      ],
    ],
    expect: [
      ...['byline', 'teaser', 'photo', 'caption'].map(pairOf),
      [de('cloud'), ''],
      [de('analysts'), ''],
      [de('quote'), ''],
      [de('support'), ''],
      [de('energy'), ''],
      ...['terseDe', 'outlook', 'terseDe2'].map(pairOf),
    ],
  },
  {
    name: 'long German paragraph condensed to ~60% in English, equal counts',
    rows: [
      [
        br(['teaser', 'controller', 'longDe', 'dedupe', 'pricing'].map(de)),
        br(['teaser', 'controller', 'longDe', 'dedupe', 'pricing'].map(en)),
      ],
    ],
    expect: ['teaser', 'controller', 'longDe', 'dedupe', 'pricing'].map(pairOf),
  },
  {
    name: 'English-left: long German paragraph condensed in English, equal counts',
    rows: [
      [
        br(['teaser', 'controller', 'longDe', 'dedupe', 'pricing'].map(en)),
        br(['teaser', 'controller', 'longDe', 'dedupe', 'pricing'].map(de)),
      ],
    ],
    expect: ['teaser', 'controller', 'longDe', 'dedupe', 'pricing'].map(pairOf),
  },
  {
    name: 'long German market paragraph condensed to ~40%, equal counts',
    rows: [
      [
        br(['teaser', 'longDe2', 'controller', 'dedupe', 'pricing'].map(de)),
        br(['teaser', 'longDe2', 'controller', 'dedupe', 'pricing'].map(en)),
      ],
    ],
    expect: ['teaser', 'longDe2', 'controller', 'dedupe', 'pricing'].map(pairOf),
  },
  {
    name: 'English-left: German market paragraph condensed ~40%, equal counts',
    rows: [
      [
        br(['teaser', 'longDe2', 'controller', 'dedupe', 'pricing'].map(en)),
        br(['teaser', 'longDe2', 'controller', 'dedupe', 'pricing'].map(de)),
      ],
    ],
    expect: ['teaser', 'longDe2', 'controller', 'dedupe', 'pricing'].map(pairOf),
  },
  {
    name: 'English-left: condensed paragraph + German merges two (unequal)',
    rows: [
      [
        br(['teaser', 'longDe', 'controller', 'dedupe', 'pricing'].map(en)),
        br([de('teaser'), de('longDe'), `${de('controller')} ${de('dedupe')}`, de('pricing')]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('longDe'),
      [`${de('controller')} ${de('dedupe')}`, `${en('controller')} ${en('dedupe')}`],
      pairOf('pricing'),
    ],
  },
  {
    name: 'condensed paragraph + English merges two (unequal)',
    rows: [
      [
        br(['teaser', 'longDe2', 'controller', 'dedupe', 'pricing'].map(de)),
        br([en('teaser'), en('longDe2'), `${en('controller')} ${en('dedupe')}`, en('pricing')]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('longDe2'),
      [`${de('controller')} ${de('dedupe')}`, `${en('controller')} ${en('dedupe')}`],
      pairOf('pricing'),
    ],
  },
  {
    name: 'bold heading with "..." vs "…"',
    rows: [
      [
        br([de('teaser'), strong(de('ellDe')), de('analysts'), de('outlook')]),
        br([en('teaser'), strong(en('ellDe')), en('analysts'), en('outlook')]),
      ],
    ],
    expect: [pairOf('teaser'), pairOf('ellDe'), pairOf('analysts'), pairOf('outlook')],
  },
  {
    name: 'bold German teaser, plain English teaser (author case)',
    rows: [
      [
        br([strong(de('teaser')), de('controller'), de('dedupe')]),
        br([en('teaser'), en('controller'), en('dedupe')]),
      ],
    ],
    expect: ['teaser', 'controller', 'dedupe'].map(pairOf),
  },
  {
    name: 'table ratio: German-only row, then a row with an English merge',
    rows: [
      [br(['teaser', 'controller'].map(de)), br(['teaser', 'controller'].map(en))],
      [br(['quote', 'longDe', 'longDe2', 'analysts'].map(de)), ''],
      [
        br(['dedupe', 'ransomware', 'channel', 'photo', 'caption', 'pricing'].map(de)),
        br([
          en('dedupe'),
          `${en('ransomware')} ${en('channel')}`,
          en('photo'),
          en('caption'),
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      [de('quote'), ''],
      [de('longDe'), ''],
      [de('longDe2'), ''],
      [de('analysts'), ''],
      pairOf('dedupe'),
      [`${de('ransomware')} ${de('channel')}`, `${en('ransomware')} ${en('channel')}`],
      pairOf('photo'),
      pairOf('caption'),
      pairOf('pricing'),
    ],
  },
  {
    name: 'English-left table ratio: German-only row, then a row with a German merge',
    rows: [
      [br(['teaser', 'controller'].map(en)), br(['teaser', 'controller'].map(de))],
      ['', br(['quote', 'longDe', 'longDe2', 'analysts'].map(de))],
      [
        br(['dedupe', 'ransomware', 'channel', 'photo', 'caption', 'pricing'].map(en)),
        br([
          de('dedupe'),
          `${de('ransomware')} ${de('channel')}`,
          de('photo'),
          de('caption'),
          de('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      [de('quote'), ''],
      [de('longDe'), ''],
      [de('longDe2'), ''],
      [de('analysts'), ''],
      pairOf('dedupe'),
      [`${de('ransomware')} ${de('channel')}`, `${en('ransomware')} ${en('channel')}`],
      pairOf('photo'),
      pairOf('caption'),
      pairOf('pricing'),
    ],
  },
  {
    name: 'pretty-printed deep indent, short lines + English merge (unequal)',
    rows: [
      [
        pretty(
          ['byline', 'photo', 'teaser', 'caption', 'controller', 'dedupe', 'pricing'].map(de),
          40,
        ),
        br([
          en('byline'),
          en('photo'),
          en('teaser'),
          en('caption'),
          `${en('controller')} ${en('dedupe')}`,
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      pairOf('byline'),
      pairOf('photo'),
      pairOf('teaser'),
      pairOf('caption'),
      [`${de('controller')} ${de('dedupe')}`, `${en('controller')} ${en('dedupe')}`],
      pairOf('pricing'),
    ],
  },
  {
    name: 'two consecutive long German paragraphs untranslated (unequal)',
    rows: [
      [
        br(['teaser', 'controller', 'cloud', 'analysts', 'dedupe', 'pricing'].map(de)),
        br(['teaser', 'controller', 'dedupe', 'pricing'].map(en)),
      ],
    ],
    expect: [
      pairOf('teaser'),
      pairOf('controller'),
      [de('cloud'), ''],
      [de('analysts'), ''],
      pairOf('dedupe'),
      pairOf('pricing'),
    ],
  },
  {
    name: 'bullet-like one-liners 1:1 with one English merge',
    rows: [
      [
        br([
          '– 50 TB nutzbare Kapazität',
          '– Inline-Deduplizierung',
          '– Unveränderliche Snapshots',
          '– Replikation nach Frankfurt',
          de('pricing'),
        ]),
        br([
          '– 50 TB usable capacity',
          '– Inline deduplication',
          '– Immutable snapshots, replication to Frankfurt',
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      ['– 50 TB nutzbare Kapazität', '– 50 TB usable capacity'],
      ['– Inline-Deduplizierung', '– Inline deduplication'],
      [
        '– Unveränderliche Snapshots – Replikation nach Frankfurt',
        '– Immutable snapshots, replication to Frankfurt',
      ],
      pairOf('pricing'),
    ],
  },
  {
    name: 'bullet-like one-liners 1:1, equal counts, one terse',
    rows: [
      [
        br([
          '– 50 TB nutzbare Kapazität',
          '– Dedup',
          '– Unveränderliche Snapshots',
          '– Replikation nach Frankfurt',
          de('pricing'),
        ]),
        br([
          '– 50 TB usable capacity',
          '– Inline deduplication with variable block sizes and compression',
          '– Immutable snapshots',
          '– Replication to Frankfurt',
          en('pricing'),
        ]),
      ],
    ],
    expect: [
      ['– 50 TB nutzbare Kapazität', '– 50 TB usable capacity'],
      ['– Dedup', '– Inline deduplication with variable block sizes and compression'],
      ['– Unveränderliche Snapshots', '– Immutable snapshots'],
      ['– Replikation nach Frankfurt', '– Replication to Frankfurt'],
      pairOf('pricing'),
    ],
  },
];
