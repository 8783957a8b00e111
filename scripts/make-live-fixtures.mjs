// Writes the live-page fixtures of issue 18 into tests/fixtures/publisher/: markup and scripts as
// live WordPress news sites have them (editors' paste, plugins' boxes inside cells, ads inserted
// after load, tables left with an extra column or spans). The truth is written here by hand
// (never computed by Bitext). Run once after editing; the outputs are committed and read-only.
import { ad, bioHtml, bioPair, figure, pair, svg, td, writePages } from './fixture-pages.mjs';

// Paragraph pools: [German, English], translations of each other.
const L = {
  teaser: [
    'Der Netzwerkausrüster Havlik stellt eine neue Familie von Firewalls für mittelständische Unternehmen vor. Die Geräte sollen Angriffe schon am Rand des Netzes erkennen.',
    'Network vendor Havlik is introducing a new family of firewalls for medium-sized companies. The devices are designed to detect attacks at the edge of the network.',
  ],
  headingTech: ['Technik im Detail', 'The technology in detail'],
  tech: [
    'Die Firewalls prüfen verschlüsselten Datenverkehr mit eigenen Chips, ohne die Leitung spürbar zu verlangsamen. Der Durchsatz liegt je nach Modell zwischen zwei und zwanzig Gigabit pro Sekunde.',
    'The firewalls inspect encrypted traffic with their own chips without noticeably slowing the line. Depending on the model, throughput is between two and twenty gigabits per second.',
  ],
  cloud: [
    'Die Verwaltung erfolgt über eine Cloud-Konsole, die in einem Rechenzentrum in Frankfurt betrieben wird. Kunden können die Konsole auf Wunsch auch im eigenen Haus betreiben.',
    'Management is handled through a cloud console operated in a data center in Frankfurt. Customers can also run the console on their own premises if they wish.',
  ],
  headingPartners: ['Für Partner', 'For partners'],
  partners: [
    'Fachhändler erhalten Vorführgeräte zum halben Preis und können ihre Techniker kostenlos schulen lassen. Das Partnerprogramm startet im ersten Quartal.',
    'Resellers receive demo units at half price and can have their technicians trained free of charge. The partner program starts in the first quarter.',
  ],
  margins: [
    'Wer mehr als zwanzig Geräte im Jahr verkauft, steigt in die Gold-Stufe auf und erhält zusätzliche Marge auf alle Verlängerungen.',
    'Those who sell more than twenty devices a year move up to the gold tier and receive additional margin on all renewals.',
  ],
  headingPrices: ['Preise und Verfügbarkeit', 'Prices and availability'],
  prices: [
    'Das kleinste Modell kostet 1.900 Euro, das größte rund 24.000 Euro. Ein Jahr Support und Updates der Erkennungsregeln sind jeweils enthalten.',
    'The smallest model costs 1,900 euros, the largest around 24,000 euros. One year of support and updates to the detection rules are included in each case.',
  ],
  shipping: [
    'Die ersten Geräte werden im März ausgeliefert, die großen Modelle folgen im Sommer.',
    'The first devices will ship in March, with the large models following in the summer.',
  ],
  quote: [
    '„Mittelständler brauchen Schutz, den sie ohne eigene Sicherheitsabteilung betreiben können“, sagt Havlik-Chefin Jana Dvořák.',
    '“Medium-sized companies need protection they can run without their own security department,” says Havlik CEO Jana Dvořák.',
  ],
};

const pages = [];
const SLUG = 'havlik-firewalls-mittelstand-havlik-firewalls-for-smes';
const TITLE = 'Havlik stellt Firewalls für den Mittelstand vor / Havlik unveils firewalls for SMEs';
const p = (html) => `<p>${html}</p>`;
const classic = (rows) => `<table><tbody>${rows.map(td).join('')}</tbody></table>`;

// 6. Paragraph breaks wherever the markup puts them.
const docsPaste = (...paragraphs) =>
  `<b style="font-weight:normal;" id="docs-internal-guid-5c1e2f7a-7fff-31b2-9c41-0d2b5e6f8a90">${paragraphs.map((text) => `<span style="font-size:11pt;font-family:Arial;">${text}</span>`).join('<br><br>')}</b>`;
