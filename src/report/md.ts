/** Markdown report: summary, counts and a table of all flags. */
import type { CheckResult } from '../checks/index.js';
import { type ReportOptions, SEVERITIES, messageOf, reportLang, reportTranslator, typeName, whereOf } from './common.js';

/** Escape text for a Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
}

/** The Markdown report. */
export function toMarkdown(result: CheckResult, options: ReportOptions = {}): string {
  const lang = reportLang(result, options);
  const t = reportTranslator(lang);
  const c = result.counts;
  const out: string[] = [`# ${cell(t('report.title', { src: result.srcLang, tgt: result.tgtLang }))}`, ''];
  let head = t('report.summary', { count: c.shown });
  if (c.suppressed > 0) head += `; ${t('report.suppressed', { count: c.suppressed })}`;
  out.push(head, '');
  out.push(`| ${t('report.col.severity')} | ${t('report.col.count')} |`, '| --- | ---: |');
  for (const s of SEVERITIES) out.push(`| ${t(`severity.${s}`)} | ${c.bySeverity[s]} |`);
  out.push('');
  const types = Object.entries(c.byType).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (types.length > 0) {
    out.push(`| ${t('report.col.type')} | ${t('report.col.count')} |`, '| --- | ---: |');
    for (const [k, n] of types) out.push(`| ${cell(typeName(k, t))} | ${n} |`);
    out.push('');
  }
  out.push(`## ${t('report.flags')}`, '');
  if (result.flags.length === 0) {
    out.push(t('report.noFlags'), '');
    return out.join('\n');
  }
  out.push(
    `| ${[t('report.col.severity'), t('report.col.type'), t('report.col.where'), t('report.col.message'), t('report.col.suggestion'), t('report.col.id')].join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const f of result.flags) {
    out.push(`| ${[t(`severity.${f.severity}`), typeName(f.type, t), whereOf(f), messageOf(f, t), f.suggestion ?? '', '`' + f.id + '`'].map((x, i) => (i === 5 ? x : cell(x))).join(' | ')} |`);
  }
  out.push('');
  return out.join('\n');
}
