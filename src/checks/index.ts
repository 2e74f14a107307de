/**
 * Translation consistency checks over an Alignment.
 *
 * `check(alignment, options)` returns the flags to show (`Flag[]`, suppressed
 * ones removed). `checkReport(alignment, options)` returns the same flags
 * with what the reports need besides: the suppressed flags with their
 * reasons, counts by type and severity, stale suppression ids, and the
 * termbase and glossary used.
 *
 * Checks (names for `options.checks`):
 * - `term-inconsistency`: a source term rendered in several ways, and a target term for several source terms
 * - `glossary`: approved glossary rendering missing, deprecated rendering used
 * - `number`: numbers, dates and references, locale-aware
 * - `footnote`: footnote markers missing, added or moved
 * - `untranslated`: target text in the source language, or copied unchanged
 * - `omission`: omitted, added, merged and reordered blocks and sentences, length-ratio outliers
 *   (flag types `omission`, `addition`, `merge`, `length`, `order`)
 */
import { optionError } from '../errors.js';
import { type Translate, type UiLang, translator, uiLangOption } from '../i18n/index.js';
import { getLanguage } from '../lang/index.js';
import { extractTerms } from '../terms/index.js';
import type { Alignment, Flag, Severity, Termbase } from '../types.js';
import { type CheckContext, uniqueIds } from './flag.js';
import { checkFootnotes } from './footnotes.js';
import { checkGlossary } from './glossary.js';
import { checkNumbers } from './numbers.js';
import { checkOmissions } from './omissions.js';
import { type Suppression, parseSuppressions } from './suppress.js';
import { checkTermInconsistency } from './terms.js';
import { checkUntranslated } from './untranslated.js';

export type { CheckContext } from './flag.js';
export { flagId } from './flag.js';
export { parseSuppressions, formatSuppressions } from './suppress.js';
export type { Suppression } from './suppress.js';
export { findTerm } from './match.js';
export { extractNumbers } from './numbers.js';
export type { NumberToken, NumberKind } from './numbers.js';

/** The names of the checks, in the order they run. */
export const CHECK_NAMES = ['term-inconsistency', 'glossary', 'number', 'footnote', 'untranslated', 'omission'] as const;
/** A check name. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** A check: a pure function from an alignment and its context to flags. */
export type Check = (alignment: Alignment, context: CheckContext) => Flag[];

/** The check functions by name. */
export const CHECKS: Readonly<Record<CheckName, Check>> = {
  'term-inconsistency': checkTermInconsistency,
  glossary: checkGlossary,
  number: checkNumbers,
  footnote: checkFootnotes,
  untranslated: checkUntranslated,
  omission: checkOmissions,
};

/** Options of `check()` and `checkReport()`. */
export interface CheckOptions {
  /** Approved glossary (e.g. from `readGlossary`); enables the `glossary` check. Default: none. */
  glossary?: Termbase;
  /**
   * Termbase for the `term-inconsistency` check. Default: `extractTerms(alignment)`
   * (computed only when that check runs).
   */
  termbase?: Termbase;
  /** Suppressed flags: parsed entries, or the text of a suppression file (see suppress.ts). Default: none. */
  suppressions?: readonly Suppression[] | string;
  /** File name of the suppression text, for error messages. Default: 'suppression file'. */
  suppressionsFile?: string;
  /** Which checks to run. Default: all of `CHECK_NAMES`. */
  checks?: readonly CheckName[];
  /** Language of the messages: 'en' or 'de'. Default 'en'. */
  uiLang?: UiLang;
}

/** Counts of a check run. */
export interface CheckCounts {
  /** Flags raised, suppressed ones included. */
  total: number;
  /** Flags shown (not suppressed). */
  shown: number;
  suppressed: number;
  /** Shown flags by severity. */
  bySeverity: Record<Severity, number>;
  /** Shown flags by type. */
  byType: Record<string, number>;
}

