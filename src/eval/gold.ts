/**
 * Offset-free gold alignments for structured documents (the Council pair and
 * its edited copies): blocks named by label or by a text prefix, sentences by
 * text prefixes. `resolveGold` maps such a gold onto two parsed Documents,
 * giving paragraph groups (block indices) and sentence groups (segment
 * indices) that `compareToGold` and the scorer can use. A gold that does not
 * fit the documents yields `problems`, not an exception: text is handled
 * leniently; only a malformed gold object throws.
 */
import { ParalignError, describe as describeValue, optionError } from '../errors.js';
import type { Alignment, BlockKind, Document } from '../types.js';
import type { Group } from './score.js';

/** A block named in a gold file: by `label`, else by `prefix` (with `kind`/`ordinal` to break ties). */
export interface GoldBlockRef {
  /** Structural label: '7a', 'fn3', 'date', '12'. */
  label?: string;
  /** Block kind, preferred when a prefix matches several blocks. */
  kind?: BlockKind;
  /** 1-based position among the unlabelled blocks of `kind`, the last tie-breaker. */
  ordinal?: number;
  /** Start of the block's clean text (compared after {@link normalizeForMatch}). */
  prefix?: string;
}

/** A sentence link: prefixes of the source and target sentences (either list may be empty). */
export interface GoldSentenceLink {
  src: string[];
  tgt: string[];
}

/** A paragraph link: one block, several blocks, or none (`null`) on each side. */
export interface GoldLink {
  src: GoldBlockRef | GoldBlockRef[] | null;
  tgt: GoldBlockRef | GoldBlockRef[] | null;
  /** Sentence links inside this paragraph link; absent when the gold does not say. */
  sentences?: GoldSentenceLink[];
}

/** A whole gold file. */
export interface GoldAlignment {
  description?: string;
  source?: { file?: string; lang?: string };
  target?: { file?: string; lang?: string };
  links: GoldLink[];
}

/** The gold mapped onto two documents. */
export interface ResolvedGold {
  /** Paragraph links as groups of block indices, in gold order. */
  paragraphs: Group[];
  /** Sentence links as groups of segment indices (duplicates collapsed), in gold order. */
  sentences: Group[];
  /** Per paragraph link, the indices into `sentences` of its sentence links (empty when the gold gives none). */
  sentencesByParagraph: number[][];
  /** Everything that did not resolve, as readable messages. Empty when the gold fits. */
  problems: string[];
}

/** Options of {@link resolveGold}. */
export interface ResolveGoldOptions {
  /** File name of the gold, named in error messages. Default: none. */
  file?: string;
}

/**
 * Text as compared with gold prefixes: NFC, lower case, footnote markup and
 * link residue removed, escapes undone, leading list numbering (`1.`, `- (a)`,
 * `a.`) and heading/bold marks removed, white space folded.
 */
