// Public API of paralign: named re-exports only. test/exports.test.ts pins this list.
// The pipeline order is written down once, in src/pipeline.ts.

export type * from './types.js';
export { ParalignError, isParalignError } from './errors.js';
export type { ErrorCode } from './errors.js';
export { VERSION } from './version.js';
export { PIPELINE } from './pipeline.js';
export type { PipelineStage } from './pipeline.js';

// Languages
export { getLanguage, LANGUAGES } from './lang/index.js';
export type { LanguageData } from './lang/index.js';

// 1. Input and documents
export { decodeText } from './io/decode.js';
export type { DecodeOptions, DecodedText, TextEncodingName } from './io/decode.js';
export {
  parseDocument,
  cleanInline,
  textOffsetToSource,
  textSpanToSource,
  splitSentences,
  detectFormat,
  detectLanguage,
  checkLanguages,
} from './document/index.js';
export type { ParseOptions, CleanOptions, CleanText, DetectedLanguage, CheckLanguagesOptions } from './document/index.js';

// 2. Alignment
export { align, alignSegments } from './align/index.js';
export type { AlignOptions, AlignSegmentsOptions, SegmentAlignment, SegmentLink } from './align/index.js';
export { readDictionary } from './align/dictionary.js';
export type { ReadDictionaryOptions } from './align/dictionary.js';

// 3. Termbase
export { extractTerms, termKey } from './terms/index.js';
export { toTermsJson, fromTermsJson } from './terms/json.js';
export type { TermsJsonOptions } from './terms/json.js';
export type { ExtractOptions } from './terms/index.js';
export { readGlossary } from './glossary/index.js';
export type { ReadGlossaryOptions } from './glossary/index.js';
export { applyReview } from './glossary/review.js';
export type { ReviewOptions, ReviewResult } from './glossary/review.js';

// 4. Checks
export { check, checkReport, CHECK_NAMES, parseSuppressions, formatSuppressions, findTerm, extractNumbers } from './checks/index.js';
export type { CheckOptions, CheckResult, CheckName, Suppression } from './checks/index.js';

// 5. Formats and reports
export { toJson, fromJson } from './formats/json.js';
export type { JsonOptions, FromJsonOptions, AlignmentJson } from './formats/json.js';
export { toTmx } from './formats/tmx.js';
export type { TmxOptions } from './formats/tmx.js';
export { toTsv } from './formats/tsv.js';
export type { TsvOptions } from './formats/tsv.js';
export { toLadder } from './formats/ladder.js';
export { toTbx } from './formats/tbx.js';
export type { TbxOptions } from './formats/tbx.js';
export { toTermsCsv } from './formats/csv.js';
export type { CsvOptions } from './formats/csv.js';
export { toText, toReportJson, toMarkdown, toHtmlReport, toXlsx } from './report/index.js';
export type { ReportJson, HtmlReportOptions, ReportOptions, TextReportOptions } from './report/index.js';

// Evaluation
export { parseLadder, scoreAlignment, alignmentToGroups } from './eval/index.js';
export type { Group, PRF, Score } from './eval/index.js';
