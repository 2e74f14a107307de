/**
 * The reviewer's workbook (exceljs): sheet 1 the flags, sheet 2 the aligned
 * segments (one row per sentence link, with the ids of the flags that concern
 * it), sheet 3 the terms (termbase, then glossary). Header rows are bold,
 * frozen and filterable.
 */
import ExcelJS from 'exceljs';
import type { CheckResult } from '../checks/index.js';
import type { Alignment, Document, Flag } from '../types.js';
import { type ReportOptions, messageOf, reportLang, reportTranslator, typeName, whereOf } from './common.js';

const MAX_CELL = 32_000; // Excel's limit is 32,767 characters per cell

const clip = (s: string): string => (s.length > MAX_CELL ? s.slice(0, MAX_CELL - 1) + '…' : s);
const textOf = (doc: Document, segments: number[]): string => segments.map((i) => doc.segments[i]?.text ?? '').join(' ');

function header(ws: ExcelJS.Worksheet, names: string[], widths: number[]): void {
  ws.columns = names.map((n, i) => ({ header: n, width: widths[i] ?? 15 }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: names.length } };
}

/** The workbook as bytes (.xlsx). */
export async function toXlsx(alignment: Alignment, result: CheckResult, options: ReportOptions = {}): Promise<Uint8Array> {
  const lang = reportLang(result, options);
  const t = reportTranslator(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'paralign';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const { source, target } = alignment;

  const flagsWs = wb.addWorksheet(t('report.sheet.flags'));
  header(
    flagsWs,
    [t('report.col.id'), t('report.col.severity'), t('report.col.type'), t('report.col.where'), t('report.col.message'), t('report.col.source'), t('report.col.target'), t('report.col.suggestion'), t('report.col.links')],
    [12, 10, 18, 12, 70, 60, 60, 25, 20],
  );
  for (const f of result.flags) {
    const row = flagsWs.addRow([f.id, t(`severity.${f.severity}`), typeName(f.type, t), whereOf(f), clip(messageOf(f, t)), clip(textOf(source, f.source.segments)), clip(textOf(target, f.target.segments)), f.suggestion ?? '', f.links.join(' ')]);
    row.alignment = { wrapText: true, vertical: 'top' };
    const color = f.severity === 'error' ? 'FFC62828' : f.severity === 'warning' ? 'FFB26A00' : 'FF1565C0';
    row.getCell(2).font = { bold: true, color: { argb: color } };
  }

  const flagsBySentence = new Map<string, Flag[]>();
  for (const f of result.flags) {
    for (const s of alignment.sentences) {
      const hit = f.links.includes(s.id) || s.src.some((i) => f.source.segments.includes(i)) || s.tgt.some((i) => f.target.segments.includes(i));
      if (hit) flagsBySentence.set(s.id, [...(flagsBySentence.get(s.id) ?? []), f]);
    }
  }
  const segWs = wb.addWorksheet(t('report.sheet.segments'));
  header(segWs, [t('report.col.link'), 'type', t('report.col.labels'), t('report.col.source'), t('report.col.target'), t('report.col.flags')], [12, 6, 10, 70, 70, 25]);
  for (const s of alignment.sentences) {
    const labels = [...new Set([...s.labels.src, ...s.labels.tgt])].join(', ');
    const row = segWs.addRow([s.id, s.type, labels, clip(textOf(source, s.src)), clip(textOf(target, s.tgt)), (flagsBySentence.get(s.id) ?? []).map((f) => f.id).join(' ')]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }

  const termWs = wb.addWorksheet(t('report.sheet.terms'));
  header(termWs, [t('report.col.id'), t('report.col.term'), t('report.col.renderings'), t('report.col.count'), t('report.col.status'), 'list'], [8, 40, 60, 8, 12, 10]);
  for (const [tb, name] of [
    [result.termbase, 'termbase'],
    [result.glossary, 'glossary'],
  ] as const) {
    if (!tb) continue;
    for (const term of tb.terms) {
      termWs.addRow([term.id, term.source, term.renderings.map((r) => `${r.term}${r.count ? ` ×${r.count}` : ''}`).join('; '), term.frequency, term.status, name]).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
