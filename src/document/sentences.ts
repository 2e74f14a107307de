/**
 * Sentence segmentation: sentencex proposes boundaries, paralign checks them against the
 * language data (abbreviations, ordinals, label numbers) and computes the offsets itself.
 * Long lines, and lines sentencex cannot handle, go to a linear rule-based splitter that
 * applies the same checks.
 */
import { segment } from 'sentencex';
import { optionError } from '../errors.js';
import { getLanguage } from '../lang/index.js';
import { monthNumber } from '../lang/months.js';
import type { LanguageData } from '../lang/types.js';
import type { LangCode, Span } from '../types.js';
import { isSpace } from './inline.js';

/** Lines longer than this are split by the rule-based splitter only (sentencex is slow or throws on them). */
export const SENTENCEX_MAX_LINE = 20_000;

/**
 * Split `text` into sentences. Returns trimmed, non-overlapping spans in order; together they
 * cover every non-whitespace character of `text` exactly once.
 *
 * Each line is segmented on its own (a line break always ends a sentence): join the lines of a
 * wrapped paragraph before calling this. Semicolons never end a sentence; a period after an
 * abbreviation of the language (`Dok.`, `Doc.`, `z.B.`, `approx.`), after an initial, after a
 * German ordinal (`am 27. September`, `der 2. Bericht`, `11./12. Dezember`) or after a leading
 * paragraph number (`1.`) does not either.
 */
export function splitSentences(text: string, lang: LangCode): Span[] {
  if (typeof text !== 'string') optionError('text', 'a string', text);
  const data = getLanguage(lang);
  const out: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n && text.charCodeAt(lineEnd) !== 0x0a && text.charCodeAt(lineEnd) !== 0x0d) lineEnd++;
    for (const s of sentenceSpans(text.slice(lineStart, lineEnd), data)) out.push({ start: s.start + lineStart, end: s.end + lineStart });
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
  return out;
}

/**
 * Sentences of one line (no line breaks expected; any whitespace is treated alike). `protect`
 * lists ranges (sorted by start) inside which no boundary may fall, such as link texts.
 * Spans are trimmed and relative to `line`.
 */
export function sentenceSpans(line: string, data: LanguageData, protect: readonly Span[] = []): Span[] {
  const first = firstNonSpace(line, 0);
  if (first >= line.length) return [];
  const last = lastNonSpace(line, line.length);
  let candidates: number[] | undefined;
  if (line.length <= SENTENCEX_MAX_LINE) candidates = sentencexCandidates(line, data.code);
  // sentencex misses boundaries the rules find (`8848 m. Das`, `1955. 1956 brachte`) and the
  // rules miss some sentencex finds: take both, the checks below decide
  candidates = candidates ? mergeSorted(candidates, ruleCandidates(line)) : ruleCandidates(line);
  const spans: Span[] = [];
  let cur = first;
  let pi = 0;
  for (const p of candidates) {
    if (p <= cur || p >= last) continue;
    while (pi < protect.length && protect[pi]!.end <= p) pi++;
    const guard = protect[pi];
    if (guard !== undefined && guard.start < p && p < guard.end) continue;
    // `… erwarten durfte. 3. Auf der Ostseite`: the number starts the next sentence; but
    // `OJ L 119, p. 1. The Council`: no boundary after `p.`, so the one after `1.` is tried
    const label = labelBefore(line, cur, p);
    let at = -1;
    for (const b of label > cur ? [label, p] : [p]) {
      const e = lastNonSpace(line, b);
      if (e > cur && isBoundary(line, cur, e, b, data)) {
        at = b;
        break;
      }
    }
    if (at < 0) continue;
    spans.push({ start: cur, end: lastNonSpace(line, at) });
    cur = at;
  }
  spans.push({ start: cur, end: last });
  return spans;
}

/**
 * When the text just before boundary `p` is a paragraph number (`3.`) that itself follows a
 * sentence end, the offset of that number (the boundary belongs before it); otherwise -1.
 */
function labelBefore(line: string, cur: number, p: number): number {
  const end = lastNonSpace(line, p);
  let t = end;
  while (t > cur && !isSpace(line.charCodeAt(t - 1))) t--;
  if (t <= cur || !/^\d{1,3}\.$/.test(line.slice(t, end))) return -1;
  let e = lastNonSpace(line, t);
  while (e > cur && CLOSERS.has(line[e - 1]!)) e--;
  return e > cur && /[.!?…]/.test(line[e - 1]!) ? t : -1;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}


