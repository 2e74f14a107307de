/**
 * Shared helpers of the reports: options, re-localisation of flag messages,
 * "where" strings, escaping.
 */
import { optionError } from '../errors.js';
import { type Translate, type UiLang, translator, uiLangOption } from '../i18n/index.js';
import type { CheckResult } from '../checks/index.js';
import type { Flag, Severity } from '../types.js';

/** Options every report accepts. */
export interface ReportOptions {
  /** Language of the report; flag messages are re-localised from their key and params. Default: the result's `uiLang`. */
  uiLang?: UiLang;
}

/** The severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Check and resolve the common report options. */
export function reportLang(result: CheckResult, options: unknown): UiLang {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) optionError('options', 'an object', options);
  const o = options as { uiLang?: unknown };
  return o.uiLang === undefined ? result.uiLang : uiLangOption(o.uiLang);
}

/** A flag's message in `t`'s language. */
export function messageOf(flag: Flag, t: Translate): string {
  return t(flag.key, flag.params);
}

/** Translator for plain text or HTML. */
export function reportTranslator(lang: UiLang, html = false): Translate {
  return translator(lang, { html });
}

/** Where a flag is: its labels on the source side (else target side), else its first link id. */
export function whereOf(flag: Flag): string {
  const labels = flag.source.labels.length > 0 ? flag.source.labels : flag.target.labels;
  if (labels.length > 0) return labels.slice(0, 4).join(', ') + (labels.length > 4 ? ', …' : '');
  return flag.links[0] ?? '';
}

/** Localised name of a check type (the type itself when the catalog has none). */
export function typeName(type: string, t: Translate): string {
  const key = `type.${type}`;
  const s = t(key);
  return s === key ? type : s;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
