import { describe, expect, it } from 'vitest';
import { align, alignSegments } from '../src/align/index.js';
import { check } from '../src/checks/index.js';
import { findTerm, stem } from '../src/checks/match.js';
import { extractNumbers } from '../src/checks/numbers.js';
import { detectLanguage } from '../src/document/detect.js';
import { parseDocument } from '../src/document/parse.js';
import { getLanguage } from '../src/lang/index.js';
import { foldWord, termKey } from '../src/terms/fold.js';
import { extractTerms } from '../src/terms/index.js';
import type { Flag } from '../src/types.js';
import { buildDocument } from './helpers/build.js';
import { pairOf } from './helpers/checks.js';
import { alignmentFromPairs } from './helpers/terms.js';
import { shape } from './helpers/shape.js';

const nl = getLanguage('nl');
const en = getLanguage('en');

/** Blocks as `kind:label` and segment texts. */

describe('Dutch Council note (markdown)', () => {
  const text = [
    'Brussel, 27 september 2019',
    '(OR. en)',
    '',
    '12326/19',
    '',
    'LIMITE',
    '',
    'JAI 1005',
    '',
    '## NOTA',
    '',
    'van:\tvoorzitterschap',
    'aan:\tComité van permanente vertegenwoordigers/Raad',
    'Nr. vorig doc.:\t11855/19',
    'Nr. Comdoc.:\tCOM(2019) 185 final',
    'Betreft:\tOntwerpconclusies van de Raad over de bestrijding van seksueel misbruik van kinderen',
    '',
    '---',
    '',
    '1. De Raad verwijst naar art. 6, lid 2, en naar nr. 3 van de bijlage (zie blz. 12). Hij verzoekt dhr. Jansen en prof. De Vries om een verslag over o.a. Europol en Eurojust.',
    '',
    '2. Het voorstel (doc. 9050/19) werd op 3 sept. 2019 besproken. Mevr. Peeters, voorzitter van de werkgroep, bracht verslag uit op 27 mei jl. De Raad zal het voorstel bijv. in december bespreken.',
  ].join('\n');

  it('header lines, From/To/Subject fields, numbered paragraphs, sentences split only at real ends', () => {
    const doc = parseDocument(text, { lang: 'nl', format: 'markdown' });
    expect(shape(doc)).toEqual([
      ['header:date', ['Brussel, 27 september 2019']],
      ['header:origin', ['(OR. en)']],
      ['header:docno', ['12326/19']],
      ['header:limite', ['LIMITE']],
      ['header:codes', ['JAI 1005']],
      ['heading:', ['NOTA']],
      ['field:from', ['voorzitterschap']],
      ['field:to', ['Comité van permanente vertegenwoordigers/Raad']],
      ['field:prevdoc', ['11855/19']],
      ['field:cion', ['COM(2019) 185 final']],
      ['field:subject', ['Ontwerpconclusies van de Raad over de bestrijding van seksueel misbruik van kinderen']],
      [
        'paragraph:1',
        [
          'De Raad verwijst naar art. 6, lid 2, en naar nr. 3 van de bijlage (zie blz. 12).',
          'Hij verzoekt dhr. Jansen en prof. De Vries om een verslag over o.a. Europol en Eurojust.',
        ],
      ],
      [
        'paragraph:2',
        [
          'Het voorstel (doc. 9050/19) werd op 3 sept. 2019 besproken.',
          'Mevr. Peeters, voorzitter van de werkgroep, bracht verslag uit op 27 mei jl.',
          'De Raad zal het voorstel bijv. in december bespreken.',
        ],
      ],
    ]);
  });

  it('field names written with a space and in a pipe table', () => {
    const doc = parseDocument('| Van: | het secretariaat-generaal |\n|---|---|\n| Aan: | de delegaties |\n\nBetreft: Verslag over de uitvoering', { lang: 'nl', format: 'markdown' });
    expect(shape(doc)).toEqual([
      ['field:from', ['het secretariaat-generaal']],
      ['field:to', ['de delegaties']],
      ['field:subject', ['Verslag over de uitvoering']],
    ]);
  });

  it('abbreviations that are ordinary words hold only before a number', () => {
    const doc = parseDocument('Zie al. 3 van het besluit. Dat weten we al. Het glas is vol. Zie vol. 2 van de reeks.', { lang: 'nl', format: 'plain' });
    expect(doc.segments.map((s) => s.text)).toEqual(['Zie al. 3 van het besluit.', 'Dat weten we al.', 'Het glas is vol.', 'Zie vol. 2 van de reeks.']);
  });

  it('titles and multi-dot abbreviations before a capital do not end a sentence', () => {
    const doc = parseDocument('Mr. Van Dam sprak m.b.t. Frontex. D.w.z. Eurojust volgt. Dr. Smit en ir. Bakker, resp. Eurostat en Europol, waren er.', { lang: 'nl', format: 'plain' });
    expect(doc.segments.map((s) => s.text)).toEqual(['Mr. Van Dam sprak m.b.t. Frontex.', 'D.w.z. Eurojust volgt.', 'Dr. Smit en ir. Bakker, resp. Eurostat en Europol, waren er.']);
  });
});

