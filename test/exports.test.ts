import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public API is small and deliberate: adding or removing an export is a
// decision, so this list must be edited with it.
const EXPECTED = [
  'CHECK_NAMES',
  'LANGUAGES',
  'PIPELINE',
  'ParalignError',
  'VERSION',
  'align',
  'alignSegments',
  'alignmentToGroups',
  'applyReview',
  'check',
  'checkLanguages',
  'checkReport',
  'cleanInline',
  'decodeText',
  'detectFormat',
  'detectLanguage',
  'extractNumbers',
  'extractTerms',
  'findTerm',
  'formatSuppressions',
  'fromJson',
  'fromTermsJson',
  'getLanguage',
  'isParalignError',
  'parseDocument',
  'parseLadder',
  'parseSuppressions',
  'readDictionary',
  'readGlossary',
  'scoreAlignment',
  'splitSentences',
  'termKey',
  'textOffsetToSource',
  'textSpanToSource',
  'toHtmlReport',
  'toJson',
  'toLadder',
  'toMarkdown',
  'toReportJson',
  'toTbx',
  'toTermsCsv',
  'toTermsJson',
  'toText',
  'toTmx',
  'toTsv',
  'toXlsx',
];

describe('public API', () => {
  it('exports exactly the pinned names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPECTED].sort());
  });

  it('lists the pipeline stages in order', () => {
    expect(api.PIPELINE.map((s) => s.name)).toEqual(['decode', 'document', 'alignment', 'termbase', 'checks', 'formats']);
  });

  it('exports functions, not stubs', () => {
    for (const name of EXPECTED) {
      const value = (api as Record<string, unknown>)[name];
      expect(value, name).toBeDefined();
    }
    expect(typeof api.align).toBe('function');
    expect(api.VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
