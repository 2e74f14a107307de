import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align, alignSegments } from '../src/align/index.js';
import { isParalignError } from '../src/errors.js';
import type { Alignment, Document } from '../src/types.js';
import { buildDocument, type BlockSpec } from './helpers/build.js';

/** Groups of sentence indices as `src:tgt` strings, for compact comparison. */
function groups(links: ReadonlyArray<{ src: number[]; tgt: number[] }>): string[] {
  return links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);
}

function one(lang: string, sentences: string[]): Document {
  return buildDocument(lang, [{ sentences }]);
}

/** Every segment and block exactly once, links monotone, confidences in [0, 1]. */
function checkInvariants(a: Alignment): void {
  for (const [side, doc] of [['src', a.source], ['tgt', a.target]] as const) {
    const seen = a.sentences.flatMap((l) => l[side]);
    expect([...seen].sort((x, y) => x - y)).toEqual(doc.segments.map((s) => s.index));
    // monotone within each paragraph link
    a.paragraphs.forEach((_, p) => {
      const inP = a.sentences.filter((s) => s.paragraph === p).flatMap((l) => l[side]);
      expect(inP).toEqual([...inP].sort((x, y) => x - y));
    });
    const blocks = a.paragraphs.flatMap((l) => l[side]);
    expect([...blocks].sort((x, y) => x - y)).toEqual(doc.blocks.map((b) => b.index));
  }
  for (const l of [...a.paragraphs, ...a.sentences]) {
    expect(l.confidence).toBeGreaterThanOrEqual(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
    expect(l.type).toBe(`${l.src.length}-${l.tgt.length}`);
  }
  const ids = [...a.paragraphs, ...a.sentences].map((l) => l.id);
  expect(new Set(ids).size).toBe(ids.length);
  a.sentences.forEach((s) => {
    const p = a.paragraphs[s.paragraph];
    expect(p).toBeDefined();
    for (const i of s.src) expect(p?.src).toContain(a.source.segments[i]?.block);
    for (const j of s.tgt) expect(p?.tgt).toContain(a.target.segments[j]?.block);
  });
}

describe('sentence alignment of small cases', () => {
  it.each([
    {
      name: '1-1 throughout',
      de: ['Der Rat nahm am 12. März 2019 die Schlussfolgerungen an.', 'Die Kommission legte 2018 einen Bericht über die Wasserqualität vor.', 'Die Mitgliedstaaten sollen bis 2025 handeln.'],
      en: ['The Council adopted the conclusions on 12 March 2019.', 'The Commission presented a report on water quality in 2018.', 'Member States should act by 2025.'],
      want: ['0:0', '1:1', '2:2'],
    },
    {
      name: '2-1 (two German sentences joined in English)',
      de: ['Der Rat tagte am 5. Juni 2019 in Luxemburg.', 'Er erörterte dort ausführlich die Lage in Syrien und im Irak.', 'Die Sitzung endete nach sieben Stunden.'],
      en: ['The Council met in Luxembourg on 5 June 2019 and discussed at length the situation in Syria and Iraq.', 'The meeting ended after seven hours.'],
      want: ['0,1:0', '2:1'],
    },
    {
      name: '1-2 (one German sentence split in English)',
      de: ['Die Agentur veröffentlichte 2017 ihren Jahresbericht, der 245 Seiten umfasst und in 24 Sprachen vorliegt.', 'Der Bericht wurde in Brüssel vorgestellt.'],
      en: ['The Agency published its annual report in 2017.', 'It runs to 245 pages and is available in 24 languages.', 'The report was presented in Brussels.'],
      want: ['0:0,1', '1:2'],
    },
    {
      name: '1-0 (a sentence missing in English)',
      de: ['Die Kommission legte am 3. Mai 2016 den Entwurf vor.', 'Dieser Satz wurde bei der Übersetzung vergessen und steht nur im deutschen Text mit vielen Wörtern.', 'Der Rat billigte den Entwurf am 20. Juni 2016.'],
      en: ['The Commission presented the draft on 3 May 2016.', 'The Council approved the draft on 20 June 2016.'],
      want: ['0:0', '1:', '2:1'],
    },
    {
      name: '0-1 (an English-only caption)',
      de: ['Der Gipfel ist 8848 m hoch.', 'Die Expedition erreichte ihn 1956.'],
      en: ['The summit is 8848 m high.', 'Photo Swiss Foundation for Alpine Research, Zurich, archive number 12/4.', 'The expedition reached it in 1956.'],
      want: ['0:0', ':1', '1:2'],
    },
    {
      name: 'numbers decide between similar lengths',
      de: ['Im Jahr 1950 waren es 120 Teilnehmer.', 'Im Jahr 1960 waren es 340 Teilnehmer.', 'Im Jahr 1970 waren es 560 Teilnehmer.'],
      en: ['There were 340 participants in 1960.', 'There were 560 participants in 1970.'],
      want: ['0:', '1:0', '2:1'],
    },
    {
      name: 'names decide between similar lengths',
      de: ['Annapurna wurde zuerst bestiegen.', 'Dann folgte der Dhaulagiri.', 'Zuletzt kam der Makalu an die Reihe.'],
      en: ['Then came Dhaulagiri.', 'Finally it was the turn of Makalu.'],
      want: ['0:', '1:0', '2:1'],
    },
  ])('$name', ({ de, en, want }) => {
    const res = alignSegments(de, en, { srcLang: 'de', tgtLang: 'en' });
    expect(groups(res.links)).toEqual(want);
    const a = align(one('de', de), one('en', en));
    expect(groups(a.sentences)).toEqual(want);
    checkInvariants(a);
  });

  it('finds a 2-2 link where neither side splits alone', () => {
    const de = ['Am 4. Oktober wurde das Lager II auf 6400 m errichtet und am nächsten Tag', 'bezogen, obwohl der Sturm noch tobte, worauf die Mannschaft drei Tage dort blieb.', 'Danach stieg sie ab.'];
    const en = ['On 4 October camp II was set up at 6400 m, and occupied the next day although', 'the storm was still raging; the team stayed there for three days.', 'Then it went down.'];
    const res = alignSegments(de, en, { srcLang: 'de', tgtLang: 'en' });
    const g = groups(res.links);
    expect(g[g.length - 1]).toBe('2:2');
    expect(res.links.flatMap((l) => l.src)).toEqual([0, 1, 2]);
    expect(res.links.flatMap((l) => l.tgt)).toEqual([0, 1, 2]);
  });
});

const para = (label: string | undefined, sentences: string[], kind: BlockSpec['kind'] = 'paragraph'): BlockSpec => (label === undefined ? { kind, sentences } : { kind, label, sentences });

const DE_PARAS: BlockSpec[] = [
  para('1', ['Der Rat begrüßt die Mitteilung der Kommission vom 15. Mai 2019 über die Umsetzung der Wasserrahmenrichtlinie.']),
  para('2', ['Er stellt fest, dass 40 % der Oberflächengewässer in einem guten ökologischen Zustand sind.', 'Das Ziel für 2027 ist noch nicht erreicht.']),
  para('3', ['Der Rat fordert die Mitgliedstaaten auf, die Maßnahmenprogramme bis 2021 zu überarbeiten.']),
  para('4', ['Er ersucht die Kommission, bis Ende 2020 einen Bericht über die Richtlinie 2000/60/EG vorzulegen.']),
  para('5', ['Der Rat wird die Lage im Jahr 2022 erneut prüfen.']),
];
const EN_PARAS: BlockSpec[] = [
  para('1', ['The Council welcomes the Commission communication of 15 May 2019 on the implementation of the Water Framework Directive.']),
  para('2', ['It notes that 40 % of surface waters are in good ecological status.', 'The target for 2027 has not yet been reached.']),
  para('3', ['The Council calls on the Member States to revise the programmes of measures by 2021.']),
  para('4', ['It invites the Commission to present a report on Directive 2000/60/EC by the end of 2020.']),
  para('5', ['The Council will review the situation again in 2022.']),
];

function blockGroups(a: Alignment): string[] {
  return groups(a.paragraphs);
}

describe('paragraph alignment', () => {
  it('links equally numbered paragraphs 1-1 and sentences inside them', () => {
    const a = align(buildDocument('de', DE_PARAS), buildDocument('en', EN_PARAS));
    expect(blockGroups(a)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4']);
    expect(a.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(a.sentences.map((s) => s.id)).toEqual(['p1.s1', 'p2.s1', 'p2.s2', 'p3.s1', 'p4.s1', 'p5.s1']);
    expect(a.paragraphs[1]?.labels).toEqual({ src: ['2'], tgt: ['2'] });
    checkInvariants(a);
  });

  it('a paragraph deleted in the target becomes 1-0', () => {
    const en = EN_PARAS.filter((_, i) => i !== 2);
    const a = align(buildDocument('de', DE_PARAS), buildDocument('en', en));
    expect(blockGroups(a)).toEqual(['0:0', '1:1', '2:', '3:2', '4:3']);
    checkInvariants(a);
  });

  it('an unnumbered paragraph added in the target becomes 0-1', () => {
    const extra = para(undefined, ['The Council also notes that cooperation with third countries remains essential for all of this work.']);
    const en = [...EN_PARAS.slice(0, 2), extra, ...EN_PARAS.slice(2)];
    const a = align(buildDocument('de', DE_PARAS), buildDocument('en', en));
    expect(blockGroups(a)).toEqual(['0:0', '1:1', ':2', '2:3', '3:4', '4:5']);
    expect(a.paragraphs[2]?.id).toBe('t2');
    checkInvariants(a);
  });

  it('two paragraphs merged in the target become 2-1', () => {
    const en: BlockSpec[] = [EN_PARAS[0]!, EN_PARAS[1]!, para('3', [...EN_PARAS[2]!.sentences, ...EN_PARAS[3]!.sentences]), para('4', EN_PARAS[4]!.sentences)];
    const a = align(buildDocument('de', DE_PARAS), buildDocument('en', en));
    expect(blockGroups(a)).toEqual(['0:0', '1:1', '2,3:2', '4:3']);
    const merged = a.sentences.filter((s) => s.paragraph === 2);
    expect(groups(merged)).toEqual(['3:3', '4:4']);
    checkInvariants(a);
  });

  it('numbering removed in the target still aligns 1-1', () => {
    const en = EN_PARAS.map((b) => para(undefined, b.sentences));
    const a = align(buildDocument('de', DE_PARAS), buildDocument('en', en));
    expect(blockGroups(a)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4']);
    expect(a.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    checkInvariants(a);
  });

  it('swapped items lose nothing and the rest still aligns', () => {
    const items = (ps: BlockSpec[], labels: string[]): BlockSpec[] => ps.map((b, i) => para(labels[i], b.sentences, 'item'));
    const de = items(DE_PARAS, ['7a', '7b', '7c', '7d', '7e']);
    const enSwapped = [EN_PARAS[0]!, EN_PARAS[1]!, EN_PARAS[3]!, EN_PARAS[2]!, EN_PARAS[4]!];
    const en = items(enSwapped, ['7a', '7b', '7d', '7c', '7e']);
    const a = align(buildDocument('de', de), buildDocument('en', en));
    const g = blockGroups(a);
    expect(g.slice(0, 2)).toEqual(['0:0', '1:1']);
    expect(g[g.length - 1]).toBe('4:4');
    // the swapped pair comes out either as one 2-2 link holding both, or as one
    // 1-1 link with the other item unlinked on both sides
    const middle = g.slice(2, -1);
    const honest = [['2,3:2,3'], ['2:', '3:2', ':3'], ['2:3', '3:', ':2'], ['2:3', ':2', '3:'], [':2', '2:3', '3:']];
    expect(honest).toContainEqual(middle);
    // a swap is not a clean link: its confidence is below that of the clean ones
    const clean = a.paragraphs[0]!.confidence;
    for (const p of a.paragraphs.slice(2, -1)) expect(p.confidence).toBeLessThan(clean);
    checkInvariants(a);
  });

  it('footnotes align by label among themselves wherever they stand', () => {
    const de = buildDocument('de', [
      para('1', ['Der Rat verweist auf die Verordnung (EU) 2019/1150.^1']),
      para('fn1', ['ABl. L 186 vom 11.7.2019, S. 57.'], 'footnote'),
      para('2', ['Er erinnert an die Richtlinie 2011/93/EU.^2']),
      para('3', ['Er begrüßt den Bericht COM(2015) 185 final.^3']),
      para('fn2', ['ABl. L 335 vom 17.12.2011, S. 1.'], 'footnote'),
      para('fn3', ['Dok. 11855/12.'], 'footnote'),
    ]);
    const en = buildDocument('en', [
      para('1', ['The Council refers to Regulation (EU) 2019/1150.^1']),
      para('2', ['It recalls Directive 2011/93/EU.^2']),
      para('fn1', ['OJ L 186, 11.7.2019, p. 57.'], 'footnote'),
      para('fn2', ['OJ L 335, 17.12.2011, p. 1.'], 'footnote'),
      para('3', ['It welcomes report COM(2015) 185 final.^3']),
      para('fn3', ['Doc. 11855/12.'], 'footnote'),
    ]);
    const a = align(de, en);
    expect(blockGroups(a)).toEqual(['0:0', '1:2', '2:1', '3:4', '4:3', '5:5']);
    expect(a.paragraphs.map((p) => p.id)).toEqual(['p1', 'pfn1', 'p2', 'p3', 'pfn2', 'pfn3']);
    checkInvariants(a);
  });

  it('unlabelled blocks get b<source block> / t<target block> ids', () => {
    const de = buildDocument('de', [para(undefined, ['Der Gipfel ist 8848 m hoch.']), para(undefined, ['Die Expedition erreichte ihn 1956 nach langen Vorbereitungen und vielen Schwierigkeiten.'])]);
    const en = buildDocument('en', [para(undefined, ['Photo: Swiss Foundation for Alpine Research, Zurich, archive 1234.']), para(undefined, ['The summit is 8848 m high.']), para(undefined, ['The expedition reached it in 1956 after long preparations and many difficulties.'])]);
    const a = align(de, en);
    expect(blockGroups(a)).toEqual([':0', '0:1', '1:2']);
    expect(a.paragraphs.map((p) => p.id)).toEqual(['t0', 'b0', 'b1']);
    expect(a.sentences.map((p) => p.id)).toEqual(['t0.s1', 'b0.s1', 'b1.s1']);
    checkInvariants(a);
  });
});

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isParalignError(e) ? `${e.code}: ${e.message}` : `bare: ${String(e)}`;
  }
  return undefined;
}

describe('options and languages', () => {
  const de = one('de', ['Der Rat tagte.']);
  const en = one('en', ['The Council met.']);
  it.each([
    [{ band: 0 }, /E_OPTION: option band: expected .*, found 0/],
    [{ band: 'wide' }, /E_OPTION: option band: expected .*, found "wide"/],
    [{ band: 2.5 }, /E_OPTION: option band/],
    [{ srcLang: 'german' }, /E_OPTION: option srcLang: expected a two-letter ISO 639-1 code, found "german"/],
    [{ format: 'docx' }, /E_OPTION: option format: expected .*, found "docx"/],
    [{ progress: 3 }, /E_OPTION: option progress: expected a function, found 3/],
    [{ dictionary: { a: 'b' } }, /E_OPTION: option dictionary: expected a TranslationTable/],
    [{ tuning: { nullCost: -1 } }, /E_OPTION: option tuning.nullCost: expected a finite number ≥ 0, found -1/],
    [{ tuning: { learnRounds: 1.5 } }, /E_OPTION: option tuning.learnRounds: expected an integer/],
    [{ tuning: { nosuch: 1 } }, /E_OPTION: option tuning.nosuch: expected one of/],
    [{ colour: 'red' }, /E_OPTION: option colour: expected one of the options/],
  ])('%j is refused', (opts, re) => {
    expect(code(() => align(de, en, opts as never))).toMatch(re);
  });

  it('refuses two texts in the same language', () => {
    expect(code(() => align(de, one('de', ['Der Rat tagte.'])))).toMatch(/^E_LANG_SAME/);
    expect(code(() => alignSegments(['a'], ['b'], { srcLang: 'en', tgtLang: 'en' }))).toMatch(/^E_LANG_SAME/);
  });

  it('refuses a language without data', () => {
    expect(code(() => align(de, en, { tgtLang: 'xx' }))).toMatch(/^E_LANG_UNKNOWN/);
  });

  it('warns when a given language contradicts the document', () => {
    const a = align(de, en, { tgtLang: 'fr' });
    expect(a.warnings.map((w) => w.code)).toContain('W_LANG_MISMATCH');
  });

  it('parses string inputs and detects their languages', () => {
    const deText = DE_PARAS.map((b) => b.sentences.join(' ')).join('\n\n');
    const enText = EN_PARAS.map((b) => b.sentences.join(' ')).join('\n\n');
    const a = align(deText, enText, { format: 'plain', srcFile: 'de.txt', tgtFile: 'en.txt' });
    expect([a.source.lang, a.target.lang]).toEqual(['de', 'en']);
    expect(a.source.file).toBe('de.txt');
    expect(blockGroups(a)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4']);
    checkInvariants(a);
  });

  it('asks for the language when a string is too short to detect', () => {
    expect(code(() => align('Ja.', 'Yes.', {}))).toMatch(/^E_LANG_UNKNOWN: source: the language cannot be detected .*srcLang/);
    expect(groups(align('Ja.', 'Yes.', { srcLang: 'de', tgtLang: 'en' }).sentences)).toEqual(['0:0']);
  });

  it('requires languages for raw segments', () => {
    expect(code(() => alignSegments(['a'], ['b'], { srcLang: 'de' } as never))).toMatch(/E_OPTION: option tgtLang/);
    expect(code(() => alignSegments('a' as never, ['b'], { srcLang: 'de', tgtLang: 'en' }))).toMatch(/E_OPTION: option srcTexts/);
  });

  it('reports progress up to the total', () => {
    const calls: Array<[number, number]> = [];
    align(buildDocument('de', DE_PARAS), buildDocument('en', EN_PARAS), { progress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThan(0);
    const last = calls[calls.length - 1]!;
    expect(last[0]).toBe(last[1]);
    calls.forEach(([d, t], k) => {
      expect(d).toBeLessThanOrEqual(t);
      if (k > 0) expect(d).toBeGreaterThan(calls[k - 1]![0]);
    });
  });
});

describe('properties', () => {
  const deWords = ['Rat', 'Kommission', 'Bericht', 'Wasser', 'Gipfel', 'Lager', 'Expedition', 'Berg', 'und', 'der', 'die', '1956', '8848', 'm'];
  const enWords = ['Council', 'Commission', 'report', 'water', 'summit', 'camp', 'expedition', 'mountain', 'and', 'the', 'of', '1956', '8848', 'm'];
  const sentence = (words: string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');
  const blocks = (words: string[]) => fc.array(fc.array(sentence(words), { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 5 });

  it('covers every block and segment once, monotone, confidences in [0,1], deterministic', () => {
    fc.assert(
      fc.property(blocks(deWords), blocks(enWords), fc.boolean(), (sb, tb, labelled) => {
        const mk = (lang: string, bs: string[][]): Document => buildDocument(lang, bs.map((s, i) => (labelled ? para(String(i + 1), s) : para(undefined, s))));
        const de = mk('de', sb);
        const en = mk('en', tb);
        const a = align(de, en);
        checkInvariants(a);
        const b = align(de, en);
        expect(groups(b.sentences)).toEqual(groups(a.sentences));
        expect(b.sentences.map((s) => s.confidence)).toEqual(a.sentences.map((s) => s.confidence));
      }),
      { numRuns: 60 },
    );
  });
});
