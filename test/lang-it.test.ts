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
import { buildAlignment, buildDocument } from './helpers/build.js';
import { alignmentFromPairs } from './helpers/terms.js';
import { shape } from './helpers/shape.js';

const itLang = getLanguage('it');
const enLang = getLanguage('en');


/** Sentence texts of one line of Italian. */
const sentences = (text: string): string[] => splitSentences(text, 'it').map((s) => text.slice(s.start, s.end));

describe('Italian Council note (markdown)', () => {
  const text = [
    'Bruxelles, 27 settembre 2019',
    '(OR. en)',
    '',
    '12326/19',
    '',
    'LIMITE',
    '',
    '## NOTA',
    '',
    'Origine:\tPresidenza',
    'Destinatario:\tComitato dei rappresentanti permanenti/Consiglio',
    'n. doc. prec.:\t11855/19',
    'Oggetto:\tProgetto di conclusioni del Consiglio sulla protezione dei dati',
    '',
    '---',
    '',
    '1. Il Consiglio ha esaminato la proposta di cui all\'art. 16 del TFUE (cfr. doc. 11855/19, pag. 4). Il sig. Rossi ha presentato la relazione.',
    '',
    '2. Gli Stati membri hanno chiesto modifiche ai parr. 3 e 4 dell\'allegato. Il regolamento (UE) n. 2016/679 resta applicabile.',
    'La discussione continua. Il prof. Bianchi presiede il gruppo.',
  ].join('\n');

  it('labels the date line, the From/To/Subject rows, numbered paragraphs and splits only real sentence ends', () => {
    const doc = parseDocument(text, { lang: 'it', format: 'markdown' });
    expect(shape(doc)).toEqual([
      ['header:date', ['Bruxelles, 27 settembre 2019']],
      ['header:origin', ['(OR. en)']],
      ['header:docno', ['12326/19']],
      ['header:limite', ['LIMITE']],
      ['heading:', ['NOTA']],
      ['field:from', ['Presidenza']],
      ['field:to', ['Comitato dei rappresentanti permanenti/Consiglio']],
      ['field:prevdoc', ['11855/19']],
      ['field:subject', ['Progetto di conclusioni del Consiglio sulla protezione dei dati']],
      [
        'paragraph:1',
        ["Il Consiglio ha esaminato la proposta di cui all'art. 16 del TFUE (cfr. doc. 11855/19, pag. 4).", 'Il sig. Rossi ha presentato la relazione.'],
      ],
      [
        'paragraph:2',
        [
          "Gli Stati membri hanno chiesto modifiche ai parr. 3 e 4 dell'allegato.",
          'Il regolamento (UE) n. 2016/679 resta applicabile.',
          'La discussione continua.',
          'Il prof. Bianchi presiede il gruppo.',
        ],
      ],
    ]);
  });

  it.each([
    ['Mittente', 'from'],
    ['Destinatari', 'to'],
    ['n. doc. Comm.', 'cion'],
  ])('the row name %s is the field %s', (name, label) => {
    const doc = parseDocument(`${name}:\tvalore\n\n1. Testo.`, { lang: 'it', format: 'markdown' });
    expect(shape(doc)[0]).toEqual([`field:${label}`, ['valore']]);
  });
});

describe('Italian sentence splitting', () => {
  it.each([
    ['Si veda l’art. 5 del regolamento. Il testo è chiaro.', ['Si veda l’art. 5 del regolamento.', 'Il testo è chiaro.']],
    ['Come previsto dall’art. 3 del trattato. Il Consiglio decide.', ['Come previsto dall’art. 3 del trattato.', 'Il Consiglio decide.']],
    ['Cfr. artt. 3 e 4. Gli Stati membri decidono.', ['Cfr. artt. 3 e 4.', 'Gli Stati membri decidono.']],
    ['La riunione del 12 sett. 2019 è rinviata. Segue nota.', ['La riunione del 12 sett. 2019 è rinviata.', 'Segue nota.']],
    ['Sono ammessi documenti, relazioni ecc. Il termine è scaduto.', ['Sono ammessi documenti, relazioni ecc.', 'Il termine è scaduto.']],
    ['Vedi punto 2, lett. b. Il termine scade il 3 ago. 2020. Poi si vedrà.', ['Vedi punto 2, lett. b.', 'Il termine scade il 3 ago. 2020.', 'Poi si vedrà.']],
    ['La dott.ssa Verdi e la sig.ra Neri intervengono. Segue il dibattito.', ['La dott.ssa Verdi e la sig.ra Neri intervengono.', 'Segue il dibattito.']],
  ])('%s', (line, want) => {
    expect(sentences(line)).toEqual(want);
  });
});

