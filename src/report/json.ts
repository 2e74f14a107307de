/**
 * The JSON report. Schema (version 1):
 *
 * ```
 * {
 *   "schema": "paralign-check-report",
 *   "version": 1,
 *   "srcLang": "de", "tgtLang": "en", "uiLang": "en",
 *   "counts": { "total": n, "shown": n, "suppressed": n,
 *               "bySeverity": { "error": n, "warning": n, "info": n },
 *               "byType": { "<type>": n } },
 *   "flags": [Flag],            // shown flags, most severe first; see Flag in src/types.ts
 *   "suppressed": [{ "reason": "…", "flag": Flag }],
 *   "staleSuppressions": ["<id>"] // suppression ids that matched no flag
 * }
 * ```
 *
 * A Flag is `{ id, type, severity, message, key, params, source, target,
 * links, suggestion? }` with `source`/`target` = `{ segments, spans, labels }`
 * (spans are UTF-16 offsets into the original documents, half-open).
 * Messages are in `uiLang`; `key` and `params` allow re-localising.
 */
import type { CheckCounts, CheckResult } from '../checks/index.js';
import type { UiLang } from '../i18n/index.js';
import type { Flag } from '../types.js';
import { type ReportOptions, messageOf, reportLang, reportTranslator } from './common.js';

/** The JSON report's shape, version 1. */
export interface ReportJson {
  schema: 'paralign-check-report';
  version: 1;
  srcLang: string;
  tgtLang: string;
  uiLang: UiLang;
  counts: CheckCounts;
  flags: Flag[];
  suppressed: { reason: string; flag: Flag }[];
  staleSuppressions: string[];
}

/** The report as a JSON-ready object (messages re-localised to `uiLang`). */
export function reportJson(result: CheckResult, options: ReportOptions = {}): ReportJson {
  const lang = reportLang(result, options);
  const t = reportTranslator(lang);
  const relocalise = (f: Flag): Flag => ({ ...f, message: messageOf(f, t) });
  return {
    schema: 'paralign-check-report',
    version: 1,
    srcLang: result.srcLang,
    tgtLang: result.tgtLang,
    uiLang: lang,
    counts: result.counts,
    flags: result.flags.map(relocalise),
    suppressed: result.suppressed.map((s) => ({ reason: s.reason, flag: relocalise(s.flag) })),
    staleSuppressions: [...result.staleSuppressions],
  };
}

/** The report as JSON text (2-space indented, final newline). */
export function toReportJson(result: CheckResult, options: ReportOptions = {}): string {
  return JSON.stringify(reportJson(result, options), null, 2) + '\n';
}
