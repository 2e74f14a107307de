import { describe, expect, it } from 'vitest';
import { align, alignSegments } from '../src/align/index.js';
import { check } from '../src/checks/index.js';
import { stem } from '../src/checks/match.js';
import { extractNumbers } from '../src/checks/numbers.js';
import { detectLanguage } from '../src/document/detect.js';
import { parseDocument } from '../src/document/parse.js';
import { splitSentences } from '../src/document/sentences.js';
import { es } from '../src/lang/es.js';
import { en } from '../src/lang/en.js';
import { getLanguage } from '../src/lang/index.js';
import { foldWord, termKey } from '../src/terms/fold.js';
import { extractTerms } from '../src/terms/index.js';
import type { Flag } from '../src/types.js';
import { buildDocument } from './helpers/build.js';
import { pairOf } from './helpers/checks.js';
import { alignmentFromPairs } from './helpers/terms.js';
import { shape } from './helpers/shape.js';

/** Blocks as `kind:label` and segment texts, as in test/document.test.ts. */
const sentences = (text: string): string[] => splitSentences(text, 'es').map((s) => text.slice(s.start, s.end));

describe('Spanish language data', () => {
  it('is registered under es, with twelve months and number words 0–12', () => {
    expect(getLanguage('es')).toBe(es);
    expect(es.franc).toBe('spa');
    expect(es.months).toHaveLength(12);
    expect(es.months[0]).toBe('enero');
    expect(es.months[11]).toBe('diciembre');
    expect(es.numberFormat.numberWords).toHaveLength(13);
    expect(es.decimal).toBe(',');
  });

  it('has no English placeholder data left', () => {
    for (const w of ['the', 'of', 'and']) expect(es.stopWords).not.toContain(w);
    expect(es.fieldNames.subject).not.toContain('Subject');
    expect(es.months).not.toContain('january');
  });
});

describe('parseDocument: a Spanish Council note (markdown)', () => {
  const text = [
    'Bruselas, 14 de noviembre de 2019',
    '(OR. en)',
    '',
    '13837/19',
    '',
    'LIMITE',
    '',
    'JAI 1150',
    '',
    '## NOTA',
    '',
    'De:\tPresidencia',
    'A:\tComité de Representantes Permanentes/Consejo',
    'N.º doc. prec.:\t12345/19',
    'N.º doc. Ción.:\t9876/19 - COM(2019) 123 final',
    'Asunto:\tProyecto de Conclusiones del Consejo sobre la protección de datos',
    '',
    '---',
    '',
    '1. Véase el art. 8 de la Carta y el apdo. 2 del art. 16 del TFUE. El Sr. García presentó el informe (doc. 11855/19, pág. 12) a la Dra. Martínez. Los buques llegaron al mar. La tripulación descansó.',
    '',
    '2. El informe, de aprox. 200 páginas, se debatirá el 3 mar. 2020 con la Sra. López y el Prof. Ruiz. El Consejo tomará nota del cap. 3, etc. Después decidirá.',
    '',
    '3. Véase el Reglamento (UE) 2016/679 (DO L 119 de 4.5.2016, p. 1). Se aplica desde 2018.',
  ].join('\n');

  it('header, From/To/Subject rows, numbered paragraphs and sentences', () => {
    const doc = parseDocument(text, { lang: 'es', format: 'markdown' });
    expect(shape(doc)).toEqual([
      ['header:date', ['Bruselas, 14 de noviembre de 2019']],
      ['header:origin', ['(OR. en)']],
      ['header:docno', ['13837/19']],
      ['header:limite', ['LIMITE']],
      ['header:codes', ['JAI 1150']],
      ['heading:', ['NOTA']],
      ['field:from', ['Presidencia']],
      ['field:to', ['Comité de Representantes Permanentes/Consejo']],
      ['field:prevdoc', ['12345/19']],
      ['field:cion', ['9876/19 - COM(2019) 123 final']],
      ['field:subject', ['Proyecto de Conclusiones del Consejo sobre la protección de datos']],
      [
        'paragraph:1',
        [
          'Véase el art. 8 de la Carta y el apdo. 2 del art. 16 del TFUE.',
          'El Sr. García presentó el informe (doc. 11855/19, pág. 12) a la Dra. Martínez.',
          'Los buques llegaron al mar.',
          'La tripulación descansó.',
        ],
      ],
      [
        'paragraph:2',
        [
          'El informe, de aprox. 200 páginas, se debatirá el 3 mar. 2020 con la Sra. López y el Prof. Ruiz.',
          'El Consejo tomará nota del cap. 3, etc.',
          'Después decidirá.',
        ],
      ],
      ['paragraph:3', ['Véase el Reglamento (UE) 2016/679 (DO L 119 de 4.5.2016, p. 1).', 'Se aplica desde 2018.']],
    ]);
  });

  it.each([
    ['N° doc. prec.', 'prevdoc'],
    ['Nº doc. prec.', 'prevdoc'],
    ['N.° doc. Ción.', 'cion'],
    ['Destinatario', 'to'],
  ])('the row name %s is the field %s', (name, label) => {
    const doc = parseDocument(`${name}:\tvalor\n\n1. Texto.`, { lang: 'es', format: 'markdown' });
    expect(shape(doc)[0]).toEqual([`field:${label}`, ['valor']]);
  });
});

