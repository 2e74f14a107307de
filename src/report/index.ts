/** Reports of a check run: terminal text, JSON, Markdown, HTML and XLSX. */
export { toText } from './text.js';
export type { TextReportOptions } from './text.js';
export { toReportJson, reportJson } from './json.js';
export type { ReportJson } from './json.js';
export { toMarkdown } from './md.js';
export { toHtmlReport } from './html.js';
export type { HtmlReportOptions } from './html.js';
export { toXlsx } from './xlsx.js';
export type { ReportOptions } from './common.js';