pages.push({
  name: 'live-nested-breaks',
  slug: `${SLUG}-umbrueche`,
  title: TITLE,
  content: [
    figure([
      L.teaser,
      [0, 1].map((i) => p(`<strong>${L.headingTech[i]}</strong><br>${L.tech[i]}`)),
      [0, 1].map((i) => docsPaste(L.cloud[i], L.partners[i])),
      [0, 1].map((i) => `<strong>${L.headingPrices[i]}<br></strong>${L.prices[i]}`),
      [
        `${p(L.margins[0])}<p>&nbsp;</p>${p(`${L.shipping[0]}<br>${L.quote[0]}`)}`,
        `${p(L.margins[1])}${p(`<span>${L.shipping[1]}<br></span>${L.quote[1]}`)}<p><br></p>`,
      ],
    ]),
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...L.teaser),
    pair(...L.headingTech, { heading: true }),
    pair(...L.tech),
    pair(...L.cloud),
    pair(...L.partners),
    pair(...L.headingPrices, { heading: true }),
    pair(...L.prices),
    pair(...L.margins),
    pair(...L.shipping),
    pair(...L.quote),
    bioPair,
  ],
  notes:
    'Paragraph breaks wherever editors put them (Gutenberg table): `<p><strong>Heading</strong><br>Text</p>` (a heading pair and a text pair), a Google Docs paste wrapped in `<b id="docs-internal-guid-…">` with `<br><br>` between its spans, a `<br>` inside `<strong>` after a heading, a `<br>` inside a `<span>`, and spacer paragraphs (`<p>&nbsp;</p>`, `<p><br></p>`) in one language only.',
});

// 2. Blocks that plugins put inside a cell: a contents box and an ad. Not paragraphs.
const toc = (title, items) =>
  `<div id="ez-toc-container" class="ez-toc-v2_0_68 ez-toc-container"><p class="ez-toc-title">${title}</p><ul class="ez-toc-list"><li><a href="#technik">${items[0]}</a></li><li><a href="#partner">${items[1]}</a></li></ul></div>`;
const adBlock = `<div class="code-block code-block-2" style="margin: 8px auto; text-align: center;">${ad}</div>`;
pages.push({
  name: 'live-cell-blocks',
  slug: `${SLUG}-kaesten`,
  title: TITLE,
  content: [
    classic([
      [p(L.teaser[0]), p(L.teaser[1])],
      [
        toc('Inhalt', [L.headingTech[0], L.headingPartners[0]]) +
          p(`<strong>${L.headingTech[0]}</strong>`) +
          p(L.tech[0]) +
          adBlock +
          p(L.cloud[0]),
        toc('Contents', [L.headingTech[1], L.headingPartners[1]]) +
          p(`<strong>${L.headingTech[1]}</strong>`) +
          p(L.tech[1]) +
          p(L.cloud[1]),
      ],
      [
        p(`<strong>${L.headingPartners[0]}</strong>`) + p(L.partners[0]) + p(L.margins[0]),
        p(`<strong>${L.headingPartners[1]}</strong>`) +
          p(L.partners[1]) +
          adBlock +
          p(L.margins[1]),
      ],
    ]),
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...L.teaser),
    pair(...L.headingTech, { heading: true }),
    pair(...L.tech),
    pair(...L.cloud),
    pair(...L.headingPartners, { heading: true }),
    pair(...L.partners),
    pair(...L.margins),
    bioPair,
  ],
  notes:
    'Blocks that plugins insert server-side inside the cells of a Classic table with `<p>` cells: a table-of-contents box (`#ez-toc-container`) at the top of both cells, and an ad (`div.code-block` around `div.sscg-ad`) after the second German paragraph and after the first English one. They are no paragraphs: they stay visible between pairs in every mode and go back to their cells on "original".',
});

