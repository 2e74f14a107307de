/**
 * Applying a terminologist's review to an extracted termbase, so that an
 * approved glossary can be regenerated from the extraction plus a small,
 * committed review file (see glossaries/README.md).
 *
 * The review file is tab-separated text, one action per line, `#` comments:
 *
 *     drop            <source>                         remove the entry (junk)
 *     drop-rendering  <source>  <target>               remove one rendering
 *     status          <source>  <target>|*  <status>  [note]   set a rendering's (or with *, the entry's) status
 *     note            <source>  <text>                 the entry's note
 *     default         <status>                         status of every entry still 'proposed' (its renderings share it)
 *
 * Sources and targets match after folding (termKey), so `Kindern` matches
 * the entry `Kinder`. Entries are renumbered c1, c2, … after the drops.
 */
import { ParalignError, describe, optionError } from '../errors.js';
import { getLanguage } from '../lang/index.js';
import { termKey } from '../terms/fold.js';
import type { Termbase, TermStatus } from '../types.js';

const STATUSES: readonly TermStatus[] = ['proposed', 'preferred', 'admitted', 'deprecated', 'forbidden'];

/** Options of {@link applyReview}. */
export interface ReviewOptions {
  /** The review file's name, for messages. Default: none. */
  file?: string;
}

/** What {@link applyReview} returns: the reviewed termbase and the review lines that matched nothing. */
export interface ReviewResult {
  termbase: Termbase;
  /** `line N: …` for each action whose source or target is not in the termbase (the extraction changed). */
  unmatched: string[];
}

interface Action {
  line: number;
  kind: 'drop' | 'drop-rendering' | 'status' | 'note' | 'default';
  fields: string[];
}

function parseReview(text: string, file: string | undefined): Action[] {
  const out: Action[] = [];
  const fail = (line: number, msg: string): never => {
    throw new ParalignError('E_GLOSSARY', `line ${line}: ${msg}`, file);
  };
  const arity: Record<Action['kind'], [number, number]> = { drop: [1, 1], 'drop-rendering': [2, 2], status: [3, 4], note: [2, 2], default: [1, 1] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const [kind, ...fields] = raw.split('\t').map((f) => f.trim());
    if (!kind || !(kind in arity)) fail(line, `expected one of ${Object.keys(arity).join(', ')}, found ${describe(kind)}`);
    const [min, max] = arity[kind as Action['kind']];
    const given = fields.filter((f, k) => f !== '' || k < min);
    if (given.length < min || given.length > max) fail(line, `${kind}: expected ${min === max ? min : `${min} to ${max}`} tab-separated fields, found ${given.length}`);
    const status = kind === 'status' ? fields[2] : kind === 'default' ? fields[0] : undefined;
    if (status !== undefined && !STATUSES.includes(status as TermStatus)) fail(line, `status: expected one of ${STATUSES.join(', ')}, found ${describe(status)}`);
    out.push({ line, kind: kind as Action['kind'], fields: given });
  });
  return out;
}

/**
 * Apply a review (see the module comment) to a termbase. Returns a new
 * termbase; the input is not changed. Malformed review lines throw
 * ParalignError E_GLOSSARY with the line; lines that match nothing are
 * returned in `unmatched`.
 */
export function applyReview(termbase: Termbase, review: string, options?: ReviewOptions): ReviewResult {
  if (options !== undefined && (typeof options !== 'object' || options === null)) optionError('options', 'an object', options);
  if (typeof review !== 'string') optionError('review', 'a string', review);
  const file = options?.file;
  const actions = parseReview(review, file);
  const src = getLanguage(termbase.srcLang);
  const tgt = getLanguage(termbase.tgtLang);
  const tb: Termbase = structuredClone(termbase);
  const unmatched: string[] = [];
  const entry = (a: Action): Termbase['terms'][number] | undefined => {
    const k = termKey(a.fields[0]!, src);
    const t = tb.terms.find((x) => termKey(x.source, src) === k);
    if (!t) unmatched.push(`line ${a.line}: no entry ${describe(a.fields[0])}`);
    return t;
  };
  const renderingIndex = (a: Action, t: Termbase['terms'][number]): number => {
    const k = termKey(a.fields[1]!, tgt);
    const i = t.renderings.findIndex((r) => termKey(r.term, tgt) === k);
    if (i < 0) unmatched.push(`line ${a.line}: no rendering ${describe(a.fields[1])} of ${describe(t.source)}`);
    return i;
  };
  const explicit = new Set<object>();
  for (const a of actions.filter((x) => x.kind === 'drop')) {
    const t = entry(a);
    if (t) tb.terms.splice(tb.terms.indexOf(t), 1);
  }
  for (const a of actions.filter((x) => x.kind === 'drop-rendering')) {
    const t = entry(a);
    if (!t) continue;
    const i = renderingIndex(a, t);
    if (i >= 0) {
      const [r] = t.renderings.splice(i, 1);
      t.frequency = Math.max(0, t.frequency - (r?.count ?? 0));
    }
  }
  for (const a of actions.filter((x) => x.kind === 'note')) {
    const t = entry(a);
    if (t) t.note = a.fields[1]!;
  }
  for (const a of actions.filter((x) => x.kind === 'status')) {
    const t = entry(a);
    if (!t) continue;
    const status = a.fields[2] as TermStatus;
    const note = a.fields[3];
    if (a.fields[1] === '*') {
      t.status = status;
      explicit.add(t);
      if (note) t.note = note;
      continue;
    }
    const i = renderingIndex(a, t);
    if (i < 0) continue;
    const r = t.renderings[i]!;
    r.status = status;
    explicit.add(r);
    if (note) r.note = note;
  }
  const def = actions.filter((x) => x.kind === 'default').pop()?.fields[0] as TermStatus | undefined;
  for (const t of tb.terms) {
    if (def && !explicit.has(t) && t.status === 'proposed') t.status = def;
    for (const r of t.renderings) {
      // renderings without a status of their own share the entry's; one is kept only where it differs
      if (r.status === t.status) delete r.status;
    }
  }
  tb.terms.forEach((t, i) => {
    t.id = `c${i + 1}`;
  });
  return { termbase: tb, unmatched };
}
