// Public API of paralign: named re-exports only. test/exports.test.ts pins this list.
export type * from './types.js';
export { ParalignError, isParalignError } from './errors.js';
export type { ErrorCode } from './errors.js';
export { getLanguage, LANGUAGES } from './lang/index.js';
export type { LanguageData } from './lang/index.js';
