/** Terminal summary of a check run: counts by severity and type, and the top flags. */
import type { CheckResult } from '../checks/index.js';
import { optionError } from '../errors.js';
import { type ReportOptions, SEVERITIES, messageOf, reportLang, reportTranslator, typeName, whereOf } from './common.js';

/** Options of `toText`. */
export interface TextReportOptions extends ReportOptions {
  /** How many flags to list. Default 20; 0 lists none, Infinity all. */
  top?: number;
  /** ANSI colours for the severities. Default false. */
  color?: boolean;
}

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' } as const;
const RESET = '\u001b[0m';

/** The terminal summary: title, counts, and the top flags (most severe first). */
export function toText(result: CheckResult, options: TextReportOptions = {}): string {
  const lang = reportLang(result, options);
  const top = options.top ?? 20;
  if (typeof top !== 'number' || Number.isNaN(top) || top < 0) optionError('top', 'a number ≥ 0', top);
  const color = options.color ?? false;
  if (typeof color !== 'boolean') optionError('color', 'a boolean', color);
  const t = reportTranslator(lang);
  const c = result.counts;
  const lines: string[] = [t('report.title', { src: result.srcLang, tgt: result.tgtLang })];
  const sev = SEVERITIES.map((s) => `${c.bySeverity[s]} ${t(`severity.${s}`)}`).join(', ');
  let head = `${t('report.summary', { count: c.shown })} (${sev})`;
  if (c.suppressed > 0) head += `; ${t('report.suppressed', { count: c.suppressed })}`;
  lines.push(head);
  const types = Object.entries(c.byType).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (types.length > 0) lines.push(`${t('report.byType')}: ${types.map(([k, n]) => `${typeName(k, t)} ${n}`).join(', ')}`);
  if (result.flags.length === 0) {
    lines.push(t('report.noFlags'));
    return lines.join('\n') + '\n';
  }
  if (top > 0) {
    lines.push('', `${t('report.top')}:`);
    const shown = result.flags.slice(0, top);
    const sevWidth = Math.max(...SEVERITIES.map((s) => t(`severity.${s}`).length));
    for (const f of shown) {
      let s = t(`severity.${f.severity}`).padEnd(sevWidth);
      if (color) s = COLORS[f.severity] + s + RESET;
      const where = whereOf(f);
      let line = `  ${s}  ${f.id}  ${typeName(f.type, t)}${where ? ` [${where}]` : ''}: ${messageOf(f, t)}`;
      if (f.suggestion !== undefined) line += ` — ${t('report.suggestion', { suggestion: f.suggestion })}`;
      lines.push(line);
    }
    if (result.flags.length > shown.length) lines.push(`  ${t('report.more', { count: result.flags.length - shown.length })}`);
  }
  return lines.join('\n') + '\n';
}
