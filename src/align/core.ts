/**
 * Aligning two parsed Documents: paragraph links, then sentence links within
 * each paragraph link, with the word-translation table learnt on the way.
 */
import { getLanguage } from '../lang/index.js';
import type { LanguageData } from '../lang/types.js';
import type { Alignment, Block, Document, Link, LinkType, SentenceLink, Warning } from '../types.js';
import type { Bead } from './dp.js';
import { Engine } from './engine.js';
import type { ResolvedOptions } from './options.js';
import { alignBlocks, type BlockLink } from './paragraphs.js';
import { joinCrossing } from './refine.js';
import { beadsToLinks, bootstrap, type Range } from './sentences.js';

function blockText(doc: Document, b: Block): string {
  return b.segments.map((s) => doc.segments[s]?.text ?? '').join(' ');
}

/** Paragraph link ids: `p<label>` (source label, else target label), else `b<src block>` / `t<tgt block>`; unique. */
function paragraphIds(source: Document, target: Document, links: readonly BlockLink[]): string[] {
  const used = new Set<string>();
  return links.map((l) => {
    const sLabel = l.src.map((i) => source.blocks[i]?.label).find((x) => x !== undefined);
    const tLabel = l.tgt.map((i) => target.blocks[i]?.label).find((x) => x !== undefined);
    const label = sLabel ?? tLabel;
    let id = label !== undefined ? `p${label}` : undefined;
    if (id === undefined || used.has(id)) id = l.src.length > 0 ? `b${l.src[0]}` : `t${l.tgt[0]}`;
    used.add(id);
    return id;
  });
}

/**
 * A source-only paragraph link next to a target-only one may be a pair
 * whose paragraph-level evidence was too weak (very unequal lengths, few
 * shared anchors): align their sentences together, and keep them as one
 * 1-1 link when most of their sentences then find partners.
 */
function joinNullPairs(source: Document, target: Document, engine: Engine, links: BlockLink[], ranges: Range[], beads: Bead[][], band: number | 'full'): [BlockLink[], Range[], Bead[][]] {
  const outL: BlockLink[] = [];
  const outR: Range[] = [];
  const outB: Bead[][] = [];
  const isNote = (doc: Document, b: number | undefined): boolean => b !== undefined && doc.blocks[b]?.kind === 'footnote';
  for (let k = 0; k < links.length; k++) {
    const x = links[k] as BlockLink;
    const y = links[k + 1];
    const pair = y !== undefined && x.src.length + y.src.length === 1 && x.tgt.length + y.tgt.length === 1 && x.src.length !== y.src.length;
    if (pair && y) {
      const sb = x.src[0] ?? y.src[0];
      const tb = x.tgt[0] ?? y.tgt[0];
      if (sb !== undefined && tb !== undefined && isNote(source, sb) === isNote(target, tb)) {
        const r: Range = { src: source.blocks[sb]?.segments ?? [], tgt: target.blocks[tb]?.segments ?? [] };
        const bs = engine.alignRange(r.src, r.tgt, { band }).beads;
        let linkedS = 0;
        let linkedT = 0;
        for (const bd of bs) {
          if (bd.a > 0 && bd.b > 0) {
            linkedS += bd.a;
            linkedT += bd.b;
          }
        }
        if (linkedS * 2 >= r.src.length && linkedT * 2 >= r.tgt.length && r.src.length > 0 && r.tgt.length > 0) {
          outL.push({ src: [sb], tgt: [tb], confidence: Math.min(x.confidence, y.confidence, 0.5) });
          outR.push(r);
          outB.push(bs);
          k++;
          continue;
        }
      }
    }
    outL.push(x);
    outR.push(ranges[k] as Range);
    outB.push(beads[k] ?? []);
  }
  return [outL, outR, outB];
}

