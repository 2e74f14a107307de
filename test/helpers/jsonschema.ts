/**
 * A small JSON Schema 2020-12 validator for tests, covering exactly the
 * keywords schema/alignment.schema.json uses. An unknown keyword is an
 * error, so the checker never ignores part of a schema silently.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KNOWN = new Set([
  ...ANNOTATIONS, '$ref', 'type', 'const', 'enum', 'required', 'properties', 'additionalProperties', 'unevaluatedProperties',
  'allOf', 'items', 'prefixItems', 'minItems', 'maxItems', 'minimum', 'maximum', 'minLength', 'pattern',
]);

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    case 'string': return typeof v === 'string';
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'boolean': return typeof v === 'boolean';
    case 'null': return v === null;
    default: throw new Error(`schema checker: unknown type ${type}`);
  }
}

/** Validate `value` against `root`; returns a list of "path: problem" strings (empty when valid). */
export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const m = /^#\/\$defs\/(\w+)$/.exec(ref);
    const defs = root['$defs'] as Record<string, Schema> | undefined;
    const s = m && defs ? defs[m[1]!] : undefined;
    if (!s) throw new Error(`schema checker: cannot resolve ${ref}`);
    return s;
  };
  /** Properties a schema evaluates (for unevaluatedProperties), following $ref and allOf. */
  const evaluated = (s: Schema): Set<string> => {
    const out = new Set<string>(Object.keys((s['properties'] as Schema | undefined) ?? {}));
    if (typeof s['$ref'] === 'string') for (const k of evaluated(resolve(s['$ref']))) out.add(k);
    for (const sub of (s['allOf'] as Schema[] | undefined) ?? []) for (const k of evaluated(sub)) out.add(k);
    return out;
  };
  const check = (s: Schema, v: unknown, path: string): void => {
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`schema checker: unsupported keyword ${k} at ${path}`);
    if (typeof s['$ref'] === 'string') check(resolve(s['$ref']), v, path);
    for (const sub of (s['allOf'] as Schema[] | undefined) ?? []) check(sub, v, path);
    if (typeof s['type'] === 'string' && !typeOk(s['type'], v)) {
      errors.push(`${path}: expected ${s['type']}`);
      return;
    }
    if ('const' in s && v !== s['const']) errors.push(`${path}: expected ${JSON.stringify(s['const'])}`);
    if (Array.isArray(s['enum']) && !s['enum'].includes(v)) errors.push(`${path}: expected one of ${JSON.stringify(s['enum'])}`);
    if (typeof v === 'number') {
      if (typeof s['minimum'] === 'number' && v < s['minimum']) errors.push(`${path}: below ${s['minimum']}`);
      if (typeof s['maximum'] === 'number' && v > s['maximum']) errors.push(`${path}: above ${s['maximum']}`);
    }
    if (typeof v === 'string') {
      if (typeof s['minLength'] === 'number' && v.length < s['minLength']) errors.push(`${path}: shorter than ${s['minLength']}`);
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(v)) errors.push(`${path}: does not match ${s['pattern']}`);
    }
    if (Array.isArray(v)) {
      if (typeof s['minItems'] === 'number' && v.length < s['minItems']) errors.push(`${path}: fewer than ${s['minItems']} items`);
      if (typeof s['maxItems'] === 'number' && v.length > s['maxItems']) errors.push(`${path}: more than ${s['maxItems']} items`);
      const prefix = (s['prefixItems'] as Schema[] | undefined) ?? [];
      v.forEach((item, i) => {
        if (i < prefix.length) check(prefix[i]!, item, `${path}[${i}]`);
        else if (s['items'] && typeof s['items'] === 'object') check(s['items'] as Schema, item, `${path}[${i}]`);
      });
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      for (const r of (s['required'] as string[] | undefined) ?? []) if (!(r in obj)) errors.push(`${path}: missing ${r}`);
      const props = (s['properties'] as Record<string, Schema> | undefined) ?? {};
      for (const [k, sub] of Object.entries(props)) if (k in obj) check(sub, obj[k], `${path}.${k}`);
      if (s['additionalProperties'] === false) {
        for (const k of Object.keys(obj)) if (!(k in props)) errors.push(`${path}: unexpected property ${k}`);
      }
      if (s['unevaluatedProperties'] === false) {
        const known = evaluated(s);
        for (const k of Object.keys(obj)) if (!known.has(k)) errors.push(`${path}: unexpected property ${k}`);
      }
    }
  };
  check(root, value, '$');
  return errors;
}
