import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInline, textOffsetToSource, textSpanToSource } from '../src/document/inline.js';
import { parseDocument } from '../src/document/parse.js';
import type { Document } from '../src/types.js';
import { paralignError } from './helpers/errors.js';
import { shape } from './helpers/shape.js';

const error = paralignError;


/** The structural invariants every Document must satisfy. */
function checkInvariants(doc: Document): void {
  let prev = 0;
  doc.segments.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.span.start).toBeGreaterThanOrEqual(prev);
    expect(s.span.end).toBeGreaterThan(s.span.start);
    expect(s.span.end).toBeLessThanOrEqual(doc.text.length);
    expect(s.text.length).toBeGreaterThan(0);
    prev = s.span.end;
    const b = doc.blocks[s.block]!;
    expect(b.segments[s.ordinal - 1]).toBe(i);
    expect(s.span.start).toBeGreaterThanOrEqual(b.span.start);
    expect(s.span.end).toBeLessThanOrEqual(b.span.end);
    const c = cleanInline(doc.text.slice(s.span.start, s.span.end), { format: doc.format, offset: s.span.start });
    expect(c.text).toBe(s.text);
    expect(c.markers).toEqual(s.markers);
  });
  doc.blocks.forEach((b, i) => {
    expect(b.index).toBe(i);
    expect(b.segments.length).toBeGreaterThan(0);
    if (i > 0) expect(b.span.start).toBeGreaterThanOrEqual(doc.blocks[i - 1]!.span.end);
  });
  expect(doc.blocks.flatMap((b) => b.segments)).toEqual(doc.segments.map((s) => s.index));
}

describe('parseDocument options', () => {
  it.each([
    [{ lang: 'xx' }, 'E_LANG_UNKNOWN', /expected one of de, en, es, fr, it, nl, pl, pt, found "xx"/],
    [{ lang: 'German' }, 'E_LANG_UNKNOWN', /two-letter/],
    [{ lang: 'de', format: 'md' }, 'E_OPTION', /option format: expected 'auto', 'markdown', 'plain' or 'lines', found "md"/],
    [{ lang: 'de', file: 3 }, 'E_OPTION', /option file: expected a string, found 3/],
  ])('%j → %s', (options, code, message) => {
    const e = error(() => parseDocument('Text.', options as never));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('requires an options object and a string', () => {
    expect(error(() => parseDocument('Text.', undefined as never)).code).toBe('E_OPTION');
    expect(error(() => parseDocument(42 as never, { lang: 'de' })).code).toBe('E_OPTION');
  });

  it.each(['', '   \n\n\t', '---\n\n---'])('text without content %j gives an empty document with W_EMPTY', (text) => {
    const doc = parseDocument(text, { lang: 'en', format: 'markdown', file: 'x.md' });
    expect(doc.blocks).toEqual([]);
    expect(doc.segments).toEqual([]);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'W_EMPTY', file: 'x.md' })]);
  });
});

describe('plain format', () => {
  it('splits paragraphs at blank lines, joins their lines, splits sentences', () => {
    const text = 'First line of a\nwrapped paragraph. Second sentence.\n\n\n12. A numbered one. It ends.\r\n\r\n3) Another.';
    const doc = parseDocument(text, { lang: 'en', format: 'plain' });
    expect(shape(doc)).toEqual([
      ['paragraph:', ['First line of a wrapped paragraph.', 'Second sentence.']],
      ['paragraph:12', ['A numbered one.', 'It ends.']],
      ['paragraph:3', ['Another.']],
    ]);
    checkInvariants(doc);
  });

  it('a German date at the start of a paragraph is not a paragraph number', () => {
    const doc = parseDocument('12. Dezember: Der Rat tagt.\n\n3. Der Rat beschließt.', { lang: 'de', format: 'plain' });
    expect(shape(doc)).toEqual([
      ['paragraph:', ['12. Dezember: Der Rat tagt.']],
      ['paragraph:3', ['Der Rat beschließt.']],
    ]);
  });

  it('keeps markup as text (only whitespace is folded)', () => {
    const doc = parseDocument('A *star* and [x](y) and \\(z\\)   here.', { lang: 'en', format: 'plain' });
    expect(doc.segments.map((s) => s.text)).toEqual(['A *star* and [x](y) and \\(z\\) here.']);
  });

  it('reads unwrapped text (no blank line, lines ending in punctuation) as one paragraph per line', () => {
    const text = 'The first paragraph. It has two sentences.\nThe second paragraph.\nThe third one: short.';
    const doc = parseDocument(text, { lang: 'en', format: 'plain' });
    expect(shape(doc)).toEqual([
      ['paragraph:', ['The first paragraph.', 'It has two sentences.']],
      ['paragraph:', ['The second paragraph.']],
      ['paragraph:', ['The third one: short.']],
    ]);
  });
});