export function normalizeForMatch(text: string): string {
  let t = text.normalize('NFC');
  t = t.replace(/<sup>[^<]*<\/sup>/g, '');
  t = t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  t = t.replace(/\\([()[\]*_#.\\-])/g, '$1');
  t = t.replace(/\*\*/g, '');
  t = t.replace(/\s+/g, ' ').trim();
  t = t.replace(/^#+\s*/, '');
  t = t.replace(/^(?:\d+\.\s+)?(?:-\s+)?(?:\([a-z]\)\s+|[a-z]\.\s+)?/, '');
  return t.toLowerCase();
}

function asList(side: GoldBlockRef | GoldBlockRef[] | null): GoldBlockRef[] {
  if (side === null) return [];
  return Array.isArray(side) ? side : [side];
}

function refName(ref: GoldBlockRef): string {
  if (ref.label !== undefined) return `label ${JSON.stringify(ref.label)}`;
  return `${ref.kind ?? 'block'} ${JSON.stringify(ref.prefix ?? '')}`;
}

function checkGold(gold: unknown, file: string | undefined): asserts gold is GoldAlignment {
  const fail = (what: string, found: unknown): never => {
    throw new ParalignError('E_FORMAT', `gold alignment: expected ${what}, found ${describeValue(found)}`, file);
  };
  if (gold === null || typeof gold !== 'object') fail('an object with "links"', gold);
  const links = (gold as { links?: unknown }).links;
  if (!Array.isArray(links)) fail('"links" to be an array', links);
  (links as unknown[]).forEach((link, i) => {
    if (link === null || typeof link !== 'object') fail(`links[${i}] to be an object`, link);
    const l = link as Record<string, unknown>;
    for (const side of ['src', 'tgt']) {
      const v = l[side];
      const refs = v === null ? [] : Array.isArray(v) ? v : [v];
      for (const r of refs as unknown[]) {
        if (r === null || typeof r !== 'object') fail(`links[${i}].${side} to be a block reference, a list of them or null`, r);
        const ref = r as Record<string, unknown>;
        if (typeof ref.label !== 'string' && typeof ref.prefix !== 'string') fail(`links[${i}].${side} to have a "label" or a "prefix"`, r);
      }
    }
    if (l.sentences !== undefined) {
      if (!Array.isArray(l.sentences)) fail(`links[${i}].sentences to be an array`, l.sentences);
      for (const s of l.sentences as unknown[]) {
        const ok =
          s !== null &&
          typeof s === 'object' &&
          ['src', 'tgt'].every((k) => {
            const list = (s as Record<string, unknown>)[k];
            return Array.isArray(list) && list.every((p) => typeof p === 'string');
          });
        if (!ok) fail(`links[${i}].sentences entries { src: string[], tgt: string[] }`, s);
      }
    }
  });
}

class DocIndex {
  readonly blockText: string[];
  readonly segText: string[];
  constructor(readonly doc: Document) {
    this.segText = doc.segments.map((s) => normalizeForMatch(s.text));
    this.blockText = doc.blocks.map((b) =>
      b.segments.length > 0
        ? b.segments.map((i) => this.segText[i] ?? '').join(' ')
        : normalizeForMatch(doc.text.slice(b.span.start, b.span.end)),
    );
  }

  /** Resolve a block reference to a block index, or a problem message. */
  block(ref: GoldBlockRef): number | string {
    const blocks = this.doc.blocks;
    if (ref.label !== undefined) {
      const hits = blocks.filter((b) => b.label === ref.label);
      if (hits.length === 1) return hits[0]!.index;
      if (hits.length === 0 && ref.prefix === undefined) return `no block with ${refName(ref)}`;
      if (hits.length > 1) return `${hits.length} blocks with ${refName(ref)}`;
    }
    const prefix = normalizeForMatch(ref.prefix ?? '');
    let hits = blocks.filter((b) => (this.blockText[b.index] ?? '').startsWith(prefix));
    if (hits.length > 1 && ref.kind !== undefined) {
      const ofKind = hits.filter((b) => b.kind === ref.kind);
      if (ofKind.length > 0) hits = ofKind;
    }
    if (hits.length > 1) {
      const unlabelled = hits.filter((b) => b.label === undefined);
      if (unlabelled.length > 0) hits = unlabelled;
    }
    if (hits.length > 1 && ref.kind !== undefined && ref.ordinal !== undefined) {
      const ofKind = blocks.filter((b) => b.kind === ref.kind && b.label === undefined);
      const want = ofKind[ref.ordinal - 1];
      if (want && hits.includes(want)) hits = [want];
    }
    if (hits.length === 1) return hits[0]!.index;
    return hits.length === 0 ? `no block starts with ${JSON.stringify(ref.prefix ?? '')}` : `${hits.length} blocks start with ${JSON.stringify(ref.prefix ?? '')}`;
  }

  /** Resolve a sentence prefix among the given segments. */
  segment(prefix: string, within: number[]): number | string {
    const p = normalizeForMatch(prefix);
    const starts = within.filter((i) => (this.segText[i] ?? '').startsWith(p));
    if (starts.length === 1) return starts[0]!;
    if (starts.length === 0) {
      const contains = within.filter((i) => (this.segText[i] ?? '').includes(p));
      if (contains.length === 1) return contains[0]!;
      if (contains.length === 0) return `no segment starts with ${JSON.stringify(prefix)}`;
    }
    return `several segments match ${JSON.stringify(prefix)}`;
  }
}

const keyOf = (g: Group): string => `${g.src.join(',')}:${g.tgt.join(',')}`;

/** Map a gold alignment onto a source and a target document. */
export function resolveGold(gold: GoldAlignment, source: Document, target: Document, options: ResolveGoldOptions = {}): ResolvedGold {
  if (options === null || typeof options !== 'object') optionError('options', 'an object', options);
  if (options.file !== undefined && typeof options.file !== 'string') optionError('file', 'a string', options.file);
  checkGold(gold, options.file);
  const sides = { src: new DocIndex(source), tgt: new DocIndex(target) };
  const problems: string[] = [];
  const paragraphs: Group[] = [];
  const sentences: Group[] = [];
  const sentencesByParagraph: number[][] = [];
  const seen = new Map<string, number>();

  gold.links.forEach((link, li) => {
    const blocks: Group = { src: [], tgt: [] };
    for (const side of ['src', 'tgt'] as const) {
      for (const ref of asList(link[side])) {
        const r = sides[side].block(ref);
        if (typeof r === 'string') problems.push(`links[${li}].${side}: ${r}`);
        else blocks[side].push(r);
      }
      blocks[side].sort((a, b) => a - b);
    }
    paragraphs.push(blocks);
    const mine: number[] = [];
    for (const [si, sl] of (link.sentences ?? []).entries()) {
      const group: Group = { src: [], tgt: [] };
      let ok = true;
      for (const side of ['src', 'tgt'] as const) {
        const within = blocks[side].flatMap((b) => (side === 'src' ? source : target).blocks[b]?.segments ?? []);
        for (const prefix of sl[side]) {
          const r = sides[side].segment(prefix, within);
          if (typeof r === 'string') {
            problems.push(`links[${li}].sentences[${si}].${side}: ${r} in ${asList(link[side]).map(refName).join(' + ') || 'no block'}`);
            ok = false;
          } else if (!group[side].includes(r)) group[side].push(r);
        }
        group[side].sort((a, b) => a - b);
      }
      if (!ok) continue;
      const key = keyOf(group);
      const at = seen.get(key);
      if (at !== undefined) {
        if (!mine.includes(at)) mine.push(at);
        continue;
      }
      seen.set(key, sentences.length);
      mine.push(sentences.length);
      sentences.push(group);
    }
    sentencesByParagraph.push(mine);
  });
  return { paragraphs, sentences, sentencesByParagraph, problems };
}

/** Differences between an alignment and a resolved gold, as groups and readable lines. */
export interface GoldComparison {
  /** Gold paragraph links absent from the alignment. */
  missingParagraphs: Group[];
  /** Alignment paragraph links absent from the gold (only those touching a block the gold names). */
  extraParagraphs: Group[];
  /** Gold sentence links absent from the alignment. */
  missingSentences: Group[];
  /** Alignment sentence links absent from the gold (only those touching a segment the gold names). */
  extraSentences: Group[];
  /** One readable line per difference, with the texts involved. */
  report: string[];
}

function show(doc: Document, ids: number[], unit: 'block' | 'segment'): string {
  if (ids.length === 0) return '∅';
  return ids
    .map((i) => {
      if (unit === 'block') {
        const b = doc.blocks[i];
        const first = b?.segments[0] !== undefined ? doc.segments[b.segments[0]]?.text ?? '' : '';
        return `[${b?.label ?? b?.kind ?? '?'}] ${first.slice(0, 40)}`;
      }
      return JSON.stringify((doc.segments[i]?.text ?? '').slice(0, 40));
    })
    .join(' + ');
}

/**
 * Compare an alignment's paragraph and sentence links with a resolved gold.
 * Links are compared as sets of index groups (ids within a group sorted).
 */
export function compareToGold(alignment: Alignment, gold: ResolvedGold): GoldComparison {
  if (alignment === null || typeof alignment !== 'object' || !Array.isArray(alignment.paragraphs)) {
    optionError('alignment', 'an Alignment', alignment);
  }
  const sorted = (g: { src: number[]; tgt: number[] }): Group => ({
    src: [...g.src].sort((a, b) => a - b),
    tgt: [...g.tgt].sort((a, b) => a - b),
  });
  const diff = (pred: Group[], want: Group[]) => {
    const predKeys = new Set(pred.map(keyOf));
    const wantKeys = new Set(want.map(keyOf));
    const covered = { src: new Set(want.flatMap((g) => g.src)), tgt: new Set(want.flatMap((g) => g.tgt)) };
    return {
      missing: want.filter((g) => !predKeys.has(keyOf(g))),
      extra: pred.filter((g) => !wantKeys.has(keyOf(g)) && (g.src.some((i) => covered.src.has(i)) || g.tgt.some((i) => covered.tgt.has(i)))),
    };
  };
  const p = diff(alignment.paragraphs.map(sorted), gold.paragraphs);
  const s = diff(alignment.sentences.map(sorted), gold.sentences);
  const { source, target } = alignment;
  const report = [
    ...p.missing.map((g) => `missing paragraph link ${show(source, g.src, 'block')} ⇔ ${show(target, g.tgt, 'block')}`),
    ...p.extra.map((g) => `unexpected paragraph link ${show(source, g.src, 'block')} ⇔ ${show(target, g.tgt, 'block')}`),
    ...s.missing.map((g) => `missing sentence link ${show(source, g.src, 'segment')} ⇔ ${show(target, g.tgt, 'segment')}`),
    ...s.extra.map((g) => `unexpected sentence link ${show(source, g.src, 'segment')} ⇔ ${show(target, g.tgt, 'segment')}`),
  ];
  return { missingParagraphs: p.missing, extraParagraphs: p.extra, missingSentences: s.missing, extraSentences: s.extra, report };
}

/**
 * The "nothing is lost" invariant of an alignment, as readable problems:
 * every block in exactly one paragraph link and every segment in exactly one
 * sentence link, on each side; every id in range; each link's `type` matching
 * its sides; each sentence link inside the blocks of its paragraph link.
 * Empty when the alignment is sound.
 */
export function coverageProblems(alignment: Alignment): string[] {
  if (alignment === null || typeof alignment !== 'object' || !Array.isArray(alignment.paragraphs) || !Array.isArray(alignment.sentences)) {
    optionError('alignment', 'an Alignment', alignment);
  }
  const problems: string[] = [];
  const count = (what: string, n: number, lists: number[][]) => {
    const seen = new Array<number>(n).fill(0);
    for (const list of lists) {
      for (const i of list) {
        if (!Number.isInteger(i) || i < 0 || i >= n) problems.push(`${what} ${i} out of range (0..${n - 1})`);
        else seen[i] = (seen[i] ?? 0) + 1;
      }
    }
    seen.forEach((c, i) => {
      if (c !== 1) problems.push(`${what} ${i} appears ${c} times`);
    });
  };
  const { source, target, paragraphs, sentences } = alignment;
  count('source block', source.blocks.length, paragraphs.map((l) => l.src));
  count('target block', target.blocks.length, paragraphs.map((l) => l.tgt));
  count('source segment', source.segments.length, sentences.map((l) => l.src));
  count('target segment', target.segments.length, sentences.map((l) => l.tgt));
  for (const l of [...paragraphs, ...sentences]) {
    if (l.type !== `${l.src.length}-${l.tgt.length}`) problems.push(`link ${l.id} has type ${l.type} but ${l.src.length}-${l.tgt.length} units`);
  }
  for (const s of sentences) {
    const p = paragraphs[s.paragraph];
    if (!p) {
      problems.push(`sentence link ${s.id} points to paragraph link ${s.paragraph}, which does not exist`);
      continue;
    }
    const outside =
      s.src.some((i) => !p.src.includes(source.segments[i]?.block ?? -1)) || s.tgt.some((i) => !p.tgt.includes(target.segments[i]?.block ?? -1));
    if (outside) problems.push(`sentence link ${s.id} has segments outside paragraph link ${p.id}`);
  }
  return problems;
}
