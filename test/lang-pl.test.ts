import { describe, expect, it } from 'vitest';
import { align, alignSegments } from '../src/align/index.js';
import { check } from '../src/checks/index.js';
import { extractNumbers } from '../src/checks/numbers.js';
import { detectLanguage } from '../src/document/detect.js';
import { parseDocument } from '../src/document/parse.js';
import { splitSentences } from '../src/document/sentences.js';
import { getLanguage } from '../src/lang/index.js';
import { foldWord, termKey } from '../src/terms/fold.js';
import { extractTerms } from '../src/terms/index.js';
import type { Flag } from '../src/types.js';
import { buildDocument } from './helpers/build.js';
import { pairOf } from './helpers/checks.js';
import { alignmentFromPairs } from './helpers/terms.js';
import { shape } from './helpers/shape.js';

const pl = getLanguage('pl');
const en = getLanguage('en');
const sentences = (text: string): string[] => splitSentences(text, 'pl').map((s) => text.slice(s.start, s.end));

describe('Polish language data', () => {
  it('is real Polish data, not the English placeholder', () => {
    expect(pl.code).toBe('pl');
    expect(pl.franc).toBe('pol');
    expect(pl.months).toHaveLength(12);
    expect(pl.months[8]!.split('|')).toContain('września');
    expect(pl.decimal).toBe(',');
    expect(pl.numberFormat.numberWords).toHaveLength(13);
    expect(pl.stopWords).not.toContain('the');
    expect(pl.fieldNames.subject).toContain('Dotyczy');
  });
});

describe('Polish sentence splitting', () => {
  it.each([
    ['article, paragraph and letter before numbers', 'Zgodnie z art. 5 ust. 2 lit. a) Komisja przedstawia sprawozdanie. Rada je przyjmuje.', ['Zgodnie z art. 5 ust. 2 lit. a) Komisja przedstawia sprawozdanie.', 'Rada je przyjmuje.']],
    ['"ds." inside the name of a working party', 'Grupa Robocza ds. Azylu zbierze się ponownie. Następnie Rada podejmie decyzję.', ['Grupa Robocza ds. Azylu zbierze się ponownie.', 'Następnie Rada podejmie decyzję.']],
    ['Official Journal, joined and spaced', 'Tekst opublikowano w Dz.U. L 119. Zob. także Dz. U. L 12 z 2019 r.', ['Tekst opublikowano w Dz.U. L 119.', 'Zob. także Dz. U. L 12 z 2019 r.']],
    ['titles before a name', 'Wyniki przedstawili prof. Jan Kowalski i dr hab. Anna Nowak. Dyskusja trwała godzinę.', ['Wyniki przedstawili prof. Jan Kowalski i dr hab. Anna Nowak.', 'Dyskusja trwała godzinę.']],
    ['"np." and "tj." before capitals', 'Instytucje, np. Komisja, tj. Komisja Europejska, składają sprawozdania. To wystarczy.', ['Instytucje, np. Komisja, tj. Komisja Europejska, składają sprawozdania.', 'To wystarczy.']],
    ['"ok." and "s." before a number hold, after a year "r." ends', 'Koszt wynosi ok. 5 mln EUR (zob. s. 12 dok. 5432/19). Rada zbada to w 2020 r. Następnie podejmie decyzję.', ['Koszt wynosi ok. 5 mln EUR (zob. s. 12 dok. 5432/19).', 'Rada zbada to w 2020 r.', 'Następnie podejmie decyzję.']],
    ['a month abbreviation before the year', 'Spotkanie odbyło się 5 lis. 2019 r. w Brukseli. Wzięło w nim udział 27 państw.', ['Spotkanie odbyło się 5 lis. 2019 r. w Brukseli.', 'Wzięło w nim udział 27 państw.']],
    ['an ordinal after a preposition', 'Wyniki omówiono na 3. Forum Ministrów w Warszawie. Rada je popiera.', ['Wyniki omówiono na 3. Forum Ministrów w Warszawie.', 'Rada je popiera.']],
    ['a number ending a sentence is not an ordinal', 'Dotyczy to art. 5 i 6. Rada przyjmuje te przepisy.', ['Dotyczy to art. 5 i 6.', 'Rada przyjmuje te przepisy.']],
    ['"itd." before a capital ends the sentence', 'Dotyczy to wody, powietrza, gleby itd. Kolejne zdanie zaczyna się tutaj.', ['Dotyczy to wody, powietrza, gleby itd.', 'Kolejne zdanie zaczyna się tutaj.']],
  ])('%s', (_, text, want) => {
    expect(sentences(text)).toEqual(want);
  });
});