function firstNonSpace(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Offset after the last non-space character before `to`. */
function lastNonSpace(s: string, to: number): number {
  let i = to;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Boundaries (start offsets of sentences after the first) proposed by sentencex, located in the
 * line by walking non-whitespace characters; undefined when sentencex fails or its output cannot
 * be matched to the line.
 */
function sentencexCandidates(line: string, lang: string): number[] | undefined {
  let pieces: string[];
  try {
    pieces = segment(lang, line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(pieces)) return undefined;
  const out: number[] = [];
  let p = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    if (typeof piece !== 'string') return undefined;
    let matched = false;
    for (let j = 0; j < piece.length; j++) {
      const c = piece.charCodeAt(j);
      if (isSpace(c)) continue;
      p = firstNonSpace(line, p);
      if (p >= line.length || line.charCodeAt(p) !== c) return undefined;
      if (!matched && k > 0) out.push(p);
      matched = true;
      p++;
    }
  }
  if (firstNonSpace(line, p) < line.length) return undefined;
  return out;
}

/** Sentence-final punctuation, optional closing quotes/brackets, whitespace, then a likely sentence start. */
const RULE_RE = /[.!?…]+(?:[\u00a0\u202f]?["'”“’‘»«›)\]])*\s+(?=["'“„«‚‘‹(\[¿¡]?[\u00a0\u202f ]?[\p{Lu}\p{N}])/gu;

/** Boundaries proposed by the rule-based splitter. Linear time. */
export function ruleCandidates(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(RULE_RE)) out.push(m.index + m[0].length);
  return out;
}

const CLOSERS = new Set(['"', "'", '”', '“', '’', '‘', '»', '«', '›', ')', ']', '\u00a0', '\u202f', ' ']);
const OPENERS = /^[(["'„“‚‘«‹¿¡]+/;
const LABEL_ONLY = /^(?:\(?\d{1,3}[a-z]?[.)]|\(?[a-zA-Z]{1,2}\)|[a-z]\.|[IVXLC]{1,6}\.|\([ivxlc]{1,6}\))$/;
const ORDINAL = /^(?:\d{1,3}\.?[/–-])*\d{1,3}$/;

/**
 * Whether the gap between `line.slice(cur, prevEnd)` and the text at `next` is a real sentence
 * boundary, given what the language data says.
 */
function isBoundary(line: string, cur: number, prevEnd: number, next: number, data: LanguageData): boolean {
  // a boundary needs whitespace: sentencex sometimes cuts `Ch.Evans` or `J.Franco-G.Magnone`
  if (next === 0 || !isSpace(line.charCodeAt(next - 1))) return false;
  const nextChar = line[next] ?? '';
  // a sentence starts with an upper-case letter, a digit, or an opening quote/bracket
  if (/^[\p{Ll},;:)\]}»”’]/u.test(nextChar)) return false;
  // the previous sentence must end in . ! ? … (possibly followed by closing quotes/brackets)
  let e = prevEnd;
  while (e > cur && CLOSERS.has(line[e - 1]!)) e--;
  const endChar = line[e - 1] ?? '';
  if (!/[.!?…]/.test(endChar)) return false;
  const closed = e < prevEnd; // `(...).` style endings are never abbreviations
  const prevText = line.slice(cur, prevEnd);
  if (LABEL_ONLY.test(prevText)) return false;
  if (endChar !== '.' || closed) return true;
  if (line[e - 2] === '.') return true; // an ellipsis written as dots
  // the word before the period
  let t = e - 1;
  while (t > cur && !isSpace(line.charCodeAt(t - 1))) t--;
  const token = line.slice(t, e - 1).replace(OPENERS, '');
  if (token === '') return true;
  // an initial or a run of initials: `G. Dyhrenfurth`, `J.D. Stainton`, `L.Terray-J. Couzy`
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(token) || /\p{L}[-‐]\p{Lu}$/u.test(token)) return false;
  // a spaced abbreviation: `z. B.`, `d. h.`, `i. e.` (but `8848 m. Das` ends a sentence)
  if (/^\p{Ll}$/u.test(token) && /^\p{L}\.(?:\s|$)/u.test(line.slice(next, next + 3))) return false;
  const nextIsDigit = /^\p{N}/u.test(nextChar);
  if (data.numberAbbreviations.includes(token)) return !nextIsDigit;
  if (isAbbreviation(token, data)) return false;
  // `z. B.`: the two last tokens together
  if (t > cur) {
    let u = t - 1;
    while (u > cur && isSpace(line.charCodeAt(u - 1))) u--;
    let v = u;
    while (v > cur && !isSpace(line.charCodeAt(v - 1))) v--;
    const before = line.slice(v, u).replace(OPENERS, '');
    if (before.endsWith('.') && before.length <= 4 && isAbbreviation(before + token, data)) return false;
    if (data.ordinalDot && ORDINAL.test(token)) return !isOrdinal(token, before, line, next, data);
  } else if (data.ordinalDot && ORDINAL.test(token)) {
    return !isOrdinal(token, '', line, next, data);
  }
  return true;
}

function isAbbreviation(token: string, data: LanguageData): boolean {
  if (data.abbreviations.includes(token)) return true;
  // elision: French `l’art.`, `jusqu’au`, Italian `dall’art.`
  const elided = /^\p{L}+['’](.+)$/u.exec(token);
  if (elided && isAbbreviation(elided[1]!, data)) return true;
  const lower = token.charAt(0).toLowerCase() + token.slice(1);
  return lower !== token && data.abbreviations.includes(lower);
}

/** Whether `token.` (digits) is an ordinal inside a sentence rather than a number ending one. */
function isOrdinal(token: string, before: string, line: string, next: number, data: LanguageData): boolean {
  if (/[/–-]/.test(token)) return true; // `11./12. Dezember`
  const word = /^[\p{L}]+/u.exec(line.slice(next, next + 30))?.[0]?.toLowerCase() ?? '';
  if (monthNumber(data, word) > 0) return true;
  const prev = before.replace(/[^\p{L}]+$/u, '').toLowerCase();
  return prev !== '' && data.ordinalCues.includes(prev);
}
