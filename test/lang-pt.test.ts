import { describe, expect, it } from 'vitest';
import { align, alignSegments } from '../src/align/index.js';
import { check } from '../src/checks/index.js';
import { findTerm } from '../src/checks/match.js';
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

const pt = getLanguage('pt');
const en = getLanguage('en');

/** Blocks as `kind:label` and segment texts. */
const sentences = (text: string): string[] => splitSentences(text, 'pt').map((s) => text.slice(s.start, s.end));
const groups = (links: ReadonlyArray<{ src: number[]; tgt: number[] }>): string[] => links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);
const types = (flags: Flag[]): string[] => flags.map((f) => `${f.type}:${f.key}:${f.severity}`);
const keys = (text: string, lang = pt): string[] => extractNumbers(text, lang).map((t) => t.key).sort();

describe('Portuguese language data', () => {
  it('is registered under pt with the franc code por', () => {
    expect(pt.code).toBe('pt');
    expect(pt.franc).toBe('por');
    expect(pt.name).toBe('Portuguese');
    expect(pt.months).toHaveLength(12);
    expect(pt.months[2]).toBe('março');
    expect(pt.numberFormat.numberWords).toHaveLength(13);
    expect(pt.decimal).toBe(',');
  });
});

describe('parseDocument: a Portuguese Council note', () => {
  const text = [
    'Bruxelas, 27 de setembro de 2019',
    '(OR. en)',
    '',
    '12326/19',
    '',
    'LIMITE',
    '',
    '## NOTA',
    '',
    'de:\tPresidência',
    'para:\tComité de Representantes Permanentes/Conselho',
    'n.º doc. ant.:\t11855/19',
    'Assunto:\tProjeto de conclusões do Conselho sobre a proteção de dados',
    '',
    '---',
    '',
    '1. O Conselho recorda o art. 5.º do Regulamento (UE) 2016/679 e o n.º 3 do artigo 6.º, bem como o doc. 11855/19, p. 12 e segs. A Comissão apresentou o seu relatório em 2019.',
    '',
    '2. O Sr. Silva, presidente do grupo, apresentou as conclusões (cf. anexo, pág. 4). O Conselho aprovou-as. O texto foi publicado no JO L 119 de 4.5.2016, p. 1.',
  ].join('\n');

  it('finds the date line, the From/To/Subject rows and the numbered paragraphs, and splits sentences only at real ends', () => {
    const doc = parseDocument(text, { lang: 'pt', format: 'markdown' });
    expect(shape(doc)).toEqual([
      ['header:date', ['Bruxelas, 27 de setembro de 2019']],
      ['header:origin', ['(OR. en)']],
      ['header:docno', ['12326/19']],
      ['header:limite', ['LIMITE']],
      ['heading:', ['NOTA']],
      ['field:from', ['Presidência']],
      ['field:to', ['Comité de Representantes Permanentes/Conselho']],
      ['field:prevdoc', ['11855/19']],
      ['field:subject', ['Projeto de conclusões do Conselho sobre a proteção de dados']],
      [
        'paragraph:1',
        [
          'O Conselho recorda o art. 5.º do Regulamento (UE) 2016/679 e o n.º 3 do artigo 6.º, bem como o doc. 11855/19, p. 12 e segs.',
          'A Comissão apresentou o seu relatório em 2019.',
        ],
      ],
      [
        'paragraph:2',
        ['O Sr. Silva, presidente do grupo, apresentou as conclusões (cf. anexo, pág. 4).', 'O Conselho aprovou-as.', 'O texto foi publicado no JO L 119 de 4.5.2016, p. 1.'],
      ],
    ]);
  });

  it('field rows written with a colon and spaces, or as a pipe table, are fields too', () => {
    const doc = parseDocument('| Origem: | Secretário-Geral da Comissão Europeia |\n|---|---|\n| Destinatário: | Secretário-Geral do Conselho |\n| n.° doc. Com.: | COM(2019) 123 final |\n\nAssunto: Proposta de diretiva', { lang: 'pt', format: 'markdown' });
    expect(shape(doc)).toEqual([
      ['field:from', ['Secretário-Geral da Comissão Europeia']],
      ['field:to', ['Secretário-Geral do Conselho']],
      ['field:cion', ['COM(2019) 123 final']],
      ['field:subject', ['Proposta de diretiva']],
    ]);
  });

  it.each([
    ['Ver Doc. 5 da presidência. O Conselho decide.', ['Ver Doc. 5 da presidência.', 'O Conselho decide.']],
    ['A Dra. Costa e o Prof. Ramos falaram. Depois votou-se.', ['A Dra. Costa e o Prof. Ramos falaram.', 'Depois votou-se.']],
    ['Alguns países, p. ex. Portugal e Espanha, apoiam a proposta.', ['Alguns países, p. ex. Portugal e Espanha, apoiam a proposta.']],
    ['Aplicam-se os arts. 3 a 7. O art. 8 não.', ['Aplicam-se os arts. 3 a 7.', 'O art. 8 não.']],
    ['Reunião de 3 de jan. 2020 em Lisboa. Ata aprovada.', ['Reunião de 3 de jan. 2020 em Lisboa.', 'Ata aprovada.']],
    ['Nadaram no mar. Depois descansaram.', ['Nadaram no mar.', 'Depois descansaram.']],
    ['Eram dez. Agora são onze.', ['Eram dez.', 'Agora são onze.']],
    ['Ver o cap. 2 e o vol. 3 da obra. Fim.', ['Ver o cap. 2 e o vol. 3 da obra.', 'Fim.']],
    ['Foram discutidas a água, a energia, etc. O debate continua.', ['Foram discutidas a água, a energia, etc.', 'O debate continua.']],
  ])('sentences of %j', (input, want) => {
    expect(sentences(input)).toEqual(want);
  });
});

