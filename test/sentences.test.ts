import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENTENCEX_MAX_LINE, splitSentences } from '../src/document/sentences.js';

const split = (text: string, lang: string): string[] => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitSentences: tricky cases', () => {
  it.each([
    // German
    ['de', 'Der 2. Bericht liegt vor. Er ist kurz.', ['Der 2. Bericht liegt vor.', 'Er ist kurz.']],
    ['de', 'Das Treffen findet am 27. September statt. Alle kommen.', ['Das Treffen findet am 27. September statt.', 'Alle kommen.']],
    ['de', 'Der Gipfel am 11./12. Dezember 2019 in Addis Abeba. Danach folgt mehr.', ['Der Gipfel am 11./12. Dezember 2019 in Addis Abeba.', 'Danach folgt mehr.']],
    ['de', 'Betr.: Entwurf von Schlussfolgerungen des Rates', ['Betr.: Entwurf von Schlussfolgerungen des Rates']],
    ['de', 'Siehe Dok. ST 9798/15 und Nr. 5 sowie Art. 3 der Richtlinie. Das gilt.', ['Siehe Dok. ST 9798/15 und Nr. 5 sowie Art. 3 der Richtlinie.', 'Das gilt.']],
    ['de', 'Das gilt z.B. für Kinder. Es gilt z. B. auch für Opfer.', ['Das gilt z.B. für Kinder.', 'Es gilt z. B. auch für Opfer.']],
    ['de', 'Die Täter sind zu verfolgen; gleichzeitig sind Kinder zu retten.', ['Die Täter sind zu verfolgen; gleichzeitig sind Kinder zu retten.']],
    ['de', 'Das geschah 2019. Danach kam nichts.', ['Das geschah 2019.', 'Danach kam nichts.']],
    ['de', 'Die Kote ist 8848 m. Das ist die Zahl.', ['Die Kote ist 8848 m.', 'Das ist die Zahl.']],
    ['de', 'Er sprach mit G. O. Dyhrenfurth. Dann ging er.', ['Er sprach mit G. O. Dyhrenfurth.', 'Dann ging er.']],
    ['de', 'Ist das so? Ja! Und weiter…', ['Ist das so?', 'Ja!', 'Und weiter…']],
    ['de', '„Wir kommen.“ Dann kamen sie.', ['„Wir kommen.“', 'Dann kamen sie.']],
    // English
    ['en', '1. Sexual abuse harms children. The internet helps offenders.', ['1. Sexual abuse harms children.', 'The internet helps offenders.']],
    ['en', 'See Doc. 11855/12 and Dir. 2011/93/EU. It applies.', ['See Doc. 11855/12 and Dir. 2011/93/EU.', 'It applies.']],
    ['en', 'Cf. Para. 3 of Reg. 5 for approx. Ten cases. Then stop.', ['Cf. Para. 3 of Reg. 5 for approx. Ten cases.', 'Then stop.']],
    ['en', 'See COM(2015) 185 final and the draft conclusions. They follow.', ['See COM(2015) 185 final and the draft conclusions.', 'They follow.']],
    ['en', 'The answer was no. Then No. 5 came, e.g. the next one.', ['The answer was no.', 'Then No. 5 came, e.g. the next one.']],
    ['en', 'He met Mr. Smith (the chair). Both left.', ['He met Mr. Smith (the chair).', 'Both left.']],
    ['en', 'It ended.\nA new line starts here', ['It ended.', 'A new line starts here']],
    ['en', 'It is in the U.S. Army manual. Read it.', ['It is in the U.S. Army manual.', 'Read it.']],
    ['en', 'Prices rose (see below.) Sales fell.', ['Prices rose (see below.)', 'Sales fell.']],
    ['en', 'See OJ L 119, 4.5.2016, p. 1. The Council agreed.', ['See OJ L 119, 4.5.2016, p. 1.', 'The Council agreed.']],
    // French
    ['fr', 'M. Dupont est là. Il dit « Bonjour. » Puis il part.', ['M. Dupont est là.', 'Il dit « Bonjour. »', 'Puis il part.']],
    ['fr', 'Voir l’art. 5 et le doc. 11855/12. La suite vient.', ['Voir l’art. 5 et le doc. 11855/12.', 'La suite vient.']],
    ['fr', 'Ils arrivèrent à 13 h. 30 au sommet. Le retour fut long.', ['Ils arrivèrent à 13 h. 30 au sommet.', 'Le retour fut long.']],
    ['fr', 'La cote est de 8125 m. La première attaque échoua.', ['La cote est de 8125 m.', 'La première attaque échoua.']],
    ['fr', 'Vraiment ? Oui ! Alors partons.', ['Vraiment ?', 'Oui !', 'Alors partons.']],
    ['fr', 'Voir JO L 119 du 4.5.2016, p. 1. Le Conseil approuve.', ['Voir JO L 119 du 4.5.2016, p. 1.', 'Le Conseil approuve.']],
    ['fr', 'Il en va ainsi jusqu’à l’art. 5 et jusqu’au chap. 3 inclus. Fin.', ['Il en va ainsi jusqu’à l’art. 5 et jusqu’au chap. 3 inclus.', 'Fin.']],
  ])('%s: %j', (lang, text, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });

  it('a paragraph number after a sentence end starts the next sentence', () => {
    expect(split('Er kam nicht weiter. 3. Auf der Ostseite stieg er.', 'de')).toEqual(['Er kam nicht weiter.', '3. Auf der Ostseite stieg er.']);
  });

  it('rejects unknown languages with E_LANG_UNKNOWN', () => {
    expect(() => splitSentences('Text.', 'xx')).toThrow(expect.objectContaining({ code: 'E_LANG_UNKNOWN' }));
  });

  it('empty and blank text give no sentences', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n\t\r\n ', 'de')).toEqual([]);
  });
});