describe('parseDocument: a Polish Council note (markdown)', () => {
  const text = [
    'Bruksela, 15 listopada 2019 r. (OR. en)',
    '',
    '14350/19',
    '',
    'LIMITE',
    '',
    'JAI 1200  ',
    'COSI 230',
    '',
    '## NOTA',
    '',
    'Od:\tPrezydencja',
    'Do:\tKomitet Stałych Przedstawicieli / Rada',
    'Nr poprz. dok.:\t12326/19',
    'Dotyczy:\tProjekt konkluzji Rady w sprawie ochrony danych',
    '',
    '---',
    '',
    '1. Zgodnie z art. 5 ust. 2 rozporządzenia (UE) 2016/679 administrator odpowiada za przestrzeganie zasad. Rada przypomina o tym obowiązku.',
    '',
    '2. Grupa Robocza ds. Ochrony Danych omówiła dok. 11855/19 (zob. s. 4). Prof. Jan Kowalski przedstawił na 3. Forum Ministrów wyniki badania, tj. ok. 200 kontroli. Uczestniczyły w nim m.in. Polska i Czechy.',
    '',
    '3. Dr hab. Anna Nowak (Dz.U. L 119 z 4.5.2016) zaproponowała zmiany w art. 6 ust. 1 lit. c. Rada je',
    'przyjmie w grudniu.',
  ].join('\n');
  const doc = parseDocument(text, { lang: 'pl', format: 'markdown' });

  it('header furniture, fields and numbered paragraphs with their sentences', () => {
    expect(doc.warnings).toEqual([]);
    expect(shape(doc)).toEqual([
      ['header:date', ['Bruksela, 15 listopada 2019 r. (OR. en)']],
      ['header:docno', ['14350/19']],
      ['header:limite', ['LIMITE']],
      ['header:codes', ['JAI 1200', 'COSI 230']],
      ['heading:', ['NOTA']],
      ['field:from', ['Prezydencja']],
      ['field:to', ['Komitet Stałych Przedstawicieli / Rada']],
      ['field:prevdoc', ['12326/19']],
      ['field:subject', ['Projekt konkluzji Rady w sprawie ochrony danych']],
      ['paragraph:1', ['Zgodnie z art. 5 ust. 2 rozporządzenia (UE) 2016/679 administrator odpowiada za przestrzeganie zasad.', 'Rada przypomina o tym obowiązku.']],
      [
        'paragraph:2',
        [
          'Grupa Robocza ds. Ochrony Danych omówiła dok. 11855/19 (zob. s. 4).',
          'Prof. Jan Kowalski przedstawił na 3. Forum Ministrów wyniki badania, tj. ok. 200 kontroli.',
          'Uczestniczyły w nim m.in. Polska i Czechy.',
        ],
      ],
      ['paragraph:3', ['Dr hab. Anna Nowak (Dz.U. L 119 z 4.5.2016) zaproponowała zmiany w art. 6 ust. 1 lit. c.', 'Rada je przyjmie w grudniu.']],
    ]);
  });

  it('every segment text is found at its span', () => {
    for (const s of doc.segments) {
      const raw = doc.text.slice(s.span.start, s.span.end).replace(/\s+/g, ' ');
      expect(raw).toBe(s.text);
    }
  });

  it('the Polish field names are recognised in a Polish text with the Commission document row', () => {
    const d = parseDocument('Od:\tSekretarz Generalny Komisji Europejskiej\nDo:\tSekretarz Generalny Rady\nNr dok. Kom.:\tCOM(2019) 123 final\nDotyczy:\tSprawozdanie Komisji', { lang: 'pl', format: 'markdown' });
    expect(shape(d).map((b) => b[0])).toEqual(['field:from', 'field:to', 'field:cion', 'field:subject']);
  });
});