describe('detectLanguage', () => {
  const PORTUGUESE =
    'O Conselho convida os Estados-Membros a avaliarem regularmente a eficácia da legislação. ' +
    'As autoridades competentes devem utilizar tão amplamente quanto possível os instrumentos e mecanismos existentes. ' +
    'Além disso, a cooperação entre as autoridades nacionais deverá ser reforçada, nomeadamente no que diz respeito à troca de informações.';
  const ENGLISH =
    'The Council invites the Member States to regularly assess the effectiveness of the legislation. ' +
    'The competent authorities should make the fullest possible use of the existing tools and mechanisms. ' +
    'Furthermore, cooperation between the national authorities should be strengthened, in particular as regards the exchange of information.';

  it('tells Portuguese among all languages', () => {
    const r = detectLanguage(PORTUGUESE);
    expect(r.lang).toBe('pt');
    expect(r.score).toBeGreaterThan(0.5);
  });

  it('tells the English counterpart as English', () => {
    expect(detectLanguage(ENGLISH).lang).toBe('en');
  });

  it('tells Portuguese from Spanish and Italian', () => {
    expect(detectLanguage(PORTUGUESE, ['es', 'it', 'pt']).lang).toBe('pt');
  });
});

describe('sentence alignment Portuguese–English', () => {
  const PT = [
    'O Conselho adotou as conclusões sobre a qualidade da água em 12 de março de 2019.',
    'A Comissão apresentou em 2018 um relatório sobre a execução da Diretiva 2000/60/CE.',
    'O relatório tem 245 páginas.',
    'Está disponível em 24 línguas.',
    'Os Estados-Membros devem agir até 2025.',
    'A próxima reunião terá lugar no Luxemburgo em junho.',
  ];
  const EN = [
    'The Council adopted the conclusions on water quality on 12 March 2019.',
    'In 2018 the Commission presented a report on the implementation of Directive 2000/60/EC.',
    'The report runs to 245 pages and is available in 24 languages.',
    'Member States should act by 2025.',
    'The next meeting will take place in Luxembourg in June.',
  ];
  const want = ['0:0', '1:1', '2,3:2', '4:3', '5:4'];

  it('alignSegments links 1-1 and joins the two Portuguese sentences that English says in one', () => {
    expect(groups(alignSegments(PT, EN, { srcLang: 'pt', tgtLang: 'en' }).links)).toEqual(want);
  });

  it('align gives the same links on documents', () => {
    const a = align(buildDocument('pt', [{ sentences: PT }]), buildDocument('en', [{ sentences: EN }]));
    expect(groups(a.sentences)).toEqual(want);
  });

  it('the other direction mirrors the links', () => {
    expect(groups(alignSegments(EN, PT, { srcLang: 'en', tgtLang: 'pt' }).links)).toEqual(['0:0', '1:1', '2:2,3', '3:4', '4:5']);
  });
});