describe('splitSentences: long lines use the rule-based splitter with the same checks', () => {
  it('keeps abbreviation and ordinal exceptions beyond the sentencex limit', () => {
    const unit = 'Siehe Dok. 5 und Art. 3 am 27. September. Der 2. Bericht kam. ';
    const text = unit.repeat(Math.ceil((SENTENCEX_MAX_LINE * 2) / unit.length));
    const out = split(text, 'de');
    expect(text.length).toBeGreaterThan(SENTENCEX_MAX_LINE);
    expect(out.length).toBe(2 * Math.ceil((SENTENCEX_MAX_LINE * 2) / unit.length));
    expect(new Set(out)).toEqual(new Set(['Siehe Dok. 5 und Art. 3 am 27. September.', 'Der 2. Bericht kam.']));
  });
});

describe('splitSentences: invariants (fast-check)', () => {
  const word = fc.constantFrom('Der', 'Rat', 'the', 'Council', 'Dok.', 'Doc.', 'Nr.', 'No.', '2.', '27.', 'z.B.', 'e.g.', 'M.', 'approx.', 'September', 'Mai', '(a)', '«', '»', '"', 'end.', 'Ende!', 'quoi ?', '…', ';', ',', '<sup>1</sup>', '1956', 'Élan', 'ß');
  const sep = fc.constantFrom(' ', ' ', '  ', '\n', '\t', '\u00a0', '\r\n', ' \n\n ');
  const text = fc.array(fc.tuple(word, sep), { maxLength: 60 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

  it.each(['de', 'en', 'fr'])('%s: trimmed, ordered, non-overlapping spans covering every non-space character once', (lang) => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = splitSentences(t, lang);
        let prev = 0;
        const covered = new Uint8Array(t.length);
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(prev);
          expect(s.end).toBeGreaterThan(s.start);
          expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
          expect(t.slice(s.start, s.end)).not.toMatch(/[\r\n]/);
          covered.fill(1, s.start, s.end);
          prev = s.end;
        }
        for (let i = 0; i < t.length; i++) if (!/\s/.test(t[i]!)) expect(covered[i]).toBe(1);
      }),
      { numRuns: 150 },
    );
  });
});

const corpus = path.resolve(__dirname, '../../shared/corpora/council-conclusions-2019');
const exists = existsSync(path.join(corpus, 'de.md')) && existsSync(path.join(corpus, 'en.md'));
if (!exists) console.warn(`Council sentence tests skipped: ${corpus}/{de,en}.md is missing`);

describe.skipIf(!exists)('splitSentences on the Council paragraphs', () => {
  /** The raw text of numbered paragraph `n` (one line in both files), number and markers removed. */
  const paragraph = (lang: string, n: number): string => {
    const text = readFileSync(path.join(corpus, `${lang}.md`), 'utf8');
    const line = text.split('\n').find((l) => l.startsWith(`${n}. `));
    if (line === undefined) throw new Error(`paragraph ${n} not found in ${lang}.md`);
    return line.slice(`${n}. `.length).replace(/<sup>\d+<\/sup>/g, '');
  };
  it.each([
    ['de', 1, 3],
    ['en', 1, 2],
    ['de', 10, 4],
    ['en', 10, 5],
    ['de', 13, 5],
    ['en', 13, 5],
    ['de', 6, 2],
    ['en', 6, 2],
  ])('%s paragraph %i has %i sentences', (lang, n, count) => {
    const sentences = split(paragraph(lang, n), lang);
    expect(sentences).toHaveLength(count);
    for (const s of sentences) expect(s).toMatch(/[.:;]$/);
  });

  it('German paragraph 10: the semicolon does not end the first sentence, the ordinal 6./7. Juni does not end the third', () => {
    const s = split(paragraph('de', 10), 'de');
    expect(s[0]).toMatch(/^Der Rat weist erneut .* zu retten; gleichzeitig ersucht er .* zu nutzen\.$/);
    expect(s[2]).toMatch(/^Diesbezüglich verweist der Rat .* vom 6\.\/7\. Juni 2019, .* ist\.$/);
  });
});
