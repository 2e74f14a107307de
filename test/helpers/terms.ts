/**
 * Test helpers for term extraction: build an Alignment by hand, without the
 * document parser or the aligner, so that pairing can be tested on its own.
 */
import type { Alignment, Block, Document, LinkType, SentenceLink, Segment, TranslationTable } from '../../src/types.js';

/** One side of a hand-built pair: the text, and optionally the raw text it came from (markup included). */
export type Side = string | { text: string; raw: string };

function buildDoc(lang: string, units: Side[][], labels: Array<string | undefined>): Document {
  let text = '';
  const blocks: Block[] = [];
  const segments: Segment[] = [];
  units.forEach((sentences, bi) => {
    if (bi > 0) text += '\n\n';
    const blockStart = text.length;
    const segIdx: number[] = [];
    sentences.forEach((s, k) => {
      if (k > 0) text += ' ';
      const clean = typeof s === 'string' ? s : s.text;
      const raw = typeof s === 'string' ? s : s.raw;
      const start = text.length;
      text += raw;
      segIdx.push(segments.length);
      segments.push({ index: segments.length, block: bi, ordinal: k + 1, span: { start, end: text.length }, text: clean, markers: [] });
    });
    const label = labels[bi];
    blocks.push({ index: bi, kind: 'paragraph', ...(label !== undefined ? { label } : {}), span: { start: blockStart, end: text.length }, segments: segIdx });
  });
  return { lang, text, format: 'plain', blocks, segments, warnings: [] };
}

/**
 * An Alignment from blocks of sentence pairs: `blocks[i]` is a list of
 * `[source, target]` sentence pairs, one sentence link each, in block i
 * (labelled `labels[i]`, default `String(i + 1)`).
 */
export function alignmentFromBlocks(
  blocks: Array<Array<[Side, Side]>>,
  opts: { srcLang?: string; tgtLang?: string; labels?: Array<string | undefined>; lexicon?: TranslationTable } = {},
): Alignment {
  const labels = opts.labels ?? blocks.map((_, i) => String(i + 1));
  const source = buildDoc(opts.srcLang ?? 'de', blocks.map((b) => b.map((p) => p[0])), labels);
  const target = buildDoc(opts.tgtLang ?? 'en', blocks.map((b) => b.map((p) => p[1])), labels);
  const sentences: SentenceLink[] = [];
  const paragraphs: Alignment['paragraphs'] = [];
  let seg = 0;
  blocks.forEach((b, bi) => {
    const label = labels[bi];
    const lab = label !== undefined ? [label] : [];
    paragraphs.push({ id: label !== undefined ? `p${label}` : `b${bi}`, src: [bi], tgt: [bi], type: '1-1', confidence: 1, labels: { src: lab, tgt: lab } });
    b.forEach((_, k) => {
      sentences.push({
        id: `${label !== undefined ? `p${label}` : `b${bi}`}.s${k + 1}`,
        src: [seg],
        tgt: [seg],
        type: '1-1' as LinkType,
        confidence: 1,
        labels: { src: lab, tgt: lab },
        paragraph: bi,
      });
      seg++;
    });
  });
  return { source, target, paragraphs, sentences, lexicon: opts.lexicon ?? new Map(), warnings: [] };
}

/** An Alignment with one block per sentence pair. */
export function alignmentFromPairs(pairs: Array<[Side, Side]>, opts: { srcLang?: string; tgtLang?: string; lexicon?: TranslationTable } = {}): Alignment {
  return alignmentFromBlocks(pairs.map((p) => [p]), opts);
}

/** A gold term pair, folded. */
export interface GoldPair {
  de: string;
  en: string;
  tier: 'core' | 'also';
}

/** Read test/gold/council-terms.tsv: `de<TAB>en` lines, `#@ core` / `#@ also` switch tiers, `#` comments. */
export function parseGold(tsv: string): GoldPair[] {
  const out: GoldPair[] = [];
  let tier: GoldPair['tier'] = 'core';
  for (const line of tsv.split('\n')) {
    const directive = /^#@\s*(core|also)\b/.exec(line);
    if (directive) {
      tier = directive[1] as GoldPair['tier'];
      continue;
    }
    const body = line.replace(/#.*$/, '').trim();
    if (!body) continue;
    const [de, en] = body.split('\t').map((s) => s.trim());
    if (de && en) out.push({ de, en, tier });
  }
  return out;
}

/** Precision among the top `n` terms (main rendering) and recall of the core gold pairs (any rendering), after folding. */
export function scoreAgainstGold(
  terms: ReadonlyArray<{ source: string; renderings: ReadonlyArray<{ term: string }> }>,
  gold: readonly GoldPair[],
  fold: { src: (s: string) => string; tgt: (s: string) => string },
  n = 40,
): { precision: number; recall: number; wrong: string[]; missing: string[] } {
  const key = (s: string, t: string): string => `${fold.src(s)}\t${fold.tgt(t)}`;
  const all = new Set(gold.map((g) => key(g.de, g.en)));
  const top = terms.slice(0, n).filter((t) => t.renderings.length > 0);
  const wrong = top.filter((t) => !all.has(key(t.source, t.renderings[0]!.term))).map((t) => `${t.source} = ${t.renderings[0]!.term}`);
  const found = new Set(terms.flatMap((t) => t.renderings.map((r) => key(t.source, r.term))));
  const core = gold.filter((g) => g.tier === 'core');
  const missing = core.filter((g) => !found.has(key(g.de, g.en))).map((g) => `${g.de} = ${g.en}`);
  return {
    precision: top.length === 0 ? 0 : (top.length - wrong.length) / top.length,
    recall: core.length === 0 ? 0 : (core.length - missing.length) / core.length,
    wrong,
    missing,
  };
}
