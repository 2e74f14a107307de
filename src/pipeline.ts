/**
 * The order of paralign's stages, written down in one place.
 *
 *   text ─▶ document ─▶ alignment ─▶ termbase ─▶ checks ─▶ formats
 *
 * Each stage is a pure function `(input, options) => TypedResult` in a module
 * of its own; the CLI (src/cli/) and the demo run them in this order.
 */
import { align } from './align/index.js';
import { checkReport } from './checks/index.js';
import { parseDocument } from './document/index.js';
import { decodeText } from './io/decode.js';
import { extractTerms } from './terms/index.js';

/** One stage of the pipeline: its name, module, what it takes and gives, and its entry function. */
export interface PipelineStage {
  /** Stage name. */
  name: 'decode' | 'document' | 'alignment' | 'termbase' | 'checks' | 'formats';
  /** Module that implements it. */
  module: string;
  /** Input → output, in domain words (src/types.ts). */
  contract: string;
  /** Entry function, when the stage has a single one (formats have several: toJson, toTmx, …). */
  run?: (...args: never[]) => unknown;
}

/** The stages in the order they run. */
export const PIPELINE: readonly PipelineStage[] = Object.freeze([
  { name: 'decode', module: 'src/io/decode.ts', contract: 'bytes → text (+ warnings)', run: decodeText },
  { name: 'document', module: 'src/document/', contract: 'text → Document (blocks, segments, spans)', run: parseDocument },
  { name: 'alignment', module: 'src/align/', contract: 'Document × Document → Alignment (paragraph and sentence links)', run: align },
  { name: 'termbase', module: 'src/terms/', contract: 'Alignment → Termbase (term pairs with every rendering)', run: extractTerms },
  { name: 'checks', module: 'src/checks/', contract: 'Alignment (+ Termbase, glossary) → Flag[]', run: checkReport },
  { name: 'formats', module: 'src/formats/, src/report/', contract: 'Alignment | Termbase | Flag[] → JSON, TMX, TSV, ladder, TBX, CSV, HTML, XLSX' },
]);
