/**
 * Check 3: numbers, dates and references, locale-aware.
 *
 * Each side of a paragraph link is read into language-neutral keys
 * (`27. September 2019` and `27 September 2019` are both `date:2019-09-27`;
 * `1.000,5` and `1,000.5` are both `number:1000.5`; `Dok. 11855/12` and
 * `Doc. 11855/12` are both `ref:11855/12`; `2011/93/EG` is `ref:2011/93/EC`),
 * and the two multisets are compared. A key missing on the target side is an
 * error, a key present on both sides in different forms (one missing, one
 * added of the same kind) is an error "changed", a key only on the target side
 * is a warning. Month names, separators and number words come from the
 * language modules.
 */
import type { LanguageData } from '../lang/types.js';
import { monthForms, monthNumber } from '../lang/months.js';
import type { Alignment, Document, Flag, Link, SentenceLink, Span } from '../types.js';
import { type CheckContext, makeFlag, segmentOffset, sideOf } from './flag.js';

/** What kind of numeric expression a token is. */
export type NumberKind = 'date' | 'celex' | 'doc' | 'ref' | 'code' | 'number';

/** A number, date or reference found in a text. */
export interface NumberToken {
  kind: NumberKind;
  /** Language-neutral key: `date:2019-12-11`, `ref:2011/93/EU`, `number:1000.5`. */
  key: string;
  /** Offsets in the text given. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_AFTER_WORD = '(?![\\p{L}\\p{N}])';
const pad2 = (n: number): string => String(n).padStart(2, '0');

interface Compiled {
  patterns: { kind: NumberKind; re: RegExp; keys: (m: RegExpExecArray) => string[] | null }[];
}

const compiledCache = new WeakMap<LanguageData, Compiled>();

function canonicalNumber(raw: string, lang: LanguageData): string {
  let s = raw;
  for (const sep of lang.numberFormat.thousands) {
    if (sep !== lang.decimal) s = s.split(sep).join('');
  }
  if (lang.decimal === ',') s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : raw;
}

function monthIndex(name: string, lang: LanguageData): number {
  return monthNumber(lang, name);
}

function dateKeys(days: (string | undefined)[], month: number, year: string | undefined): string[] | null {
  if (month < 1) return null;
  const out: string[] = [];
  for (const d of days) {
    if (d === undefined) continue;
    const day = Number(d);
    if (day < 1 || day > 31) return null;
    out.push(year ? `date:${year}-${pad2(month)}-${pad2(day)}` : `date:--${pad2(month)}-${pad2(day)}`);
  }
  return out;
}

function compile(lang: LanguageData): Compiled {
  const cached = compiledCache.get(lang);
  if (cached) return cached;
  const months = monthForms(lang).sort((a, b) => b.length - a.length).map(esc).join('|');
  const suf = lang.numberFormat.ordinalSuffixes.map(esc).join('|');
  const dayEnd = `(?:\\.|${suf ? `(?:${suf})` : '(?!)'})?`;
  const seps = lang.numberFormat.thousands.filter((s) => s !== lang.decimal).map(esc).join('|');
  const dec = esc(lang.decimal);
  const acts = lang.numberFormat.actSuffixes;
  // words between day, month and year: Spanish and Portuguese `27 de septiembre de 2019`
  const joiners = lang.numberFormat.dateJoiners ?? [];
  const join = joiners.length > 0 ? `(?:(?:${joiners.map(esc).join('|')})\\s+)?` : '';
  const patterns: Compiled['patterns'] = [
    // CELEX numbers: sector digit, year, type letter(s), number: 32011L0093.
    { kind: 'celex', re: new RegExp(`${NOT_BEFORE}([0-9]\\d{4}[A-Z]{1,2}\\d{4})${NOT_AFTER_WORD}`, 'gu'), keys: (m) => [`celex:${m[1]}`] },
    // Commission documents: COM(2015) 185 final, COM/2016/0871, SWD(2020) 12.
    {
      kind: 'doc',
      re: new RegExp(`${NOT_BEFORE}(COM|KOM|SEC|SWD|JOIN)\\s*(?:\\(\\s*(\\d{4})\\s*\\)|\\/\\s*(\\d{4})\\s*\\/)\\s*(\\d+)`, 'gu'),
      keys: (m) => [`doc:${m[1] === 'KOM' ? 'COM' : m[1]}:${m[2] ?? m[3]}:${Number(m[4])}`],
    },
    // Dates written with digits: 27.09.2019, 27/09/2019, 2019-09-27.
    {
      kind: 'date',
      re: new RegExp(`${NOT_BEFORE}(?:(\\d{1,2})[./](\\d{1,2})[./](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?!\\p{N})`, 'gu'),
      keys: (m) => (m[1] !== undefined ? dateKeys([m[1]], Number(m[2]), m[3]) : dateKeys([m[6]], Number(m[5]), m[4])),
    },
    // Acts and documents: 2011/93/EU, 11855/12, (EU) 2016/679.
    {
      kind: 'ref',
      re: new RegExp(`${NOT_BEFORE}(\\d{1,5})\\/(\\d{1,5})(?:\\/(\\p{L}+))?(?![\\p{N}/])`, 'gu'),
      keys: (m) => {
        const suffix = m[3] === undefined ? '' : '/' + (acts[m[3]] ?? m[3].toUpperCase());
        return [`ref:${Number(m[1])}/${Number(m[2])}${suffix}`];
      },
    },
  ];
  if (months) {
    // Day (range) and month, optional year: 27. September 2019, 11./12. Dezember, 11-12 December 2019, 1er mai, 27 de septiembre de 2019.
    patterns.push({
      kind: 'date',
      re: new RegExp(`${NOT_BEFORE}(\\d{1,2})${dayEnd}(?:\\s*[-–—/]\\s*(\\d{1,2})${dayEnd})?\\s+${join}(${months})(?!\\p{L})(?:\\s+${join}(\\d{4})(?!\\p{N}))?`, 'giu'),
      keys: (m) => dateKeys([m[1], m[2]], monthIndex(m[3] ?? '', lang), m[4]),
    });
    // Month, day (range), year: September 27, 2019; December 11-12, 2019.
    patterns.push({
      kind: 'date',
      re: new RegExp(`${NOT_BEFORE}(${months})\\s+(\\d{1,2})${dayEnd}(?:\\s*[-–—]\\s*(\\d{1,2})${dayEnd})?,?\\s+(\\d{4})(?!\\p{N})`, 'giu'),
      keys: (m) => dateKeys([m[2], m[3]], monthIndex(m[1] ?? '', lang), m[4]),
    });
    // Month and year: May 2019.
    patterns.push({
      kind: 'date',
      re: new RegExp(`${NOT_BEFORE}(${months})\\s+${join}(\\d{4})(?!\\p{N})`, 'giu'),
      keys: (m) => {
        const mi = monthIndex(m[1] ?? '', lang);
        return mi > 0 ? [`date:${m[2]}-${pad2(mi)}`] : null;
      },
    });
  }
  // Codes that mix letters and digits: EC3, G20, ST 9798 stays a number.
  patterns.push({ kind: 'code', re: new RegExp(`${NOT_BEFORE}(\\p{L}+\\d[\\p{L}\\p{N}]*)`, 'gu'), keys: (m) => [`code:${(m[1] ?? '').toUpperCase()}`] });
  // Plain numbers with the language's grouping and decimal separators.
  const grouped = seps ? `\\d{1,3}(?:(?:${seps})\\d{3})+(?:${dec}\\d+)?|` : '';
  patterns.push({
    kind: 'number',
    re: new RegExp(`${NOT_BEFORE}(${grouped}\\d+(?:${dec}\\d+)?)(?!\\p{N})`, 'gu'),
    keys: (m) => [`number:${canonicalNumber(m[1] ?? '', lang)}`],
  });
  const c = { patterns };
  compiledCache.set(lang, c);
  return c;
}

/**
 * The numbers, dates and references in `text`, in text order, each with a
 * language-neutral key. Earlier patterns win where matches overlap (a date's
 * day is not also a plain number). A date range yields one token per day.
 */
export function extractNumbers(text: string, lang: LanguageData): NumberToken[] {
  const taken: Span[] = [];
  const out: NumberToken[] = [];
  const free = (s: number, e: number): boolean => taken.every((t) => e <= t.start || s >= t.end);
  for (const p of compile(lang).patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const keys = p.keys(m);
      if (!keys || keys.length === 0) continue;
      taken.push({ start, end });
      for (const key of keys) out.push({ kind: p.kind, key, start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether `text` writes out the number `value` as a word of the language (`three` for 3). */
function writtenOut(value: string, text: string, lang: LanguageData): boolean {
  const n = Number(value);
  const alts = Number.isInteger(n) ? lang.numberFormat.numberWords[n] : undefined;
  if (!alts) return false;
  const lower = text.normalize('NFC').toLowerCase();
  return alts.split('|').some((w) => new RegExp(`(?<!\\p{L})${esc(w)}(?!\\p{L})`, 'u').test(lower));
}

/** A token located in the document: segment index and span in `Document.text`. */
interface Located extends NumberToken {
  segment: number;
  span: Span;
}

/** The tokens of the segments of the blocks in `blocks`, the leading paragraph number or item letter left out. */
function tokensOf(doc: Document, blocks: number[], lang: LanguageData): Located[] {
  const out: Located[] = [];
  for (const b of blocks) {
    const block = doc.blocks[b];
    if (!block) continue;
    for (const si of block.segments) {
      const seg = doc.segments[si];
      if (!seg) continue;
      let skipUntil = -1;
      if (seg.ordinal === 1 && block.label) {
        const own = /([0-9]+|[a-z]+)$/i.exec(block.label)?.[1];
        const lead = /^\s*[-–•]?\s*\(?([0-9]+|[a-z]{1,3})[.)]?(?=\s)/i.exec(seg.text);
        if (own && lead && lead[1]?.toLowerCase() === own.toLowerCase()) skipUntil = lead[0].length;
      }
      for (const t of extractNumbers(seg.text, lang)) {
        if (t.start < skipUntil) continue;
        out.push({ ...t, segment: si, span: { start: segmentOffset(doc, seg, t.start), end: segmentOffset(doc, seg, t.end) } });
      }
    }
  }
  return out;
}

function textOfBlocks(doc: Document, blocks: number[]): string {
  return blocks
    .flatMap((b) => doc.blocks[b]?.segments ?? [])
    .map((s) => doc.segments[s]?.text ?? '')
    .join(' ');
}

/** Multiset difference a − b by key, keeping a's tokens. */
function minus(a: Located[], b: Located[]): Located[] {
  const count = new Map<string, number>();
  for (const t of b) count.set(t.key, (count.get(t.key) ?? 0) + 1);
  const out: Located[] = [];
  for (const t of a) {
    const c = count.get(t.key) ?? 0;
    if (c > 0) count.set(t.key, c - 1);
    else out.push(t);
  }
  return out;
}

/** Check 3: numbers, dates and references that differ between linked paragraphs. */
export function checkNumbers(alignment: Alignment, ctx: CheckContext): Flag[] {
  const flags: Flag[] = [];
  for (const link of alignment.paragraphs) {
    if (link.src.length === 0 || link.tgt.length === 0) continue;
    flags.push(...compareLink(alignment, link, ctx));
  }
  return flags;
}

function compareLink(alignment: Alignment, link: Link, ctx: CheckContext): Flag[] {
  const { source, target } = alignment;
  const src = tokensOf(source, link.src, ctx.srcLang);
  const tgt = tokensOf(target, link.tgt, ctx.tgtLang);
  let missing = minus(src, tgt);
  let added = minus(tgt, src);
  if (missing.length === 0 && added.length === 0) return [];
  // A number written out as a word on the other side is not missing.
  const tgtText = textOfBlocks(target, link.tgt);
  const srcText = textOfBlocks(source, link.src);
  missing = missing.filter((t) => !(t.kind === 'number' && writtenOut(t.key.slice(7), tgtText, ctx.tgtLang)));
  added = added.filter((t) => !(t.kind === 'number' && writtenOut(t.key.slice(7), srcText, ctx.srcLang)));
  // A day and month on one side and the same day and month with a year on the other agree (`23. Mai` / `23 mai 1956`).
  const monthDay = (k: string): string | undefined => /^date:(?:\d{4}|-)-(\d{2}-\d{2})$/.exec(k)?.[1];
  for (const m of [...missing]) {
    const md = monthDay(m.key);
    if (!md) continue;
    const a = added.find((x) => monthDay(x.key) === md && (x.key.startsWith('date:--') || m.key.startsWith('date:--')));
    if (!a) continue;
    missing.splice(missing.indexOf(m), 1);
    added.splice(added.indexOf(a), 1);
  }
  const flags: Flag[] = [];
  // Localise by sentence link: a change is a missing and an added token of the same kind in the same
  // sentence link; what is left is reported per sentence link (a long paragraph stays readable).
  const srcLink = new Map<number, SentenceLink>();
  const tgtLink = new Map<number, SentenceLink>();
  for (const s of alignment.sentences) {
    for (const i of s.src) srcLink.set(i, s);
    for (const i of s.tgt) tgtLink.set(i, s);
  }
  const linkOf = (t: Located, side: 'src' | 'tgt'): string => (side === 'src' ? srcLink : tgtLink).get(t.segment)?.id ?? link.id;
  const usedAdded = new Set<Located>();
  const stillMissing: Located[] = [];
  for (const m of missing) {
    const where = linkOf(m, 'src');
    const a = added.find((x) => !usedAdded.has(x) && x.kind === m.kind && linkOf(x, 'tgt') === where);
    if (!a) {
      stillMissing.push(m);
      continue;
    }
    usedAdded.add(a);
    flags.push(
      makeFlag(ctx, {
        type: 'number',
        severity: 'error',
        key: 'number.changed',
        params: { from: m.text, to: a.text },
        source: sideOf(source, [m.segment], [m.span], link.labels.src),
        target: sideOf(target, [a.segment], [a.span], link.labels.tgt),
        links: [where],
        idParts: [m.key, a.key, link.labels.src.join(',')],
      }),
    );
  }
  const stillAdded = added.filter((a) => !usedAdded.has(a));
  for (const [where, group] of groupBy(stillMissing, (t) => linkOf(t, 'src'))) {
    const s = alignment.sentences.find((x) => x.id === where);
    flags.push(
      makeFlag(ctx, {
        type: 'number',
        severity: 'error',
        key: 'number.missing',
        params: { count: group.length, values: group.map((t) => t.text) },
        source: sideOf(source, group.map((t) => t.segment), group.map((t) => t.span), link.labels.src),
        target: sideOf(target, s ? s.tgt : segmentsOf(target, link.tgt), [], link.labels.tgt),
        links: [where],
        idParts: [...group.map((t) => t.key), link.labels.src.join(',')],
      }),
    );
  }
  for (const [where, group] of groupBy(stillAdded, (t) => linkOf(t, 'tgt'))) {
    const s = alignment.sentences.find((x) => x.id === where);
    flags.push(
      makeFlag(ctx, {
        type: 'number',
        severity: 'warning',
        key: 'number.added',
        params: { count: group.length, values: group.map((t) => t.text) },
        source: sideOf(source, s ? s.src : segmentsOf(source, link.src), [], link.labels.src),
        target: sideOf(target, group.map((t) => t.segment), group.map((t) => t.span), link.labels.tgt),
        links: [where],
        idParts: [...group.map((t) => t.key), link.labels.tgt.join(',')],
      }),
    );
  }
  return flags;
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}

function segmentsOf(doc: Document, blocks: number[]): number[] {
  return blocks.flatMap((b) => doc.blocks[b]?.segments ?? []);
}
