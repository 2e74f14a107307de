/**
 * Termbase → TBX (ISO 30042:2019), dialect TBX-Basic, DCA style.
 *
 * One `conceptEntry` per term (`id` = the term id, `c1`…), one `langSec` per
 * language, one `termSec` for the source term and one per rendering. Data
 * categories are TBX-Basic ones: `partOfSpeech` (always `noun`: paralign
 * extracts nouns and noun phrases), `administrativeStatus` (preferred,
 * admitted, deprecated; TBX-Basic has no value for 'proposed', so a proposed
 * term gets no status and a note `status: proposed`; 'forbidden' is written
 * as deprecated with a note `status: forbidden`), `context` in a `descripGrp`
 * with an `admin type="source"` that names the sentence link, the paragraph
 * and the character spans. paralign's own data (counts, variants, scores)
 * goes into `note`s of the form `key: value`, which {@link readGlossary}
 * reads back: `frequency`, `score`, `confidence` on the entry, `count`,
 * `variants`, `pos`, `status` on a termSec. Any other note is free text. The
 * language pair is also stated in a `sourceDesc` paragraph `languages: de en`,
 * so that a termbase without renderings keeps its target language.
 */
import { create } from 'xmlbuilder2';
import { optionError } from '../errors.js';
import type { Document, Rendering, Span, Term, TermContext, Termbase, TermStatus } from '../types.js';

/** The TBX namespace of ISO 30042:2019. */
export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

/** Options of {@link toTbx}. */
export interface TbxOptions {
  /** The source document, to write each context's sentence (else only its reference). Default: none. */
  source?: Document;
  /** The target document, likewise. Default: none. */
  target?: Document;
  /** At most this many contexts per termSec (the first ones). Default: all. */
  maxContexts?: number;
  /** Title of the termbase (`titleStmt`). Default: `Termbase {src}-{tgt}`. */
  title?: string;
  /** Text of the `sourceDesc` paragraph. Default: a sentence naming paralign. */
  sourceDesc?: string;
}

const STATUS_TO_TBX: Record<TermStatus, string | undefined> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
  proposed: undefined,
};

type XmlObj = Record<string, unknown>;

function checkOptions(o: unknown): TbxOptions {
  if (o === undefined) return {};
  if (typeof o !== 'object' || o === null || Array.isArray(o)) optionError('options', 'an object', o);
  const opts = o as Record<string, unknown>;
  const known = ['source', 'target', 'maxContexts', 'title', 'sourceDesc'];
  for (const k of Object.keys(opts)) if (!known.includes(k)) optionError(k, `one of ${known.join(', ')}`, k);
  const mc = opts.maxContexts;
  if (mc !== undefined && (typeof mc !== 'number' || !Number.isInteger(mc) || mc < 0)) optionError('maxContexts', 'an integer >= 0', mc);
  for (const k of ['title', 'sourceDesc']) {
    if (opts[k] !== undefined && typeof opts[k] !== 'string') optionError(k, 'a string', opts[k]);
  }
  for (const k of ['source', 'target']) {
    const d = opts[k] as { text?: unknown } | undefined;
    if (d !== undefined && (typeof d !== 'object' || d === null || typeof d.text !== 'string')) optionError(k, 'a Document', d);
  }
  return opts as TbxOptions;
}

/** XML 1.0 text: characters XML does not allow removed. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** The machine-readable reference of a context: `link p13.s1; label 13; src 120-127; tgt 98-106`. */
export function contextReference(c: TermContext): string {
  const parts = [`link ${c.link}`];
  if (c.label !== undefined) parts.push(`label ${c.label}`);
  if (c.src) parts.push(`src ${c.src.start}-${c.src.end}`);
  if (c.tgt) parts.push(`tgt ${c.tgt.start}-${c.tgt.end}`);
  return parts.join('; ');
}

/** The sentence of `doc` around `span` (the segment that holds it), spaces folded. */
function sentenceAt(doc: Document | undefined, span: Span | undefined): string | undefined {
  if (!doc || !span) return undefined;
  for (const seg of doc.segments) {
    if (seg.span.start <= span.start && span.end <= seg.span.end) return seg.text;
  }
  return undefined;
}

function contextGroups(contexts: readonly TermContext[], side: 'src' | 'tgt', doc: Document | undefined, max: number): XmlObj[] {
  return contexts.slice(0, max).map((c) => {
    const sentence = sentenceAt(doc, side === 'src' ? c.src : c.tgt);
    const where = c.label === undefined ? `link ${c.link}` : /^fn\d+$/.test(c.label) ? `footnote ${c.label.slice(2)}` : `paragraph ${c.label}`;
    return {
      descrip: { '@type': 'context', '#': clean(sentence ?? `(${where})`) },
      admin: { '@type': 'source', '#': contextReference(c) },
    };
  });
}