describe('Spanish sentence splitting', () => {
  it.each([
    ['Lo dijo el Excmo. Sr. Pérez. Nadie contestó.', ['Lo dijo el Excmo. Sr. Pérez.', 'Nadie contestó.']],
    ['Según los arts. 5 y 6 del Reglamento, cf. Anexo II. Es obligatorio.', ['Según los arts. 5 y 6 del Reglamento, cf. Anexo II.', 'Es obligatorio.']],
    ['Se citan varios ejemplos, p. ej. España y Francia. Hay otros.', ['Se citan varios ejemplos, p. ej. España y Francia.', 'Hay otros.']],
    ['Figura en el núm. 4 del anexo. Véase la col. 2 del cuadro.', ['Figura en el núm. 4 del anexo.', 'Véase la col. 2 del cuadro.']],
    // `mar.` and `col.` are words at a sentence end, abbreviations only before a number
    ['Comieron col. Después salieron al mar. Allí pescaron.', ['Comieron col.', 'Después salieron al mar.', 'Allí pescaron.']],
    ['¿Se aplica el artículo 3? Sí. ¡Claro que sí!', ['¿Se aplica el artículo 3?', 'Sí.', '¡Claro que sí!']],
  ])('%s', (text, want) => {
    expect(sentences(text)).toEqual(want);
  });
});

const SPANISH =
  'El Consejo invita a los Estados miembros a evaluar periódicamente la eficacia de la legislación. ' +
  'Las autoridades competentes deberían utilizar lo más ampliamente posible las herramientas y los mecanismos existentes. ' +
  'Además, debería reforzarse la cooperación entre las autoridades nacionales.';
const ENGLISH =
  'The Council invites the Member States to regularly assess the effectiveness of the legislation. ' +
  'The competent authorities should make the fullest possible use of the existing tools and mechanisms. ' +
  'Furthermore, cooperation between the national authorities should be strengthened.';

describe('detectLanguage', () => {
  it('tells Spanish among every language paralign knows, and its English counterpart as English', () => {
    const s = detectLanguage(SPANISH);
    expect(s.lang).toBe('es');
    expect(s.score).toBeGreaterThan(0.5);
    expect(detectLanguage(ENGLISH).lang).toBe('en');
  });

  it('tells Spanish from its closest neighbours', () => {
    expect(detectLanguage(SPANISH, ['es', 'pt', 'it', 'fr']).lang).toBe('es');
  });
});

describe('sentence alignment Spanish–English', () => {
  const groups = (links: ReadonlyArray<{ src: number[]; tgt: number[] }>): string[] => links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);
  const ES = [
    'El Consejo se reunió en Bruselas el 14 de noviembre de 2019.',
    'Los ministros debatieron la protección de los datos personales en la Unión.',
    'La Comisión presentó su informe anual, que tiene 245 páginas.',
    'Está disponible en 24 lenguas.',
    'Los Estados miembros deberán aplicar las nuevas normas antes de 2021.',
    'La próxima sesión se celebrará en Luxemburgo.',
  ];
  const EN = [
    'The Council met in Brussels on 14 November 2019.',
    'The ministers discussed the protection of personal data in the Union.',
    'The Commission presented its annual report, which runs to 245 pages and is available in 24 languages.',
    'The Member States will have to apply the new rules before 2021.',
    'The next session will be held in Luxembourg.',
  ];
  const want = ['0:0', '1:1', '2,3:2', '4:3', '5:4'];

  it('alignSegments links 1-1 and joins the two Spanish sentences the English renders as one', () => {
    expect(groups(alignSegments(ES, EN, { srcLang: 'es', tgtLang: 'en' }).links)).toEqual(want);
  });

  it('align on documents gives the same links', () => {
    const a = align(buildDocument('es', [{ sentences: ES }]), buildDocument('en', [{ sentences: EN }]));
    expect(groups(a.sentences)).toEqual(want);
  });
});