const POLISH =
  'Rada wzywa państwa członkowskie do regularnej oceny skuteczności przepisów. ' +
  'Właściwe organy powinny w jak największym stopniu korzystać z istniejących narzędzi i mechanizmów. ' +
  'Ponadto należy wzmocnić współpracę między organami krajowymi.';
const ENGLISH =
  'The Council invites the Member States to regularly assess the effectiveness of the legislation. ' +
  'The competent authorities should make the fullest possible use of the existing tools and mechanisms. ' +
  'Furthermore, cooperation between the national authorities should be strengthened.';

describe('detectLanguage', () => {
  it('tells Polish among all languages paralign knows', () => {
    const r = detectLanguage(POLISH);
    expect(r.lang).toBe('pl');
    expect(r.score).toBeGreaterThan(0.5);
  });
  it('tells the English counterpart as English', () => {
    expect(detectLanguage(ENGLISH).lang).toBe('en');
  });
});

describe('aligning Polish with English', () => {
  const PL = [
    'Rada przyjęła w dniu 12 marca 2019 r. konkluzje w sprawie jakości wody.',
    'Komisja przedstawiła w 2018 r. sprawozdanie, które liczy 245 stron i jest dostępne w 24 językach.',
    'Państwa członkowskie powinny do 2025 r. zmienić swoje programy działań.',
    'Agencja opublikowała w 2017 r. roczne sprawozdanie.',
    'Posiedzenie zakończyło się po siedmiu godzinach.',
    'Rada ponownie przeanalizuje sytuację w 2022 r.',
  ];
  const EN = [
    'The Council adopted conclusions on water quality on 12 March 2019.',
    'The Commission presented a report in 2018.',
    'It runs to 245 pages and is available in 24 languages.',
    'Member States should revise their programmes of measures by 2025.',
    'The Agency published its annual report in 2017.',
    'The meeting ended after seven hours.',
    'The Council will review the situation again in 2022.',
  ];
  // the second Polish sentence is two sentences in English
  const want = ['0:0', '1:1,2', '2:3', '3:4', '4:5', '5:6'];
  const groups = (links: ReadonlyArray<{ src: number[]; tgt: number[] }>): string[] => links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);

  it('alignSegments links the sentences, with one 1-2 link', () => {
    expect(groups(alignSegments(PL, EN, { srcLang: 'pl', tgtLang: 'en' }).links)).toEqual(want);
  });
  it('align on documents gives the same links', () => {
    const a = align(buildDocument('pl', [{ sentences: PL }]), buildDocument('en', [{ sentences: EN }]));
    expect(groups(a.sentences)).toEqual(want);
  });
  it('parsed Polish plain text splits into the six sentences it is made of', () => {
    const d = parseDocument(PL.join(' '), { lang: 'pl', format: 'plain' });
    expect(d.segments.map((s) => s.text)).toEqual(PL);
  });
});

