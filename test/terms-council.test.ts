/**
 * Acceptance: term extraction on the shipped Council pair (corpora/, in the
 * repository), through the real parser and aligner, against the gold list
 * test/gold/council-terms.tsv written by reading both texts.
 *
 * "Top 40" = the first 40 terms of the termbase (ranked by confidence), each
 * with its main (most frequent) rendering; a pair is correct when it is in
 * either tier of the gold list after folding (termKey). Recall counts the core
 * tier, a gold pair being found when it is any rendering of the term.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';
import { extractTerms, termKey } from '../src/terms/index.js';
import type { Alignment, Term, Termbase } from '../src/types.js';
import { parseGold, scoreAgainstGold } from './helpers/terms.js';
import { councilAlignment } from './helpers/checks.js';
import { align } from '../src/align/index.js';

const root = path.resolve(__dirname, '..');
const corpus = path.join(root, 'corpora/council-conclusions-2019');

let alignment: Alignment;
let tb: Termbase;

beforeAll(() => {
  alignment = councilAlignment();
  tb = extractTerms(alignment);
});

const term = (source: string): Term | undefined => tb.terms.find((t) => termKey(t.source, de) === termKey(source, de));
const renderings = (t: Term | undefined): Record<string, number> => Object.fromEntries((t?.renderings ?? []).map((r) => [termKey(r.term, en), r.count]));

describe('Council conclusions 2019, de → en', () => {
  it('meets precision >= 0.9 among the top 40 pairs and recall >= 0.9 of the core gold list', () => {
    const gold = parseGold(readFileSync(path.join(root, 'test/gold/council-terms.tsv'), 'utf8'));
    expect(gold.filter((g) => g.tier === 'core').length).toBeGreaterThanOrEqual(40);
    const s = scoreAgainstGold(tb.terms, gold, { src: (x) => termKey(x, de), tgt: (x) => termKey(x, en) });
    // printed so that a regression shows what changed
    console.log(`terms: ${tb.terms.length}, P@40 ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}\n  wrong: ${s.wrong.join('; ')}\n  missing: ${s.missing.join('; ')}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('Branche is industry ×4 and the sector ×1 (p13)', () => {
    const t = term('Branche');
    expect(renderings(t)).toEqual({ [termKey('industry', en)]: 4, [termKey('sector', en)]: 1 });
    const sector = t!.renderings.find((r) => termKey(r.term, en) === 'sector')!;
    expect(sector.contexts[0]!.label).toBe('13');
    const span = sector.contexts[0]!.tgt!;
    expect(alignment.target.text.slice(span.start - 4, span.end)).toBe('the sector');
  });

  it('Online-Liveübertragung von Kindesmissbrauch has both renderings, once each (p18, p24)', () => {
    const t = term('Online-Liveübertragung von Kindesmissbrauch');
    expect(renderings(t)).toEqual({ [termKey('live streaming of child sexual abuse', en)]: 1, [termKey('live-distant child abuse', en)]: 1 });
    const labels = Object.fromEntries(t!.renderings.map((r) => [r.term, r.contexts.map((c) => c.label)]));
    expect(labels['live streaming of child sexual abuse']).toEqual(['18']);
    expect(labels['live-distant child abuse']).toEqual(['24']);
  });

  it('Strafverfolgungsbehörden is law enforcement authorities, and law enforcement agencies in p13', () => {
    const t = term('Strafverfolgungsbehörden');
    const r = renderings(t);
    expect(r[termKey('law enforcement authorities', en)]).toBeGreaterThanOrEqual(2);
    expect(r[termKey('law enforcement agencies', en)]).toBe(1);
    expect(t!.renderings[0]!.term).toBe('law enforcement authorities');
    const agencies = t!.renderings.find((x) => termKey(x.term, en) === termKey('law enforcement agencies', en))!;
    expect(agencies.contexts.map((c) => c.label)).toEqual(['13']);
  });

  it.each([
    ['Vorratsdatenspeicherung', 'data retention', 2],
    ['Darstellungen von sexuellem Missbrauch von Kindern', 'child sexual abuse material', 6],
  ])('%s = %s (×%i or more)', (s, t, n) => {
    expect(renderings(term(s))[termKey(t, en)]).toBeGreaterThanOrEqual(n);
  });

  it('every context points at a variant of the term in both documents', () => {
    for (const t of tb.terms) {
      for (const r of t.renderings) {
        expect(r.contexts).toHaveLength(r.count);
        for (const c of r.contexts) {
          expect(t.sourceVariants).toContain(alignment.source.text.slice(c.src!.start, c.src!.end).replace(/\s+/g, ' '));
          expect(r.variants).toContain(alignment.target.text.slice(c.tgt!.start, c.tgt!.end).replace(/\s+/g, ' '));
        }
      }
    }
  });
});

describe('Council conclusions 2019, en → de (the other direction)', () => {
  let back: Termbase;
  beforeAll(() => {
    back = extractTerms(align(readFileSync(path.join(corpus, 'en.md'), 'utf8'), readFileSync(path.join(corpus, 'de.md'), 'utf8'), { srcLang: 'en', tgtLang: 'de' }));
  });
  it.each([
    ['data retention', 'Vorratsdatenspeicherung'],
    ['Member States', 'Mitgliedstaaten'],
    ['child sexual abuse material', 'Darstellungen von sexuellem Missbrauch von Kindern'],
    ['Council of Europe Convention', 'Übereinkommen des Europarates'],
  ])('%s = %s', (s, t) => {
    const term = back.terms.find((x) => termKey(x.source, en) === termKey(s, en));
    expect(term?.renderings.map((r) => termKey(r.term, de))).toContain(termKey(t, de));
  });
});