describe('lines format', () => {
  it('one segment per non-blank line, trimmed, with its line number; <p> and blank lines start blocks', () => {
    const text = 'Erster Satz . \n  Zweiter  Satz.\n<p>\nDritter. Noch einer.\n\n\nVierter\r\n';
    const doc = parseDocument(text, { lang: 'de', format: 'lines' });
    expect(shape(doc)).toEqual([
      ['paragraph:', ['Erster Satz .', 'Zweiter  Satz.']],
      ['paragraph:', ['Dritter. Noch einer.']],
      ['paragraph:', ['Vierter']],
    ]);
    expect(doc.segments.map((s) => s.line)).toEqual([0, 1, 3, 6]);
    checkInvariants(doc);
  });

  it('a file without <p> or blank lines is one block, segment index = line number', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `Line ${i}.`);
    const doc = parseDocument(lines.join('\n'), { lang: 'en', format: 'lines' });
    expect(doc.blocks).toHaveLength(1);
    expect(doc.segments.map((s) => s.text)).toEqual(lines);
    doc.segments.forEach((s) => expect(s.line).toBe(s.index));
  });

  it('handles 200,000 lines', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `Sentence ${i} of the corpus.`);
    const doc = parseDocument(lines.join('\n'), { lang: 'en' });
    expect(doc.format).toBe('lines');
    expect(doc.segments).toHaveLength(200_000);
    expect(doc.segments[199_999]!.text).toBe('Sentence 199999 of the corpus.');
    expect(doc.segments[199_999]!.line).toBe(199_999);
  });
});