describe('numbers written the Polish way', () => {
  const keys = (text: string, lang = pl): string[] => extractNumbers(text, lang).map((t) => t.key).sort();

  it.each([
    ['1 000 000,5 EUR', 'EUR 1,000,000.5'],
    ['1\u00a0250 osób', '1,250 people'],
    ['0,25 %', '0.25 %'],
    ['27 września 2019 r.', '27 September 2019'],
    ['11–12 grudnia 2019 r.', '11-12 December 2019'],
    ['dyrektywa 2011/93/UE', 'Directive 2011/93/EU'],
    ['dyrektywa 95/46/WE', 'Directive 95/46/EC'],
    ['rozporządzenie (EWG) nr 1408/71', 'Regulation (EEC) No 1408/71'],
    ['decyzja ramowa 2008/977/WSiSW', 'Framework Decision 2008/977/JHA'],
    ['wspólne stanowisko 2001/931/WPZiB', 'Common Position 2001/931/CFSP'],
    ['Dz.U. L 119 z 4.5.2016, s. 1', 'OJ L 119, 4.5.2016, p. 1'],
  ])('%s ≙ %s', (p, e) => {
    const a = keys(p);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(keys(e, en));
  });

  it.each([
    ['1 000,5', '1,000.6'],
    ['1.000', '1.000'], // a Polish thousand, an English one
    ['27 września 2019 r.', '27 October 2019'],
    ['2011/93/UE', '2011/93/EC'],
  ])('%s ≠ %s', (p, e) => {
    expect(keys(p)).not.toEqual(keys(e, en));
  });

  const types = (flags: Flag[]): string[] => flags.map((f) => `${f.type}:${f.key}:${f.severity}`);
  const pair = (enSentence: string) =>
    pairOf(
      [{ label: '1', sentences: ['Budżet wynosi 1 250 000,75 EUR na lata 2021–2027.', 'Rada przyjęła go 17 grudnia 2020 r.'] }],
      [{ label: '1', sentences: [enSentence, 'The Council adopted it on 17 December 2020.'] }],
      ['pl', 'en'],
    );

  it('the numbers check finds nothing when the values agree', () => {
    expect(check(pair('The budget amounts to EUR 1,250,000.75 for 2021-2027.'), { checks: ['number'] })).toEqual([]);
  });
  it('the numbers check flags a changed amount', () => {
    const a = pair('The budget amounts to EUR 1,250,000.57 for 2021-2027.');
    const flags = check(a, { checks: ['number'] });
    expect(types(flags)).toEqual(['number:number.changed:error']);
    const f = flags[0]!;
    expect(a.source.text.slice(f.source.spans[0]!.start, f.source.spans[0]!.end)).toBe('1 250 000,75');
    expect(a.target.text.slice(f.target.spans[0]!.start, f.target.spans[0]!.end)).toBe('1,250,000.57');
  });
  it('a number written out in Polish is not missing', () => {
    const a = pairOf([{ sentences: ['Rada określiła trzy priorytety.'] }], [{ sentences: ['The Council set 3 priorities.'] }], ['pl', 'en']);
    expect(check(a, { checks: ['number'] })).toEqual([]);
  });
});

