// The document model: reading text into typed blocks and segments.
export { parseDocument } from './parse.js';
export type { ParseOptions } from './parse.js';
export { cleanInline, textOffsetToSource, textSpanToSource } from './inline.js';
export type { CleanOptions, CleanText } from './inline.js';
export { splitSentences } from './sentences.js';
export { detectFormat } from './format.js';
export { detectLanguage, checkLanguages } from './detect.js';
export type { DetectedLanguage, CheckLanguagesOptions } from './detect.js';
