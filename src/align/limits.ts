/**
 * The one hard limit of the aligner: the JavaScript heap. Aligning costs
 * about 10–17 bytes of heap per input character (measured on Council and
 * Text+Berg text; the DP's typed arrays live outside the heap), so an input
 * far beyond the process's heap limit would run for minutes and then die in
 * V8's out-of-memory abort, with no message a user can act on. It is refused
 * up front instead, with E_TOO_LARGE and what to do.
 */
import { getHeapStatistics } from 'node:v8';
import { ParalignError } from '../errors.js';

/** Heap bytes assumed per input character (the measured 10–17, with a margin). */
export const HEAP_BYTES_PER_CHAR = 20;
/** Heap the process needs besides the alignment (Node, the library, the inputs' first copies). */
const HEAP_BASE = 64 * 2 ** 20;

const mb = (bytes: number): number => Math.ceil(bytes / 2 ** 20);

/**
 * Throw E_TOO_LARGE when aligning `chars` characters (both sides together)
 * would need more heap than the process may use. `files` names the inputs.
 */
export function checkHeap(chars: number, files: ReadonlyArray<string | undefined>): void {
  const limit = getHeapStatistics().heap_size_limit;
  const need = HEAP_BASE + chars * HEAP_BYTES_PER_CHAR;
  if (need <= limit) return;
  const named = files.filter((f): f is string => f !== undefined);
  const what = named.length > 0 ? named.join(' and ') : 'the two inputs';
  throw new ParalignError(
    'E_TOO_LARGE',
    `${what}: ${(chars / 1e6).toFixed(1)} million characters need about ${mb(need)} MB of JavaScript heap to align, more than this process may use (${mb(limit)} MB): split them into smaller files at paragraph or chapter boundaries, or raise the limit (NODE_OPTIONS=--max-old-space-size=${Math.ceil((mb(need) * 1.25) / 1024) * 1024})`,
  );
}