const ITALIAN =
  'Il Consiglio invita gli Stati membri a valutare regolarmente l’efficacia della legislazione. ' +
  'Le autorità competenti dovrebbero utilizzare nel modo più ampio possibile gli strumenti e i meccanismi esistenti. ' +
  'Inoltre, occorre rafforzare la cooperazione tra le autorità nazionali.';
const ENGLISH =
  'The Council invites the Member States to regularly assess the effectiveness of the legislation. ' +
  'The competent authorities should make the fullest possible use of the existing tools and mechanisms. ' +
  'Furthermore, cooperation between the national authorities should be strengthened.';

describe('detectLanguage', () => {
  it('tells Italian from the other languages, and its English counterpart as English', () => {
    expect(detectLanguage(ITALIAN).lang).toBe('it');
    expect(detectLanguage(ENGLISH).lang).toBe('en');
  });

  it('tells Italian from its Romance neighbours with a clear margin', () => {
    const r = detectLanguage(ITALIAN, ['it', 'es', 'pt', 'fr']);
    expect(r.lang).toBe('it');
    expect(r.score).toBeGreaterThan(0.5);
  });
});

describe('aligning Italian with English', () => {
  const it6 = [
    'Il Consiglio si è riunito a Lussemburgo il 5 giugno 2019.',
    'Ha esaminato la situazione in Siria e ha adottato conclusioni, che saranno pubblicate nella Gazzetta ufficiale e trasmesse ai parlamenti nazionali entro 30 giorni.',
    'La Commissione ha presentato la sua relazione annuale sull’attuazione della direttiva 2011/93/UE.',
    'Gli Stati membri hanno accolto con favore la relazione.',
    'La riunione si è conclusa dopo sette ore.',
  ];
  const en6 = [
    'The Council met in Luxembourg on 5 June 2019.',
    'It examined the situation in Syria and adopted conclusions.',
    'These will be published in the Official Journal and sent to the national parliaments within 30 days.',
    'The Commission presented its annual report on the implementation of Directive 2011/93/EU.',
    'The Member States welcomed the report.',
    'The meeting ended after seven hours.',
  ];
  const want = ['0:0', '1:1,2', '2:3', '3:4', '4:5'];
  const groups = (links: ReadonlyArray<{ src: number[]; tgt: number[] }>): string[] => links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);

  it('alignSegments: 1-1 links and one 1-2 where English splits a sentence', () => {
    expect(groups(alignSegments(it6, en6, { srcLang: 'it', tgtLang: 'en' }).links)).toEqual(want);
  });

  it('align on parsed plain text gives the same sentence links', () => {
    const src = parseDocument(it6.join(' '), { lang: 'it', format: 'plain' });
    const tgt = parseDocument(en6.join(' '), { lang: 'en', format: 'plain' });
    expect(src.segments.map((s) => s.text)).toEqual(it6);
    expect(groups(align(src, tgt).sentences)).toEqual(want);
  });
});