describe('markdown format: small cases', () => {
  it('header furniture, fields, numbered paragraphs, items and footnotes', () => {
    const text = [
      'Bruxelles, le 27 septembre 2019  ',
      '(OR. en)',
      '',
      '12326/19',
      '',
      'LIMITE',
      '',
      'ENFOPOL 405  ',
      'JAI 1005',
      '',
      '## NOTE',
      '',
      'Expéditeur:\tPrésidence',
      'Objet:\tProjet de conclusions',
      '',
      '---',
      '',
      '1. Le Conseil rappelle:',
      '- a) la directive<sup>1</sup>;',
      '- b) l’agenda.',
      '',
      '<sup>1</sup> JO L 335.',
      '',
      '2. Texte du paragraphe',
      'sur deux lignes.',
      '* un point sans lettre',
    ].join('\n');
    const doc = parseDocument(text, { lang: 'fr' });
    expect(doc.format).toBe('markdown');
    expect(shape(doc)).toEqual([
      ['header:date', ['Bruxelles, le 27 septembre 2019']],
      ['header:origin', ['(OR. en)']],
      ['header:docno', ['12326/19']],
      ['header:limite', ['LIMITE']],
      ['header:codes', ['ENFOPOL 405', 'JAI 1005']],
      ['heading:', ['NOTE']],
      ['field:from', ['Présidence']],
      ['field:subject', ['Projet de conclusions']],
      ['paragraph:1', ['Le Conseil rappelle:']],
      ['item:1a', ['la directive;']],
      ['item:1b', ['l’agenda.']],
      ['footnote:fn1', ['JO L 335.']],
      ['paragraph:2', ['Texte du paragraphe sur deux lignes.']],
      ['item:', ['un point sans lettre']],
    ]);
    const item = doc.segments[doc.blocks[9]!.segments[0]!]!;
    expect(item.markers).toEqual([{ label: '1', span: { start: text.indexOf('<sup>1</sup>;'), end: text.indexOf('<sup>1</sup>;') + 12 }, at: 'la directive'.length }]);
    checkInvariants(doc);
  });

  it.each([
    ['a date opening a paragraph is not its number', '1. Eins.\n\n27. September: Tagung.', [['paragraph:1', ['Eins.']], ['paragraph:', ['27. September: Tagung.']]]],
    ['a date inside a wrapped paragraph is not a new paragraph', '5. Der Gipfel findet am\n27. September statt.', [['paragraph:5', ['Der Gipfel findet am 27. September statt.']]]],
    ['the next number continues the list without a blank line', '1. Eins.\n2. Zwei.', [['paragraph:1', ['Eins.']], ['paragraph:2', ['Zwei.']]]],
    ['items keep their parent across footnotes and rules', '7. Rat:\n  - a. eins;\n\n---\n\n<sup>1</sup> Fußnote.\n\n- b. zwei.', [['paragraph:7', ['Rat:']], ['item:7a', ['eins;']], ['footnote:fn1', ['Fußnote.']], ['item:7b', ['zwei.']]]],
    ['Markdown footnotes [^n]', 'Text[^2] hier.\n\n[^2]: Die Note.', [['paragraph:', ['Text hier.']], ['footnote:fn2', ['Die Note.']]]],
    ['escapes, emphasis, entities and links', 'Ein \\*Stern\\*, **fett**, *kursiv*, A &amp; B, [Dok. 5](http://x.eu/a_b).', [['paragraph:', ['Ein *Stern*, fett, kursiv, A & B, Dok. 5.']]]],
    ['no sentence split inside link text', 'Siehe [Erster Satz. Zweiter Satz](#) hier. Ende.', [['paragraph:', ['Siehe Erster Satz. Zweiter Satz hier.', 'Ende.']]]],
    ['a pipe table for From/To/Subject', '| Absender: | Vorsitz |\n|---|---|\n| Betr. | Entwurf \\| Teil |\n| Andere | Zeile |', [['field:from', ['Vorsitz']], ['field:subject', ['Entwurf | Teil']], ['paragraph:', ['| Andere | Zeile |']]]],
    ['roman item numbers', '4. Punkte:\n- iii) drei;\n- (iv) vier.', [['paragraph:4', ['Punkte:']], ['item:4iii', ['drei;']], ['item:4iv', ['vier.']]]],
    ['a closing heading hash run is dropped', '# Titel #\n\nText.', [['heading:', ['Titel']], ['paragraph:', ['Text.']]]],
    ['a marker after a sentence end stays with that sentence', '1. Erster Satz.<sup>3</sup> Zweiter Satz.', [['paragraph:1', ['Erster Satz.', 'Zweiter Satz.']]]],
    ['page footers are page furniture, not text', '1. Eins.\n\n12326/19\t\tJV/mr\t2\n\tJAI.1\tLIMITE\tDE\n\n---\n\n2. Zwei.', [['paragraph:1', ['Eins.']], ['paragraph:2', ['Zwei.']]]],
    ['a footer on one line, as a table row, or with an annex mark', '1. Eins.\n12326/19 ADD 1 JV/mr 12 JAI.1 LIMITE EN\n\n| 12326/19 | JV/mr | 3 |\n\nANLAGE GIP.2 DE\n2. Zwei.', [['paragraph:1', ['Eins.']], ['paragraph:2', ['Zwei.']]]],
    ['a footer ends the paragraph before it', 'Text vor dem\n12326/19 JV/mr 2\nSeitenumbruch.', [['paragraph:', ['Text vor dem']], ['paragraph:', ['Seitenumbruch.']]]],
    ['lines like a footer that are text stay text', 'TEIL II\n\nEU UK\n\nSiehe Dok. 12326/19 JV.\n\n2011/93/EU', [['paragraph:', ['TEIL II']], ['paragraph:', ['EU UK']], ['paragraph:', ['Siehe Dok. 12326/19 JV.']], ['paragraph:', ['2011/93/EU']]]],
  ])('%s', (_, text, expected) => {
    const doc = parseDocument(text, { lang: 'de', format: 'markdown' });
    expect(shape(doc)).toEqual(expected);
    checkInvariants(doc);
  });

  it('a marker between a sentence end and the next sentence goes with the first sentence', () => {
    const doc = parseDocument('Erster Satz. <sup>3</sup> Zweiter Satz.', { lang: 'de', format: 'markdown' });
    expect(doc.segments.map((s) => [s.text, s.markers.map((m) => [m.label, m.at])])).toEqual([
      ['Erster Satz.', [['3', 12]]],
      ['Zweiter Satz.', []],
    ]);
  });

  it('duplicate labels give W_DUP_LABEL', () => {
    const doc = parseDocument('1. Eins.\n\n1. Noch einmal eins.', { lang: 'de', format: 'markdown', file: 'a.md' });
    expect(doc.warnings.map((w) => w.code)).toEqual(['W_DUP_LABEL']);
    expect(doc.warnings[0]!.message).toContain('a.md');
  });
});