function termSec(term: string, status: TermStatus, pos: string | undefined, count: number, variants: readonly string[], groups: XmlObj[], note: string | undefined): XmlObj {
  const termNotes: XmlObj[] = [{ '@type': 'partOfSpeech', '#': 'noun' }];
  const admn = STATUS_TO_TBX[status];
  if (admn) termNotes.push({ '@type': 'administrativeStatus', '#': admn });
  const notes: string[] = [];
  if (status === 'proposed' || status === 'forbidden') notes.push(`status: ${status}`);
  notes.push(`count: ${count}`);
  const others = variants.filter((v) => v !== term);
  if (others.length > 0) notes.push(`variants: ${others.map(clean).join(' | ')}`);
  if (pos !== undefined && pos !== 'noun') notes.push(`pos: ${pos}`);
  if (note !== undefined && note !== '') notes.push(clean(note));
  const sec: XmlObj = { term: clean(term), termNote: termNotes };
  if (groups.length > 0) sec.descripGrp = groups;
  sec.note = notes;
  return sec;
}

function conceptEntry(t: Term, srcLang: string, tgtLang: string, opts: TbxOptions, max: number): XmlObj {
  const notes = [`frequency: ${t.frequency}`, `score: ${t.score}`, `confidence: ${t.confidence}`];
  if (t.note !== undefined && t.note !== '') notes.push(clean(t.note));
  const srcContexts = t.renderings.flatMap((r) => r.contexts);
  const srcSec = termSec(t.source, t.status, t.pos, t.frequency, t.sourceVariants, contextGroups(srcContexts, 'src', opts.source, max), undefined);
  const tgtSecs = t.renderings.map((r: Rendering) =>
    termSec(r.term, r.status ?? t.status, undefined, r.count, r.variants, contextGroups(r.contexts, 'tgt', opts.target, max), r.note),
  );
  const entry: XmlObj = {
    '@id': t.id,
    note: notes,
    langSec: [{ '@xml:lang': srcLang, termSec: [srcSec] }],
  };
  if (tgtSecs.length > 0) (entry.langSec as XmlObj[]).push({ '@xml:lang': tgtLang, termSec: tgtSecs });
  return entry;
}

/** A valid XML id for a term id that is not one (`1` → `c1`); ids stay unique. */
function xmlIds(terms: readonly Term[]): string[] {
  const seen = new Set<string>();
  return terms.map((t, i) => {
    let id = /^[A-Za-z_][\w.-]*$/u.test(t.id) ? t.id : `c${t.id.replace(/[^\w.-]/gu, '') || i + 1}`;
    while (seen.has(id)) id = `${id}_${i + 1}`;
    seen.add(id);
    return id;
  });
}

/**
 * Serialise a termbase as TBX-Basic (DCA), valid against the TBX 2019 core
 * structure schema. Strict with options (E_OPTION).
 */
export function toTbx(termbase: Termbase, options?: TbxOptions): string {
  const opts = checkOptions(options);
  const max = opts.maxContexts ?? Infinity;
  const ids = xmlIds(termbase.terms);
  const entries = termbase.terms.map((t, i) => conceptEntry({ ...t, id: ids[i]! }, termbase.srcLang, termbase.tgtLang, opts, max));
  // the schema wants at least one conceptEntry in a body: an empty termbase has no body
  const text: XmlObj = entries.length > 0 ? { body: { conceptEntry: entries } } : {};
  const doc = create(
    { version: '1.0', encoding: 'UTF-8' },
    {
      tbx: {
        '@xmlns': TBX_NS,
        '@type': 'TBX-Basic',
        '@style': 'dca',
        '@xml:lang': termbase.srcLang,
        tbxHeader: {
          fileDesc: {
            titleStmt: { title: clean(opts.title ?? `Termbase ${termbase.srcLang}-${termbase.tgtLang}`) },
            sourceDesc: {
              p: [
                clean(opts.sourceDesc ?? `Bilingual termbase (${termbase.srcLang}-${termbase.tgtLang}) extracted by paralign from aligned texts.`),
                `languages: ${termbase.srcLang} ${termbase.tgtLang}`,
              ],
            },
          },
        },
        text,
      },
    },
  );
  return doc.end({ prettyPrint: true }) + '\n';
}
