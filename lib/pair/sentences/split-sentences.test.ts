import { describe, expect, it } from 'vitest';
import type { Lang } from '../../page-contract';
import { splitSentences } from './split-sentences';

const texts = (text: string, lang: Lang): string[] =>
  splitSentences(text, lang).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('gives offsets into the text, and the text back when joined by spaces', () => {
    const text = 'Das ist eins. Das ist zwei! Ist das drei?';
    const sentences = splitSentences(text, 'de');
    expect(sentences.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Das ist eins.',
      'Das ist zwei!',
      'Ist das drei?',
    ]);
    expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(text);
    expect(splitSentences('', 'en')).toEqual([]);
  });

  it.each<[Lang, string]>([
    ['de', 'Das gilt z. B. für Firewalls und u. a. für Storage, d. h. Backup.'],
    ['de', 'Er nutzt Server bzw. Speicher, vgl. Tabelle 2, ggf. auch Cloud.'],
    ['de', 'Dr. Jakob Jung ist Chefredakteur.'],
    ['de', 'Gemeint ist Nr. 5 mit ca. 300 Kunden.'],
    ['de', 'Die Norvane GmbH & Co. KG liefert.'],
    ['de', 'Der Auftrag ist 5 Mio. Euro wert, zzgl. Wartung.'],
    ['de', 'Dr.-Ing. Peter Müller prüft Art. 32 DSGVO.'],
    ['de', 'Im laufenden Geschäftsjahr, das am 31. März 2027 endet, wächst die Produktion.'],
    ['de', 'Die Frist endet am 31. 12. 2027 um Mitternacht.'],
    ['de', 'Im 3. Quartal stieg der Umsatz.'],
    ['de', 'Version 9.2 kostet 1.450 Euro bei 99,999 Prozent Verfügbarkeit.'],
    ['de', '„Wir wachsen. Das ist gut“, sagt Henrik Aalto.'],
    ['de', 'Er sagte: „Wir wachsen. Das ist gut.“'],
    ['de', 'Im Bericht heißt es: „Die Angreifer […] Systeme verschlüsselt.“'],
    ['de', 'Die Angreifer haben [...] Server verschlüsselt und (…) Backups gelöscht.'],
    ['en', 'Dr. Jakob Jung is Editor-in-Chief.'],
    ['en', 'Mr. Smith vs. Jones went to court.'],
    ['en', 'On Jan. 5, 2027, the firm paid.'],
    ['en', 'Use a vault, e.g. Vault Pro, i.e. a safe, etc. and more.'],
    ['en', 'The institute’s finding no. 160 relates to remote access.'],
    ['en', 'Apple Inc. announced it, as did Acme Corp. and Initech Ltd. yesterday.'],
    ['en', 'Version 9.2 costs 1,450 euros at 99.999 percent availability.'],
    ['en', 'The results are based on a survey of 1,000 IT managers.'],
    ['en', '“We grow. That is good,” says Henrik Aalto.'],
    ['en', 'He said: “We grow. That is good.”'],
  ])('keeps a sentence whole (%s): %s', (lang, text) => {
    expect(texts(text, lang)).toEqual([text]);
  });

  // Each case: the sentences its text (them joined by spaces) must split into.
  it.each<[string, Lang, string[]]>([
    [
      'an abbreviation that a capitalised sentence follows',
      'de',
      ['Dafür kooperiert Fujitsu mit Super Micro Computer, Inc.', 'Die Partnerschaft wächst.'],
    ],
    ['numbered steps', 'en', ['1. Back up the data.', '2. Set the lock.']],
    ['numbered steps', 'de', ['1. Daten sichern.', '2. Sperre setzen.']],
    ['a number at the end', 'en', ['The score was 5.', 'The others agreed.']],
    ['a web address', 'de', ['Mehr steht auf norvane.com.', 'Die Preise auch.']],
    ['"etc." before a capital', 'en', ['They sell disks, tapes, etc.', 'The rest is cloud.']],
    ['"no." not before a number', 'en', ['The answer is no.', 'The report says so.']],
    [
      'a sentence that begins with a number',
      'en',
      ['The results are based on a survey of 650 IT managers.', '74 percent of them agree.'],
    ],
    [
      'a German one that does',
      'de',
      ['Es wurden 650 IT-Leiter befragt.', '74 Prozent stimmen zu.'],
    ],
    ['one after a year', 'en', ['The plant opened in 2023.', '74 percent of it runs.']],
    [
      'a quotation that is whole sentences',
      'de',
      ['„Wir wachsen.', 'Das ist gut.“', 'Dann ging er.'],
    ],
    ['a quotation inside a sentence', 'en', ['He said: “We grow. That is good.”', 'Then he left.']],
    [
      'an ellipsis before a capital, as the segmenter has it',
      'de',
      ['Und dann...', 'Die Antwort kam.'],
    ],
    ['no ellipsis before a small letter', 'en', ['Wait... the end came.']],
  ])('splits at %s (%s)', (_, lang, sentences) => {
    expect(texts(sentences.join(' '), lang)).toEqual(sentences);
  });
});