describe('numbers: Portuguese and English forms', () => {
  it.each([
    ['1 500 000 euros', 'EUR 1,500,000'],
    ['2\u00a0345,75 euros', 'EUR 2,345.75'],
    ['1.000 casos', '1,000 cases'],
    ['0,25 %', '0.25 %'],
    ['artigos 82.º e 83.º', 'Articles 82 and 83'],
    ['Diretiva 2011/93/UE', 'Directive 2011/93/EU'],
    ['Diretiva 95/46/CE', 'Directive 95/46/EC'],
    ['Decisão 2008/615/JAI', 'Decision 2008/615/JHA'],
    ['Regulamento (CEE) n.º 1408/71', 'Regulation (EEC) No 1408/71'],
    ['doc. 11855/12', 'doc. 11855/12'],
    ['em 27.9.2019', 'on 2019-09-27'],
  ])('%s ≙ %s', (p, e) => {
    const a = keys(p);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(keys(e, en));
  });

  it.each([
    ['1 500 000 euros', 'EUR 1,600,000'],
    ['2 345,75 euros', 'EUR 2,345.57'],
    ['1.000 casos', '1.000 cases'], // a Portuguese thousand, an English one
    ['Diretiva 2011/93/UE', 'Directive 2011/93/EC'],
  ])('%s ≠ %s', (p, e) => {
    expect(keys(p)).not.toEqual(keys(e, en));
  });

  const pair = (enSentence: string) =>
    pairOf(
      [{ label: '1', sentences: ['O orçamento é de 1 250 000,50 euros.', 'Ver a Diretiva 2011/93/UE e o doc. 11855/12.'] }],
      [{ label: '1', sentences: [enSentence, 'See Directive 2011/93/EU and doc. 11855/12.'] }],
      ['pt', 'en'],
    );

  it('the numbers check raises nothing for the same values', () => {
    expect(check(pair('The budget is EUR 1,250,000.50.'), { checks: ['number'] })).toEqual([]);
  });

  it('the numbers check flags a changed amount, with spans on both sides', () => {
    const a = pair('The budget is EUR 1,350,000.50.');
    const flags = check(a, { checks: ['number'] });
    expect(types(flags)).toEqual(['number:number.changed:error']);
    const f = flags[0]!;
    expect(a.source.text.slice(f.source.spans[0]!.start, f.source.spans[0]!.end)).toBe('1 250 000,50');
    expect(a.target.text.slice(f.target.spans[0]!.start, f.target.spans[0]!.end)).toBe('1,350,000.50');
  });

  it('a number written out in Portuguese is not missing', () => {
    const a = pairOf([{ sentences: ['Há três prioridades.'] }], [{ sentences: ['There are 3 priorities.'] }], ['pt', 'en']);
    expect(check(a, { checks: ['number'] })).toEqual([]);
  });
});

describe('folding Portuguese inflection', () => {
  it.each([
    ['nações', 'nação'],
    ['cidadãos', 'cidadão'],
    ['nacionais', 'nacional'],
    ['autoridades', 'autoridade'],
    ['públicas', 'público'],
    ['homens', 'homem'],
    ['países', 'país'],
    ['mulheres', 'mulher'],
    ['leis', 'lei'],
    ['Estados-Membros', 'Estado-Membro'],
    ['europeias', 'europeu'],
  ])('%s folds like %s', (a, b) => {
    expect(foldWord(a, pt)).toBe(foldWord(b, pt));
  });

  it('keeps different words apart', () => {
    expect(foldWord('nação', pt)).not.toBe(foldWord('nacional', pt));
    expect(termKey('proteção de dados', pt)).not.toBe(termKey('proteção de direitos', pt));
  });

  it('glossary matching finds plural forms of a term', () => {
    const text = 'As autoridades de controlo e a autoridade de controlo principal.';
    expect(findTerm(text, 'autoridade de controlo', pt).map((s) => text.slice(s.start, s.end))).toEqual(['autoridades de controlo', 'autoridade de controlo']);
    expect(findTerm('A lei aplicável e as leis nacionais.', 'lei', pt)).toHaveLength(2);
  });
});

describe('extractTerms Portuguese–English', () => {
  const al = alignmentFromPairs(
    [
      ['A autoridade de controlo publica um relatório anual.', 'The supervisory authority publishes an annual report.'],
      ['As autoridades de controlo cooperam entre si.', 'The supervisory authorities cooperate with each other.'],
      ['O Conselho apoia o trabalho das autoridades de controlo.', 'The Council supports the work of the supervisory authorities.'],
      ['Cada autoridade de controlo é independente.', 'Each supervisory authority is independent.'],
      ['A proteção de dados é um direito fundamental.', 'Data protection is a fundamental right.'],
      ['As regras de proteção de dados aplicam-se a todos.', 'The data protection rules apply to everyone.'],
    ],
    { srcLang: 'pt', tgtLang: 'en' },
  );
  const tb = extractTerms(al, { minFreq: 2 });
  const find = (source: string) => tb.terms.find((t) => termKey(t.source, pt) === termKey(source, pt));

  it('pairs autoridade de controlo with supervisory authority, singular and plural folded into one term', () => {
    const t = find('autoridade de controlo');
    expect(t).toBeDefined();
    expect(termKey(t!.renderings[0]!.term, en)).toBe(termKey('supervisory authority', en));
    expect(t!.frequency).toBe(4);
    expect([...t!.sourceVariants].sort()).toEqual(['autoridade de controlo', 'autoridades de controlo']);
  });

  it('pairs proteção de dados with data protection', () => {
    const t = find('proteção de dados');
    expect(t).toBeDefined();
    expect(termKey(t!.renderings[0]!.term, en)).toBe(termKey('data protection', en));
  });
});