/** Everything a report needs. Version 1 of the shape `toReportJson` writes. */
export interface CheckResult {
  /** Languages of the pair. */
  srcLang: string;
  tgtLang: string;
  /** Language the messages are in. */
  uiLang: UiLang;
  /** Flags to show: most severe first, then in document order. */
  flags: Flag[];
  /** Flags silenced by the suppression file, with the reviewer's reasons. */
  suppressed: { flag: Flag; reason: string }[];
  counts: CheckCounts;
  /** Suppression ids that matched no flag (fixed or changed since): candidates for removal. */
  staleSuppressions: string[];
  /** The termbase the term check used, when there was one. */
  termbase?: Termbase;
  /** The glossary given, when there was one. */
  glossary?: Termbase;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function isTermbase(x: unknown): x is Termbase {
  return typeof x === 'object' && x !== null && Array.isArray((x as { terms?: unknown }).terms);
}

function validate(alignment: unknown, options: unknown): void {
  const a = alignment as Partial<Alignment> | null;
  if (typeof a !== 'object' || a === null || typeof a.source !== 'object' || typeof a.target !== 'object' || !Array.isArray(a.paragraphs) || !Array.isArray(a.sentences)) {
    optionError('alignment', 'an Alignment (source, target, paragraphs, sentences)', alignment);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) optionError('options', 'an object', options);
  const o = options as Record<string, unknown>;
  if (o.glossary !== undefined && !isTermbase(o.glossary)) optionError('glossary', 'a Termbase (with a terms array)', o.glossary);
  if (o.termbase !== undefined && !isTermbase(o.termbase)) optionError('termbase', 'a Termbase (with a terms array)', o.termbase);
  if (o.suppressions !== undefined && typeof o.suppressions !== 'string' && !Array.isArray(o.suppressions)) optionError('suppressions', 'a suppression file text or an array of {id, reason}', o.suppressions);
  if (o.suppressionsFile !== undefined && typeof o.suppressionsFile !== 'string') optionError('suppressionsFile', 'a file name', o.suppressionsFile);
  if (o.checks !== undefined) {
    if (!Array.isArray(o.checks)) optionError('checks', `an array of check names (${CHECK_NAMES.join(', ')})`, o.checks);
    for (const c of o.checks as unknown[]) {
      if (typeof c !== 'string' || !(CHECK_NAMES as readonly string[]).includes(c)) optionError('checks', `check names from ${CHECK_NAMES.join(', ')}`, c);
    }
  }
  uiLangOption(o.uiLang);
}

/** Position of a flag in the source (else target) document, for sorting. */
function position(f: Flag): number {
  const s = f.source.spans[0]?.start ?? f.source.segments[0];
  if (s !== undefined) return s;
  return 1e12 + (f.target.spans[0]?.start ?? f.target.segments[0] ?? 0);
}

/** Sort flags: most severe first, then in document order, then by id. */
export function sortFlags(flags: Flag[]): Flag[] {
  return flags.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || position(a) - position(b) || a.id.localeCompare(b.id));
}

/** Run the checks; everything a report needs. */
export function checkReport(alignment: Alignment, options: CheckOptions = {}): CheckResult {
  validate(alignment, options);
  const uiLang = uiLangOption(options.uiLang);
  const t: Translate = translator(uiLang);
  const ctx: CheckContext = { srcLang: getLanguage(alignment.source.lang), tgtLang: getLanguage(alignment.target.lang), t };
  const names = options.checks ?? CHECK_NAMES;
  const termbase = options.termbase ?? (names.includes('term-inconsistency') ? extractTerms(alignment) : undefined);
  if (termbase) ctx.termbase = termbase;
  if (options.glossary) ctx.glossary = options.glossary;
  const all: Flag[] = [];
  for (const name of CHECK_NAMES) if (names.includes(name)) all.push(...CHECKS[name](alignment, ctx));
  uniqueIds(all);
  const list = typeof options.suppressions === 'string' ? parseSuppressions(options.suppressions, options.suppressionsFile === undefined ? {} : { file: options.suppressionsFile }) : (options.suppressions ?? []);
  const reasons = new Map(list.map((s) => [s.id, s.reason]));
  const flags: Flag[] = [];
  const suppressed: { flag: Flag; reason: string }[] = [];
  const used = new Set<string>();
  for (const f of sortFlags(all)) {
    const reason = reasons.get(f.id);
    if (reason === undefined) flags.push(f);
    else {
      suppressed.push({ flag: f, reason });
      used.add(f.id);
    }
  }
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byType: Record<string, number> = {};
  for (const f of flags) {
    bySeverity[f.severity]++;
    byType[f.type] = (byType[f.type] ?? 0) + 1;
  }
  const result: CheckResult = {
    srcLang: alignment.source.lang,
    tgtLang: alignment.target.lang,
    uiLang,
    flags,
    suppressed,
    counts: { total: all.length, shown: flags.length, suppressed: suppressed.length, bySeverity, byType },
    staleSuppressions: list.map((s) => s.id).filter((id) => !used.has(id)),
  };
  if (termbase) result.termbase = termbase;
  if (options.glossary) result.glossary = options.glossary;
  return result;
}

/** Run the checks and return the flags to show (suppressed ones removed), most severe first. */
export function check(alignment: Alignment, options: CheckOptions = {}): Flag[] {
  return checkReport(alignment, options).flags;
}

/** True when `flags` hold one at or above `level` (for `--fail-on`). */
export function hasFlagsAtOrAbove(flags: readonly Flag[], level: Severity): boolean {
  return flags.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[level]);
}