/** Align two Documents whose languages are already settled. */
export function alignDocuments(source: Document, target: Document, srcLang: LanguageData, tgtLang: LanguageData, opts: ResolvedOptions, warnings: Warning[]): Alignment {
  const t = opts.tuning;
  const progress = opts.progress;
  // Sentence features first: the block level works on the same vocabulary, so
  // the lexicon learnt at the sentence level serves the block level too.
  const engine = new Engine(
    srcLang,
    tgtLang,
    source.segments.map((s) => s.text),
    target.segments.map((s) => s.text),
    t,
    opts.dictionary,
  );
  const trivial = source.blocks.length <= 1 && target.blocks.length <= 1;
  const blockEngine = trivial
    ? undefined
    : engine.grouped(
        source.blocks.map((b) => b.segments),
        target.blocks.map((b) => b.segments),
        { ...t, variance: t.blockVariance, lengthCap: t.blockLengthCap, nullMassCost: t.blockNullMassCost, weakMergeCost: t.mergeCost, lexWeight: t.blockLexWeight, lexRatioWeight: t.blockLexRatioWeight, lexSmoothing: t.blockLexSmoothing, lexUnitWeight: t.blockLexUnitWeight, learnRounds: 0 },
      );
  const alignParagraphs = (): BlockLink[] => {
    if (!blockEngine) {
      // Nothing to choose at the paragraph level.
      if (source.blocks.length + target.blocks.length === 0) return [];
      return [{ src: source.blocks.map((b) => b.index), tgt: target.blocks.map((b) => b.index), confidence: source.blocks.length && target.blocks.length ? 1 : 0 }];
    }
    return alignBlocks(source, target, blockEngine, t, opts.band);
  };
  const rangesOf = (links: readonly BlockLink[]): Range[] =>
    links.map((l) => ({
      src: l.src.flatMap((i) => source.blocks[i]?.segments ?? []),
      tgt: l.tgt.flatMap((i) => target.blocks[i]?.segments ?? []),
    }));
  // 1. paragraphs by structure, length and anchors; 2. sentences within them,
  // learning the lexicon; 3. paragraphs again with the lexicon (which may
  // override renumbered labels); 4. sentences again where paragraphs changed.
  let blockLinks = alignParagraphs();
  let ranges = rangesOf(blockLinks);
  const repass = blockEngine !== undefined && t.learnRounds > 0;
  // progress units: each range of each bootstrap pass, plus the first pass's range count for the re-pass
  const bootTotal = ranges.length * (t.learnRounds + 1);
  const total = bootTotal + (repass ? ranges.length : 0);
  let reported = 0;
  const report = (done: number): void => {
    if (progress && done > reported) {
      reported = done;
      progress(done, total);
    }
  };
  let beads = bootstrap(engine, ranges, { band: opts.band, progress: (d) => report(d) });
  if (repass && blockEngine) {
    blockEngine.adoptLexicon(engine);
    const again = alignParagraphs();
    const key = (l: BlockLink): string => `${l.src.join(',')}:${l.tgt.join(',')}`;
    const before = new Map(blockLinks.map((l, k) => [key(l), k]));
    const newRanges = rangesOf(again);
    beads = again.map((l, k) => {
      const old = before.get(key(l));
      const r = newRanges[k] as Range;
      const result = old !== undefined ? (beads[old] ?? []) : engine.alignRange(r.src, r.tgt, { band: opts.band }).beads;
      report(bootTotal + Math.floor(((total - bootTotal) * (k + 1)) / again.length));
      return result;
    });
    blockLinks = again;
    ranges = newRanges;
  }
  if (blockEngine) [blockLinks, ranges, beads] = joinNullPairs(source, target, engine, blockLinks, ranges, beads, opts.band);
  report(total);
  const pids = paragraphIds(source, target, blockLinks);
  const paragraphs: Link[] = blockLinks.map((l, k) => ({
    id: pids[k] as string,
    src: l.src,
    tgt: l.tgt,
    type: `${l.src.length}-${l.tgt.length}` as LinkType,
    confidence: l.confidence,
    labels: {
      src: l.src.map((i) => source.blocks[i]?.label).filter((x): x is string => x !== undefined),
      tgt: l.tgt.map((i) => target.blocks[i]?.label).filter((x): x is string => x !== undefined),
    },
  }));

  const sentences: SentenceLink[] = [];
  const srcLabelOf = (seg: number): string | undefined => source.blocks[source.segments[seg]?.block ?? -1]?.label;
  const tgtLabelOf = (seg: number): string | undefined => target.blocks[target.segments[seg]?.block ?? -1]?.label;
  ranges.forEach((r, p) => {
    const links = beadsToLinks(engine, r, joinCrossing(engine, r, beads[p] ?? [], t));
    links.forEach((l, k) => {
      sentences.push({
        id: `${pids[p]}.s${k + 1}`,
        src: l.src,
        tgt: l.tgt,
        type: l.type,
        confidence: l.confidence,
        labels: {
          src: [...new Set(l.src.map(srcLabelOf).filter((x): x is string => x !== undefined))],
          tgt: [...new Set(l.tgt.map(tgtLabelOf).filter((x): x is string => x !== undefined))],
        },
        paragraph: p,
      });
    });
  });
  return {
    source,
    target,
    paragraphs,
    sentences,
    lexicon: engine.lexicon(opts.dictionary),
    warnings,
  };
}

/** Language data for a code, as used by the aligner. */
export function languageData(code: string): LanguageData {
  return getLanguage(code);
}