// 1. An ad that a script inserts between the article's paragraphs after the load event.
const adAfterLoad = `<script>window.addEventListener('load',function(){function after(text,delay){setTimeout(function(){var p=[].find.call(document.querySelectorAll('.entry-content p'),function(p){return p.textContent.indexOf(text)===0;});var box=document.createElement('div');box.className='sscg-ad sscg-ad--late';box.textContent='Anzeige: Havlik Firewall jetzt testen';p.after(box);},delay);}after(${JSON.stringify(L.tech[0].slice(0, 30))},0);after(${JSON.stringify(L.partners[1].slice(0, 30))},300);});</script>`;
pages.push({
  name: 'live-ad-after-load',
  slug: `${SLUG}-anzeige`,
  title: TITLE,
  content: [
    classic([
      [p(L.teaser[0]), p(L.teaser[1])],
      [p(L.tech[0]) + p(L.cloud[0]), p(L.tech[1]) + p(L.cloud[1])],
      [p(L.partners[0]) + p(L.margins[0]), p(L.partners[1]) + p(L.margins[1])],
    ]),
    bioHtml,
    adAfterLoad,
  ].join('\n'),
  pairs: [
    pair(...L.teaser),
    pair(...L.tech),
    pair(...L.cloud),
    pair(...L.partners),
    pair(...L.margins),
    bioPair,
  ],
  notes:
    'An ad script inserts ads between the article’s paragraphs after the load event (Classic table, `<p>` cells): at the load event after the German paragraph that starts "Die Firewalls prüfen", 300 ms later after the English one that starts "Resellers receive". Each ends up outside the pairs, visible in every mode, and "original" leaves it where the script put it.',
});

// 7. A table with an empty third column, a row spanning every column and a cell spanning rows.
const picture = `<figure class="wp-block-image">${svg('Havlik Firewall')}<figcaption>Foto: Havlik / Photo: Havlik</figcaption></figure>`;
pages.push({
  name: 'live-table-shapes',
  slug: `${SLUG}-tabelle`,
  title: TITLE,
  content: [
    `<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>${[
      `<tr><td>${L.teaser[0]}</td><td>${L.teaser[1]}</td><td></td></tr>`,
      `<tr><td colspan="3">${picture}</td></tr>`,
      `<tr><td><strong>${L.headingTech[0]}</strong><br>${L.tech[0]}</td><td><strong>${L.headingTech[1]}</strong><br>${L.tech[1]}</td><td rowspan="2"> </td></tr>`,
      `<tr><td>${L.cloud[0]}</td><td>${L.cloud[1]}</td></tr>`,
      `<tr><td rowspan="2">${L.partners[0]}<br>${L.margins[0]}</td><td>${L.partners[1]}</td><td>&nbsp;</td></tr>`,
      `<tr><td>${L.margins[1]}</td><td></td></tr>`,
      `<tr><td>${L.prices[0]}</td><td>${L.prices[1]}</td><td></td></tr>`,
    ].join('')}</tbody></table></figure>`,
    bioHtml,
  ].join('\n'),
  pairs: [
    pair(...L.teaser),
    pair(...L.headingTech, { heading: true }),
    pair(...L.tech),
    pair(...L.cloud),
    pair(...L.partners),
    pair(...L.margins),
    pair(...L.prices),
    bioPair,
  ],
  notes:
    'A Gutenberg table an editor left with an empty third column (one of its cells spans two rows), a row whose one cell spans all columns (a photo with a bilingual credit: shown between pairs in every mode, never a pair) and a German cell spanning two rows beside two English cells (one row of the article). The text columns are clearly bilingual, so it is read.',
});

// 5. Infinite scroll: the next article (an <article> with its own .entry-content, table and bio)
// is appended below the first 300 ms after the load event, from a <template>.
const nextArticle = [
  '<template id="sscg-next-article"><article class="post type-post sscg-next"><header class="entry-header"><h2 class="entry-title">Havlik: Preise / Havlik: prices</h2></header><div class="entry-content">',
  figure([L.prices, L.shipping, L.quote]),
  bioHtml,
  '</div></article></template>',
  `<script>window.addEventListener('load',function(){setTimeout(function(){document.querySelector('article').after(document.getElementById('sscg-next-article').content.cloneNode(true));},300);});</script>`,
].join('');
pages.push({
  name: 'live-infinite-scroll',
  slug: `${SLUG}-weiterlesen`,
  title: TITLE,
  content: [figure([L.teaser, L.tech, L.cloud]), bioHtml].join('\n'),
  after: nextArticle,
  pairs: [
    pair(...L.teaser),
    pair(...L.tech),
    pair(...L.cloud),
    bioPair,
    pair(...L.prices),
    pair(...L.shipping),
    pair(...L.quote),
    bioPair,
  ],
  notes:
    'Infinite scroll: 300 ms after the load event a script appends the next article below the first (an `<article>` with its own `.entry-content`, a Gutenberg table and the bio, from `template#sscg-next-article`). Its table gets a column of its own at its place, in the current mode, within a frame of its arrival.',
});