describe('cleanInline and offset mapping', () => {
  it.each([
    ['plain text', 'Hello world', 'Hello world'],
    ['folds whitespace and trims', '  a \t b\n\n c  ', 'a b c'],
    ['keeps a lone no-break space', 'n°\u00a05', 'n°\u00a05'],
    ['link residue', '[COM\\(2015\\) 185 final](#)', 'COM(2015) 185 final'],
    ['image-style link', '![Bild](a.png) und mehr', 'Bild und mehr'],
    ['bold and emphasis', '**DRAFT** *of* __it__', 'DRAFT of it'],
    ['unpaired markup stays', 'a * b and 2*3 and [x] and **', 'a * b and 2*3 and [x] and **'],
    ['entities', '&lt;b&gt; &#8364; &#x20AC; &bogus;', '<b> € € &bogus;'],
    ['a lone backslash', 'a \\ b \\q', 'a \\ b \\q'],
    ['astral characters', '𝔸 und 😀.', '𝔸 und 😀.'],
  ])('%s', (_, raw, clean) => {
    expect(cleanInline(raw).text).toBe(clean);
  });

  it('markers: label, raw span (plus offset), position in the clean text', () => {
    expect(cleanInline('EU<sup>1</sup> und [^2] Rat<sup> 12 </sup>', { offset: 100 })).toEqual({
      text: 'EU und Rat',
      markers: [
        { label: '1', span: { start: 102, end: 114 }, at: 2 },
        { label: '2', span: { start: 119, end: 123 }, at: 6 },
        { label: '12', span: { start: 127, end: 142 }, at: 10 },
      ],
    });
  });

  it('lines and plain formats clean less', () => {
    expect(cleanInline('  a  **b**  ', { format: 'lines' }).text).toBe('a  **b**');
    expect(cleanInline('  a  **b**  ', { format: 'plain' }).text).toBe('a **b**');
  });

  it('rejects bad options', () => {
    expect(error(() => cleanInline('x', { format: 'html' as never })).code).toBe('E_OPTION');
    expect(error(() => cleanInline('x', { offset: 1.5 })).code).toBe('E_OPTION');
  });

  it('maps every clean character back to the raw character it came from', () => {
    const text = '3. Siehe [Dok.  \\(5\\)](#)<sup>2</sup> &amp; **mehr**.';
    const doc = parseDocument(text, { lang: 'de', format: 'markdown' });
    const seg = doc.segments[0]!;
    expect(seg.text).toBe('Siehe Dok. (5) & mehr.');
    for (let k = 0; k < seg.text.length; k++) {
      const at = textOffsetToSource(doc, seg, k);
      const ch = seg.text[k]!;
      if (ch === ' ') expect(text[at]).toMatch(/\s/);
      else if (ch === '&') expect(text.slice(at, at + 5)).toBe('&amp;');
      else if (ch === '(' || ch === ')') expect(text.slice(at, at + 2)).toBe('\\' + ch);
      else expect(text[at]).toBe(ch);
    }
    const mehr = seg.text.indexOf('mehr');
    expect(textSpanToSource(doc, seg, { start: mehr, end: mehr + 4 })).toEqual({ start: text.indexOf('mehr'), end: text.indexOf('mehr') + 4 });
    expect(textSpanToSource(doc, seg, { start: 3, end: 3 })).toEqual({ start: text.indexOf('he '), end: text.indexOf('he ') });
    expect(error(() => textSpanToSource(doc, seg, { start: 4, end: 2 })).code).toBe('E_OPTION');
  });
});

