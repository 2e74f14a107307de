import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { checkHeap, HEAP_BYTES_PER_CHAR } from '../src/align/limits.js';
import { paralignError } from './helpers/errors.js';

describe('checkHeap', () => {
  const limit = getHeapStatistics().heap_size_limit;
  const fits = Math.floor((limit - 64 * 2 ** 20) / HEAP_BYTES_PER_CHAR);

  it('lets an input through up to what the heap can hold', () => {
    expect(() => checkHeap(0, [])).not.toThrow();
    expect(() => checkHeap(fits, ['a.de', 'b.en'])).not.toThrow();
  });

  it('refuses more, naming the files, the sizes and the way out', () => {
    const e = paralignError(() => checkHeap(fits + 1_000_000, ['a.de', 'b.en']));
    expect(e.code).toBe('E_TOO_LARGE');
    expect(e.message).toMatch(/^a\.de and b\.en: [\d.]+ million characters need about \d+ MB of JavaScript heap/);
    expect(e.message).toContain(`(${Math.ceil(limit / 2 ** 20)} MB)`);
    expect(e.message).toMatch(/NODE_OPTIONS=--max-old-space-size=\d+/);
    expect(paralignError(() => checkHeap(fits * 2, [undefined, undefined])).message).toMatch(/^the two inputs: /);
  });
});