describe('Polish term folding and extraction', () => {
  it.each([
    [['ochrona', 'ochrony', 'ochronie', 'ochronę', 'ochroną']],
    [['danych', 'dane', 'danymi']],
    [['państwa', 'państw', 'państwom', 'państwami', 'państwach', 'państwo', 'państwie']],
    [['członkowskie', 'członkowskich', 'członkowskim', 'członkowskimi', 'członkowskiego', 'członkowskiej']],
    [['przetwarzanie', 'przetwarzania', 'przetwarzaniu', 'przetwarzań', 'przetwarzaniem']],
    [['prywatność', 'prywatności', 'prywatnością']],
    [['rynek', 'rynku', 'rynkiem', 'rynki', 'rynków']],
    [['system', 'systemu', 'systemie', 'systemem', 'systemów']],
    [['problem', 'problemu', 'problemy', 'problemem']],
    [['Parlament', 'Parlamentu', 'Parlamencie', 'Parlamentowi']],
    [['Rada', 'Rady', 'Radzie', 'Radę']],
    [['Unia', 'Unii', 'Unię', 'Unią']],
    [['dziecko', 'dziecka', 'dzieci', 'dzieciom']],
    [['kryterium', 'kryteria', 'kryteriów']],
  ])('%j fold to one key', (forms) => {
    const folded = new Set(forms.map((w) => foldWord(w, pl)));
    expect(folded.size).toBe(1);
  });

  it('keeps different words apart', () => {
    expect(foldWord('ochrona', pl)).not.toBe(foldWord('ocena', pl));
    expect(termKey('ochrona danych', pl)).not.toBe(termKey('ochrona prywatności', pl));
    expect(termKey('państwa członkowskie', pl)).not.toBe(termKey('państwa trzecie', pl));
  });

  it('verbs and adverbial participles are no term words', () => {
    const al = alignmentFromPairs([['Uwzględniając sprawozdanie, Komisja monitoruje sytuację.', 'Taking the report into account, the Commission monitors the situation.']], { srcLang: 'pl', tgtLang: 'en' });
    for (const t of extractTerms(al, { minFreq: 1 }).terms) {
      expect(t.source.toLowerCase()).not.toMatch(/uwzględniając|monitoruje/);
    }
  });

  const al = alignmentFromPairs(
    [
      ['Ochrona danych jest prawem podstawowym.', 'Data protection is a fundamental right.'],
      ['Rada omówiła przepisy dotyczące ochrony danych.', 'The Council discussed the rules on data protection.'],
      ['Państwa członkowskie powinny wzmocnić ochronę danych.', 'Member States should strengthen data protection.'],
      ['Organy ochrony danych współpracują ze sobą.', 'Data protection authorities cooperate with each other.'],
      ['Komisja wspiera państwa członkowskie w dziedzinie ochrony danych.', 'The Commission supports Member States in the field of data protection.'],
      ['Komisja regularnie informuje państwa członkowskie.', 'The Commission regularly informs the Member States.'],
    ],
    { srcLang: 'pl', tgtLang: 'en' },
  );
  const tb = extractTerms(al);
  const find = (source: string) => tb.terms.find((t) => termKey(t.source, pl) === termKey(source, pl));

  it('finds "ochrona danych" = "data protection", with its inflected forms folded in', () => {
    const t = find('ochrona danych');
    expect(t).toBeDefined();
    expect(termKey(t!.renderings[0]!.term, en)).toBe(termKey('data protection', en));
    expect(t!.frequency).toBe(5);
    expect([...t!.sourceVariants].sort()).toEqual(['Ochrona danych', 'ochronę danych', 'ochrony danych'].sort());
  });

  it('finds "państwa członkowskie" = "Member States"', () => {
    const t = find('państwa członkowskie');
    expect(t).toBeDefined();
    expect(termKey(t!.renderings[0]!.term, en)).toBe(termKey('Member States', en));
    expect(t!.frequency).toBe(3);
  });
});

describe('Polish dates beyond the genitive', () => {
  it('a date line ending in "r." on its own line is the header date', () => {
    const doc = parseDocument('Bruksela, 15 listopada 2019 r.\n(OR. en)\n\n12326/19\n\nLIMITE\n\n1. Rada przyjęła konkluzje.', { lang: 'pl', format: 'markdown' });
    expect(doc.blocks.slice(0, 2).map((b) => `${b.kind}:${b.label ?? ''}`)).toEqual(['header:date', 'header:origin']);
  });

  it('nominative and locative month forms are dates too (w maju 2019 r., we wrześniu)', () => {
    const pl = getLanguage('pl');
    const en = getLanguage('en');
    const keys = (t: string, l: typeof pl): string[] => extractNumbers(t, l).map((x) => x.key).sort();
    expect(keys('w maju 2019 r.', pl)).toEqual(keys('in May 2019', en));
    expect(keys('we wrześniu 2019 r.', pl)).toEqual(keys('in September 2019', en));
    expect(keys('27 września 2019 r.', pl)).toEqual(keys('27 September 2019', en));
  });
});