describe('invariants on random documents (fast-check)', () => {
  // Words that no parser rule treats as furniture (no single letters, no field names, no digits).
  const vocab = ['Rat', 'Kinder', 'Council', 'children', 'Élan', 'straße', 'Dok.', 'Doc.', 'approx.', 'Ende.', 'end!', 'why?', 'quoi', 'z.B.', 'Mai', 'September'];
  const word = fc.constantFrom(...vocab);
  const words = fc.array(word, { minLength: 1, maxLength: 8 }).chain((ws) =>
    fc.array(fc.constantFrom(' ', ' ', '  ', '\t', ' <sup>4</sup> ', ' \\( ', ' ** ', ' &amp; '), { minLength: ws.length, maxLength: ws.length }).map((seps) => ws.map((w, i) => w + seps[i]).join('').trim()),
  );
  const mdLine = fc.oneof(
    words,
    words.map((w) => `1. ${w}`),
    fc.tuple(fc.integer({ min: 1, max: 30 }), words).map(([n, w]) => `${n}. ${w}`),
    words.map((w) => `  - (b) ${w}`),
    words.map((w) => `- c. ${w}`),
    words.map((w) => `- ${w}`),
    words.map((w) => `<sup>2</sup> ${w}`),
    words.map((w) => `## ${w}`),
    words.map((w) => `**${w}**`),
    words.map((w) => `From:\t${w}`),
    words.map((w) => `[${w}](#) ${w}`),
    fc.constant('---'),
    fc.constant(''),
    fc.constant(''),
    fc.constant('<p>'),
  );
  const eol = fc.constantFrom('\n', '\r\n', '\r');
  const textOf = (lines: fc.Arbitrary<string>) => fc.tuple(fc.array(lines, { maxLength: 25 }), eol).map(([ls, e]) => ls.join(e));
  const vocabWords = (s: string): string[] => s.split(/[\s()[\]*<>/&;]+/).filter((w) => vocab.includes(w));

  it.each(['markdown', 'plain', 'lines'] as const)('%s: ordered, non-overlapping, in bounds, cleanInline identity, every word kept once in order', (format) => {
    fc.assert(
      fc.property(textOf(mdLine), fc.constantFrom('de', 'en', 'fr'), (text, lang) => {
        const doc = parseDocument(text, { lang, format });
        expect(doc.format).toBe(format);
        checkInvariants(doc);
        const lines = text.split(/\r\n|\r|\n/);
        const expected = vocabWords(lines.filter((l) => format !== 'lines' || l.trim() !== '<p>').join('\n'));
        expect(vocabWords(doc.segments.map((s) => s.text).join('\n'))).toEqual(expected);
      }),
      { numRuns: 120 },
    );
  });

  it('lines: segment texts are exactly the trimmed non-blank, non-<p> lines', () => {
    const line = fc.oneof(words, fc.constant(''), fc.constant('  '), fc.constant('<p>'), words.map((w) => `  ${w}\t`));
    fc.assert(
      fc.property(textOf(line), (text) => {
        const doc = parseDocument(text, { lang: 'en', format: 'lines' });
        const lines = text.split(/\r\n|\r|\n/);
        const expected = lines.map((l, n) => [l.trim(), n] as const).filter(([l]) => l !== '' && l !== '<p>');
        expect(doc.segments.map((s) => [s.text, s.line])).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