describe('numbers: Spanish and English renderings of the same value', () => {
  const keys = (text: string, lang = es): string[] => extractNumbers(text, lang).map((t) => t.key).sort();

  it.each([
    ['1.500.000 euros', 'EUR 1,500,000'],
    ['12 500,75 euros', 'EUR 12,500.75'],
    ['12\u00a0500,75 euros', 'EUR 12,500.75'],
    ['un 0,25 %', '0.25 %'],
    ['Directiva 2011/93/UE', 'Directive 2011/93/EU'],
    ['Reglamento (CE) n.º 1049/2001', 'Regulation (EC) No 1049/2001'],
    ['Decisión 2009/371/JAI', 'Decision 2009/371/JHA'],
    ['Decisión 2007/198/CEEA', 'Decision 2007/198/Euratom'],
    ['doc. 11855/19', 'doc. 11855/19'],
    ['el 4.5.2016', 'on 4.5.2016'],
  ])('%s ≙ %s', (s, e) => {
    const k = keys(s);
    expect(k.length).toBeGreaterThan(0);
    expect(k).toEqual(keys(e, en));
  });

  it.each([
    ['1.500.000 euros', 'EUR 1,600,000'],
    ['1.000', '1.000'], // a Spanish thousand, an English one
    ['0,25 %', '0.26 %'],
    ['Directiva 2011/93/UE', 'Directive 2011/93/EC'],
  ])('%s ≠ %s', (s, e) => {
    expect(keys(s)).not.toEqual(keys(e, en));
  });

  const types = (flags: Flag[]): string[] => flags.map((f) => `${f.type}:${f.key}:${f.severity}`);
  const pair = (enText: string) =>
    pairOf(
      [{ label: '1', sentences: ['El presupuesto asciende a 1.500.000 euros, es decir, un 0,25 % del total.', 'Hay tres prioridades.'] }],
      [{ label: '1', sentences: [`The budget amounts to ${enText}, i.e. 0.25 % of the total.`, 'There are 3 priorities.'] }],
      ['es', 'en'],
    );

  it('the numbers check accepts the same values, and a number written out in Spanish', () => {
    expect(check(pair('EUR 1,500,000'), { checks: ['number'] })).toEqual([]);
  });

  it('the numbers check flags a changed amount, naming both forms', () => {
    const a = pair('EUR 1,600,000');
    const flags = check(a, { checks: ['number'] });
    expect(types(flags)).toEqual(['number:number.changed:error']);
    const f = flags[0]!;
    expect(a.source.text.slice(f.source.spans[0]!.start, f.source.spans[0]!.end)).toBe('1.500.000');
    expect(a.target.text.slice(f.target.spans[0]!.start, f.target.spans[0]!.end)).toBe('1,600,000');
  });
});

describe('Spanish inflection folding', () => {
  it.each([
    ['autoridades', 'autoridad'],
    ['naciones', 'nación'],
    ['intereses', 'interés'],
    ['países', 'país'],
    ['partes', 'parte'],
    ['eficaces', 'eficaz'],
    ['raíces', 'raíz'],
    ['índices', 'índice'],
    ['leyes', 'ley'],
    ['meses', 'mes'],
    ['personales', 'personal'],
    ['Estados', 'Estado'],
    ['regímenes', 'régimen'],
    ['dictámenes', 'dictamen'],
  ])('%s folds like %s (terms) and stems like it (term matching)', (a, b) => {
    expect(foldWord(a, es)).toBe(foldWord(b, es));
    expect(stem(a, es)).toBe(stem(b, es));
  });

  it('keeps different words apart', () => {
    expect(foldWord('caso', es)).not.toBe(foldWord('casa', es));
    expect(foldWord('parte', es)).not.toBe(foldWord('parto', es));
    expect(termKey('autoridad de control', es)).not.toBe(termKey('autoridad de certificación', es));
  });
});

describe('extractTerms Spanish–English', () => {
  const al = alignmentFromPairs(
    [
      ['La autoridad de control es competente para la aplicación del Reglamento.', 'The supervisory authority is competent for the application of the Regulation.'],
      ['Cada Estado miembro designa una o varias autoridades de control.', 'Each Member State designates one or more supervisory authorities.'],
      ['Las autoridades de control son independientes.', 'The supervisory authorities are independent.'],
      ['La Carta protege los derechos fundamentales de las personas.', 'The Charter protects the fundamental rights of individuals.'],
      ['La protección de datos es un derecho fundamental.', 'Data protection is a fundamental right.'],
      ['Los derechos fundamentales deben respetarse.', 'Fundamental rights must be respected.'],
    ],
    { srcLang: 'es', tgtLang: 'en' },
  );
  const tb = extractTerms(al);
  const find = (source: string) => tb.terms.find((t) => termKey(t.source, es) === termKey(source, es));

  it.each([
    ['autoridad de control', 'supervisory authority', ['autoridad de control', 'autoridades de control']],
    ['derecho fundamental', 'fundamental right', ['derechos fundamentales', 'derecho fundamental']],
  ])('%s = %s, singular and plural folded into one term', (source, target, variants) => {
    const t = find(source);
    expect(t).toBeDefined();
    expect(t!.frequency).toBe(3);
    expect([...t!.sourceVariants].sort()).toEqual([...variants].sort());
    expect(termKey(t!.renderings[0]!.term, en)).toBe(termKey(target, en));
    expect(t!.renderings[0]!.count).toBe(3);
  });
});