const DUTCH =
  'De Raad verzoekt de lidstaten om de doeltreffendheid van de wetgeving regelmatig te beoordelen. ' +
  'De bevoegde autoriteiten moeten zo ruim mogelijk gebruikmaken van de bestaande instrumenten en mechanismen. ' +
  'Bovendien moet de samenwerking tussen de nationale autoriteiten worden versterkt.';
const ENGLISH =
  'The Council invites the Member States to regularly assess the effectiveness of the legislation. ' +
  'The competent authorities should make the fullest possible use of the existing tools and mechanisms. ' +
  'Furthermore, cooperation between the national authorities should be strengthened.';

describe('detectLanguage', () => {
  it('tells Dutch among all languages', () => {
    const r = detectLanguage(DUTCH);
    expect(r.lang).toBe('nl');
    expect(r.score).toBeGreaterThan(0.5);
  });
  it('tells the English counterpart as English', () => {
    expect(detectLanguage(ENGLISH).lang).toBe('en');
  });
  it('tells Dutch from German and English when only those are candidates', () => {
    expect(detectLanguage(DUTCH, ['de', 'en', 'nl']).lang).toBe('nl');
  });
});

describe('aligning Dutch with English', () => {
  const NL = [
    'De Raad heeft op 12 maart 2019 de conclusies over de waterkwaliteit aangenomen.',
    'De Commissie heeft in 2018 een verslag over de uitvoering van de kaderrichtlijn water ingediend.',
    'Volgens het verslag verkeert 40 % van het oppervlaktewater in een goede ecologische toestand.',
    'De doelstelling voor 2027 is echter nog niet bereikt.',
    'Daarom verzoekt de Raad de lidstaten hun maatregelenprogramma’s vóór 2021 te herzien.',
    'Hij zal de situatie in 2022 opnieuw beoordelen.',
  ];
  const EN = [
    'The Council adopted the conclusions on water quality on 12 March 2019.',
    'The Commission presented a report on the implementation of the Water Framework Directive in 2018.',
    'According to the report, 40 % of surface waters are in good ecological status, but the target for 2027 has not yet been reached.',
    'The Council therefore invites the Member States to revise their programmes of measures by 2021.',
    'It will review the situation again in 2022.',
  ];
  const want = ['0:0', '1:1', '2,3:2', '4:3', '5:4'];
  const groups = (links: ReadonlyArray<{ src: number[]; tgt: number[] }>) => links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);

  it('alignSegments: 1-1 links and one 2-1 link where Dutch uses two sentences', () => {
    expect(groups(alignSegments(NL, EN, { srcLang: 'nl', tgtLang: 'en' }).links)).toEqual(want);
  });
  it('align on documents gives the same sentence links', () => {
    const a = align(buildDocument('nl', [{ label: '1', sentences: NL }]), buildDocument('en', [{ label: '1', sentences: EN }]));
    expect(groups(a.sentences)).toEqual(want);
  });
});