describe('numbers written the Italian way', () => {
  const keys = (text: string, lang = itLang): string[] => extractNumbers(text, lang).map((t) => t.key).sort();

  it.each([
    ['1.234.567,89 euro', 'EUR 1,234,567.89'],
    ['0,25 per cento', '0.25 per cent'],
    ['il 27 settembre 2019', 'on 27 September 2019'],
    ['dal 1º gennaio 2020', 'from 1 January 2020'],
    ['il 1° luglio 2021', 'on 1st July 2021'],
    ['la direttiva 2011/93/UE', 'Directive 2011/93/EU'],
    ['il regolamento (CEE) n. 1408/71', 'Regulation (EEC) No 1408/71'],
    ['GU L 335 del 17.12.2011, pag. 1', 'OJ L 335, 17.12.2011, p. 1'],
  ])('%s ≙ %s', (i, e) => {
    const a = keys(i);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(keys(e, enLang));
  });

  it('reads Italian grouping and decimal comma, and act suffixes, to neutral keys', () => {
    expect(keys('1.234.567,89')).toEqual(['number:1234567.89']);
    expect(keys('direttiva 95/46/CE')).toEqual(['ref:95/46/EC']);
    expect(keys('dal 6 al 7 giugno 2019')).toEqual(['date:2019-06-07', 'number:6']);
  });

  it.each([
    ['1.000', '1.000'], // Italian thousand, English one
    ['1.000,5', '1,000.6'],
    ['il 27 settembre 2019', 'on 27 October 2019'],
    ['la direttiva 2011/93/UE', 'Directive 2011/93/EC'],
  ])('%s ≠ %s', (i, e) => {
    expect(keys(i)).not.toEqual(keys(e, enLang));
  });

  const pair = (src: string, tgt: string) => {
    const s = buildDocument('it', [{ label: '1', sentences: [src] }]);
    const t = buildDocument('en', [{ label: '1', sentences: [tgt] }]);
    return buildAlignment(s, t, [{ src: [0], tgt: [0] }], [{ src: [0], tgt: [0], paragraph: 0 }]);
  };

  it('the numbers check accepts the same values written the Italian and the English way', () => {
    const a = pair('Il bilancio di 2.500.000 euro copre l’85,5 per cento dei costi dal 1º gennaio 2020.', 'The budget of EUR 2,500,000 covers 85.5 per cent of the costs from 1 January 2020.');
    expect(check(a, { checks: ['number'] })).toEqual([]);
  });

  it('the numbers check flags a changed number', () => {
    const a = pair('Il bilancio di 2.500.000 euro copre l’85,5 per cento dei costi.', 'The budget of EUR 2,600,000 covers 85.5 per cent of the costs.');
    const flags = check(a, { checks: ['number'] });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'number', severity: 'error', key: 'number.changed', params: { from: '2.500.000', to: '2,600,000' } });
  });

  it('a number written out in Italian is not missing', () => {
    const a = pair('Il Consiglio ha adottato tre decisioni.', 'The Council adopted 3 decisions.');
    expect(check(a, { checks: ['number'] })).toEqual([]);
  });
});

describe('Italian term folding and extraction', () => {
  it.each([
    ['Stati membri', 'Stato membro'],
    ['politiche', 'politica'],
    ['uffici', 'ufficio'],
    ['proprie', 'proprio'],
    ['autorità competenti', 'autorità competente'],
    ['dati personali', 'dato personale'],
    ['strategie', 'strategia'],
    ['uomini', 'uomo'],
  ])('%s folds like %s', (a, b) => {
    expect(termKey(a, itLang)).toBe(termKey(b, itLang));
  });

  it('keeps different words apart', () => {
    expect(foldWord('Stati', itLang)).not.toBe(foldWord('statuto', itLang));
    expect(termKey('protezione dei dati', itLang)).not.toBe(termKey('conservazione dei dati', itLang));
  });

  it('finds Stati membri = Member States with the singular folded in, and protezione dei dati = data protection', () => {
    const al = alignmentFromPairs(
      [
        ['Il Consiglio invita gli Stati membri a rafforzare la protezione dei dati.', 'The Council invites the Member States to strengthen data protection.'],
        ['Ogni Stato membro designa un’autorità per la protezione dei dati.', 'Each Member State shall designate a data protection authority.'],
        ['La Commissione sostiene gli Stati membri nella cooperazione.', 'The Commission supports the Member States in cooperation.'],
        ['Le norme sulla protezione dei dati si applicano alla Commissione.', 'The rules on data protection apply to the Commission.'],
      ],
      { srcLang: 'it', tgtLang: 'en' },
    );
    const tb = extractTerms(al, { minFreq: 1 });
    const find = (s: string) => tb.terms.find((t) => termKey(t.source, itLang) === termKey(s, itLang));
    const ms = find('Stati membri');
    expect(ms).toBeDefined();
    expect(ms!.frequency).toBe(3);
    expect([...ms!.sourceVariants].sort()).toEqual(['Stati membri', 'Stato membro']);
    expect(termKey(ms!.renderings[0]!.term, enLang)).toBe(termKey('Member States', enLang));
    const dp = find('protezione dei dati');
    expect(dp).toBeDefined();
    expect(dp!.frequency).toBe(3);
    expect(dp!.renderings.map((r) => termKey(r.term, enLang))).toContain(termKey('data protection', enLang));
  });
});