// 3. A theme that renders the article body again from the post's HTML (kept as JSON in the page)
// at the load event, and again on `post-load` (the event Jetpack's infinite scroll fires): the
// body Bitext transformed is replaced by a new one, table and all.
const rerendered = [
  classic([
    [p(L.teaser[0]), p(L.teaser[1])],
    [
      p(`<strong>${L.headingTech[0]}</strong>`) + p(L.tech[0]) + p(L.cloud[0]),
      p(`<strong>${L.headingTech[1]}</strong>`) + p(L.tech[1]) + p(L.cloud[1]),
    ],
    [p(L.partners[0]) + p(L.margins[0]), p(L.partners[1]) + p(L.margins[1])],
  ]),
  bioHtml,
].join('\n');
const theme = `<script type="application/json" id="sscg-post">${JSON.stringify({ content: `\n${rerendered}\n` }).replaceAll('<', '\\u003c')}</script><script>(function(){function render(){var old=document.querySelector('.entry-content');var body=document.createElement('div');body.className='entry-content';body.innerHTML=JSON.parse(document.getElementById('sscg-post').textContent).content;old.replaceWith(body);}window.addEventListener('load',render);document.body.addEventListener('post-load',render);})();</script>`;
pages.push({
  name: 'live-theme-rerender',
  slug: `${SLUG}-theme`,
  title: TITLE,
  content: rerendered,
  after: theme,
  pairs: [
    pair(...L.teaser),
    pair(...L.headingTech, { heading: true }),
    pair(...L.tech),
    pair(...L.cloud),
    pair(...L.partners),
    pair(...L.margins),
    bioPair,
  ],
  notes:
    'A theme renders the article body again from the post’s HTML (Classic table, `<p>` cells, kept as JSON in `script#sscg-post`): at the load event and on every `post-load` event on the body it replaces `.entry-content` with a new element built from that HTML. Bitext takes the new table as the article, in the mode and with the pairs switched as before; "original" gives back the new body.',
});

// 4. A glossary linker that rewrites the body's HTML (`innerHTML = innerHTML.replace(…)`) at the
// load event (firewall), and again on `post-load` (partner): what it rewrites is Bitext's column.
const glossary = `<script>(function(){var terms=[[/\\bfirewalls?\\b/gi,'firewall'],[/\\bpartner\\w*/gi,'partner']];var run=0;function link(){var term=terms[run++];if(!term)return;var body=document.querySelector('.entry-content');body.innerHTML=body.innerHTML.replace(term[0],function(word){return '<a class="sscg-glossary" href="/glossar/'+term[1]+'/">'+word+'</a>';});}window.addEventListener('load',link);document.body.addEventListener('post-load',link);})();</script>`;
pages.push({
  name: 'live-glossary-rewrite',
  slug: `${SLUG}-glossar`,
  title: TITLE,
  content: [
    figure([
      L.teaser,
      [0, 1].map((i) => `<strong>${L.headingTech[i]}</strong><br>${L.tech[i]}<br>${L.cloud[i]}`),
      [0, 1].map((i) => `${L.partners[i]}<br>${L.margins[i]}`),
      L.prices,
    ]),
    bioHtml,
  ].join('\n'),
  after: glossary,
  pairs: [
    pair(...L.teaser),
    pair(...L.headingTech, { heading: true }),
    pair(...L.tech),
    pair(...L.cloud),
    pair(...L.partners),
    pair(...L.margins),
    pair(...L.prices),
    bioPair,
  ],
  notes:
    'A glossary linker rewrites the article body’s HTML (`innerHTML = innerHTML.replace(…)`, Gutenberg table with `<br>` paragraphs): at the load event it links "firewall(s)", on the first `post-load` event on the body "partner…". With Bitext it rewrites the column, leaving a copy of it: Bitext takes the copy’s nodes (links and all) as the article, transforms them again in the mode and with the pairs switched as before, and "original" puts them into the copied table.',
});

writePages(pages);