describe('numbers: Dutch notation', () => {
  const keys = (text: string, lang = nl): string[] => extractNumbers(text, lang).map((t) => t.key).sort();

  it.each([
    ['1.250.000,50 euro', 'EUR 1,250,000.50'],
    ['0,25 procent', '0.25 per cent'],
    ['2 500 deelnemers', '2,500 participants'],
    ['op 27 september 2019', 'on 27 September 2019'],
    ['van 11-12 december 2019', 'of 11-12 December 2019'],
    ['in mei 2019', 'in May 2019'],
    ['Richtlijn 95/46/EG', 'Directive 95/46/EC'],
    ['Verordening (EEG) nr. 1408/71', 'Regulation (EEC) No 1408/71'],
    ['Kaderbesluit 2008/977/JBZ', 'Framework Decision 2008/977/JHA'],
    ['Besluit 2010/413/GBVB', 'Decision 2010/413/CFSP'],
    ['PB L 335 van 17.12.2011, blz. 1', 'OJ L 335, 17.12.2011, p. 1'],
  ])('%s ≙ %s', (d, e) => {
    const a = keys(d);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(keys(e, en));
  });

  it.each([
    ['1.250.000,50 euro', 'EUR 1,250,000.60'],
    ['1.000', '1.000'], // Dutch thousand, English one
    ['op 27 september 2019', 'on 27 October 2019'],
    ['Kaderbesluit 2008/977/JBZ', 'Framework Decision 2008/977/CFSP'],
  ])('%s ≠ %s', (d, e) => {
    expect(keys(d)).not.toEqual(keys(e, en));
  });

  const types = (flags: Flag[]): string[] => flags.map((f) => `${f.type}:${f.key}:${f.severity}`);
  const pair = (amount: string) =>
    pairOf(
      [{ label: '1', sentences: ['De begroting bedraagt 1.250.000,50 euro voor 2020.', 'Er zijn drie prioriteiten.'] }],
      [{ label: '1', sentences: [`The budget amounts to EUR ${amount} for 2020.`, 'There are 3 priorities.'] }],
      ['nl', 'en'],
    );

  it('the numbers check accepts the same amount and a number written out in Dutch', () => {
    expect(check(pair('1,250,000.50'), { checks: ['number'] })).toEqual([]);
  });

  it('the numbers check flags a changed amount, with the Dutch form on the source side', () => {
    const a = pair('1,250,000.60');
    const flags = check(a, { checks: ['number'] });
    expect(types(flags)).toEqual(['number:number.changed:error']);
    const f = flags[0]!;
    expect(a.source.text.slice(f.source.spans[0]!.start, f.source.spans[0]!.end)).toBe('1.250.000,50');
    expect(a.target.text.slice(f.target.spans[0]!.start, f.target.spans[0]!.end)).toBe('1,250,000.60');
  });
});

describe('Dutch inflection and compounds', () => {
  it.each([
    ['lidstaten', 'lidstaat'],
    ['autoriteiten', 'autoriteit'],
    ['nationale', 'nationaal'],
    ['Europese', 'Europees'],
    ['commissies', 'commissie'],
    ['procedures', 'procedure'],
    ['grenzen', 'grens'],
    ['misdrijven', 'misdrijf'],
    ['kinderen', 'kind'],
    ['voorstellen', 'voorstel'],
    ['mogelijkheden', 'mogelijkheid'],
    ['seksuele', 'seksueel'],
    ['bevoegde', 'bevoegd'],
    ['raden', 'Raad'],
    ['maatregelen', 'maatregels'],
  ])('%s folds like %s (terms and matching)', (a, b) => {
    expect(foldWord(a, nl)).toBe(foldWord(b, nl));
    expect(stem(a.toLowerCase(), nl)).toBe(stem(b.toLowerCase(), nl));
  });

  it.each([
    ['staat', 'stad'],
    ['kind', 'kans'],
    ['gegevens', 'gegevensbescherming'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(foldWord(a, nl)).not.toBe(foldWord(b, nl));
  });

  it('finds a term inside a closed compound, inflected', () => {
    const text = 'De gegevensbeschermingsautoriteiten werken samen met de autoriteit.';
    const hits = findTerm(text, 'autoriteit', nl).map((s) => text.slice(s.start, s.end));
    expect(hits).toEqual(['gegevensbeschermingsautoriteiten', 'autoriteit']);
    const head = findTerm(text, 'gegevensbescherming', nl).map((s) => text.slice(s.start, s.end));
    expect(head).toEqual(['gegevensbeschermingsautoriteiten']);
  });
});

describe('extractTerms on a Dutch–English pair', () => {
  // no tagger: a verb right after a noun group would join it, so the noun groups here end at a function word or a period
  const al = alignmentFromPairs(
    [
      ['De rol van de nationale parlementen is belangrijk.', 'The role of the national parliaments is important.'],
      ['Elk nationaal parlement kan een advies uitbrengen.', 'Each national parliament can give an opinion.'],
      ['De Commissie raadpleegt de nationale parlementen.', 'The Commission consults the national parliaments.'],
      ['De bevoegde autoriteit is verantwoordelijk.', 'The competent authority is responsible.'],
      ['Alle bevoegde autoriteiten zijn gewaarschuwd.', 'All competent authorities have been warned.'],
    ],
    { srcLang: 'nl', tgtLang: 'en' },
  );
  const tb = extractTerms(al);
  const find = (source: string) => tb.terms.find((t) => termKey(t.source, nl) === termKey(source, nl));

  it.each([
    ['nationaal parlement', 'national parliament', ['nationale parlementen', 'nationaal parlement'], 3],
    ['bevoegde autoriteit', 'competent authority', ['bevoegde autoriteit', 'bevoegde autoriteiten'], 2],
  ])('%s = %s, inflected forms folded into one term', (source, target, variants, frequency) => {
    const term = find(source);
    expect(term).toBeDefined();
    expect(termKey(term!.renderings[0]!.term, en)).toBe(termKey(target, en));
    expect([...term!.sourceVariants].sort()).toEqual([...variants].sort());
    expect(term!.frequency).toBe(frequency);
  });
});
