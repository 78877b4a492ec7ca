/**
 * Request generation from the OpenAPI document: values that follow a route's JSON schema, values
 * that break it, and the hostile strings (Unicode oddities, injection, traversal, huge) every
 * string field gets now and then. Deterministic for a given seed, so a failure can be replayed.
 */

export type Schema = Record<string, any>;

export type Operation = {
  method: string;
  /** '/api/v1/plans/{id}' */
  path: string;
  /** '/api/v1/plans/:id' (as the server registers it) */
  route: string;
  pathParams: { name: string; schema: Schema }[];
  query: { name: string; schema: Schema; required: boolean }[];
  body: Schema | null;
  /** POST routes documented as multipart/form-data uploads (no JSON body in the document). */
  multipart: boolean;
};

/** A small fast seeded generator (mulberry32). */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}

/** Strings that have broken servers: control characters, bidi marks, combining marks, surrogates, injections. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000\u0000\u0000',
  '\u202eRTL override\u202c',
  '\u200f\u200e\u061c',
  '\u200b\u200c\u200d\ufeff',
  'e' + '\u0301'.repeat(200),
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '😀👩‍👩‍👧‍👦🇻🇳',
  '\u{10ffff}',
  '\uffff\ufffe',
  'Đà Nẵng đ Đ',
  'ÐĐđ ǅ ß ſ ﬁ',
  '\r\n\t\v\f\b',
  '\u001b[31m',
  "'",
  '"',
  '\\',
  "' OR '1'='1",
  "'; DROP TABLE app_user; --",
  '1; SELECT pg_sleep(5)--',
  "' UNION SELECT password_hash FROM app_user --",
  '%',
  '_',
  '%_%',
  '\\%',
  '$1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-1+1',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  'null',
  'undefined',
  'true',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  '0x7fffffff',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '-infinity',
  'infinity',
  'epoch',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '__proto__',
  'constructor',
];

const HUGE = ['A'.repeat(70_000), 'đ'.repeat(20_000), '\u0000'.repeat(1000), '😀'.repeat(5_000)];

export function hostileString(r: Rng): string {
  if (r.chance(0.03)) return r.pick(HUGE);
  const s = r.pick(HOSTILE_STRINGS);
  return r.chance(0.2) ? `Kế hoạch ${s} năm` : s;
}

/** Any JSON value of any type, hostile where possible. */
export function hostileValue(r: Rng, depth = 0): unknown {
  switch (r.int(0, 12)) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 1.5, -0.000001, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, Number.MAX_SAFE_INTEGER]);
    case 3:
      return depth > 2 ? [] : Array.from({ length: r.int(0, 3) }, () => hostileValue(r, depth + 1));
    case 4:
      return depth > 2 ? {} : { [hostileString(r)]: hostileValue(r, depth + 1) };
    case 5:
      return nested(r.int(50, 400));
    case 6:
      return Array.from({ length: 2000 }, (_, i) => i);
    default:
      return hostileString(r);
  }
}

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

export type Pools = {
  /** Real ids in the database, by nothing in particular: a path or body id hits a real row sometimes. */
  ids: string[];
  /** Real short codes and kinds found in the database. */
  codes: string[];
};

function uuid(r: Rng): string {
  const h = () => r.int(0, 15).toString(16);
  const s = Array.from({ length: 32 }, h);
  s[12] = '4';
  s[16] = r.pick(['8', '9', 'a', 'b']);
  const j = s.join('');
  return `${j.slice(0, 8)}-${j.slice(8, 12)}-${j.slice(12, 16)}-${j.slice(16, 20)}-${j.slice(20)}`;
}

function resolve(doc: Schema, s: Schema): Schema {
  let cur = s;
  for (let i = 0; i < 10 && cur && typeof cur.$ref === 'string'; i++) {
    const name = cur.$ref.split('/').pop()!;
    cur = doc.components?.schemas?.[name] ?? {};
  }
  return cur ?? {};
}

function dateString(r: Rng): string {
  const y = r.int(2019, 2028);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A value that follows the schema (as far as a generic generator can), sometimes with hostile strings. */
export function validValue(doc: Schema, schema: Schema, r: Rng, pools: Pools, hostile = 0.1, depth = 0): unknown {
  const s = resolve(doc, schema);
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return r.pick(s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (Array.isArray(alts) && alts.length) return validValue(doc, r.pick(alts), r, pools, hostile, depth);
  if (Array.isArray(s.allOf) && s.allOf.length) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of s.allOf) {
      const p = resolve(doc, part);
      Object.assign(merged.properties, p.properties ?? {});
      merged.required.push(...(p.required ?? []));
    }
    return validValue(doc, merged, r, pools, hostile, depth);
  }
  let type = s.type;
  if (Array.isArray(type)) type = r.pick(type);
  if (!type) type = s.properties ? 'object' : s.items ? 'array' : r.pick(['string', 'integer', 'boolean', 'null']);
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return r.chance(0.5);
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : -1000;
      const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - 1 : 1_000_000;
      if (min <= 2026 && max >= 2022 && r.chance(0.5)) return r.int(2022, 2026); // years and small numbers reach real rows
      if (r.chance(0.3)) return Math.min(max, Math.max(min, r.int(0, 5)));
      if (r.chance(0.1)) return r.pick([min, max]);
      const v = min + r.next() * Math.min(max - min, 1e12);
      return type === 'integer' ? Math.max(min, Math.min(max, Math.round(v))) : v;
    }
    case 'string': {
      if (s.format === 'uuid') return r.chance(0.6) && pools.ids.length ? r.pick(pools.ids) : uuid(r);
      if (s.format === 'date' || (typeof s.pattern === 'string' && s.pattern.includes('\\d{4}-\\d{2}-\\d{2}$'))) return dateString(r);
      if (s.format === 'date-time') return `${dateString(r)}T0${r.int(0, 9)}:00:00.000Z`;
      if (s.format === 'email') return r.pick(['a@example.gov.vn', 'can.bo@danang.gov.vn']);
      if (typeof s.pattern === 'string') {
        const m = /^\^?\\d\{(\d+)\}\$?$/.exec(s.pattern);
        if (m) return '1'.repeat(Number(m[1]));
        if (s.pattern.includes('\\d{4}')) return r.pick(['2025', '2025-Q1', '2025-06', '2025-H1', '2024', '2026']);
        return r.chance(0.5) && pools.codes.length ? r.pick(pools.codes) : 'ABC-1';
      }
      const minLength = s.minLength ?? 0;
      const maxLength = s.maxLength ?? 200;
      if (r.chance(hostile)) {
        const h = hostileString(r);
        if (r.chance(0.5)) return h.slice(0, maxLength).padEnd(minLength, 'x');
        return h;
      }
      if (r.chance(0.3) && pools.codes.length) return r.pick(pools.codes);
      const base = r.pick(['Kế hoạch tuyên truyền CĐS', 'Phường Hải Châu', 'abc', 'Đà Nẵng', 'x', 'Hội nghị chuyển đổi số năm 2025']);
      let out = base;
      while (out.length < minLength) out += base;
      return out.slice(0, Math.max(minLength, Math.min(maxLength, out.length)));
    }
    case 'array': {
      const minItems = s.minItems ?? 0;
      const maxItems = Math.min(s.maxItems ?? 4, depth > 1 ? 2 : 4);
      const n = r.int(minItems, Math.max(minItems, maxItems));
      const items = s.items ? resolve(doc, s.items) : {};
      return Array.from({ length: n }, () => validValue(doc, items, r, pools, hostile, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(s.required ?? []);
      for (const [k, v] of Object.entries<Schema>(s.properties ?? {})) {
        if (required.has(k) || r.chance(0.6)) out[k] = validValue(doc, v, r, pools, hostile, depth + 1);
      }
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && r.chance(0.5)) {
        out[r.pick(pools.codes.length ? pools.codes : ['k'])] = validValue(doc, s.additionalProperties, r, pools, hostile, depth + 1);
      }
      return out;
    }
    default:
      return hostileValue(r);
  }
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;
}

/** True when the value certainly breaks a schema with a single definite type (used for sure rejections). */
function definitelyWrongFor(doc: Schema, schema: Schema, v: unknown): boolean {
  const s = resolve(doc, schema);
  if (s.anyOf || s.oneOf || s.allOf || s.enum || s.const !== undefined) return false;
  if (typeof s.type !== 'string') return false;
  const t = typeOf(v);
  if (s.type === 'number') return t !== 'number' && t !== 'integer';
  return t !== s.type;
}

/** A body that breaks the schema: a required field of a wrong type or missing, or a body of the wrong shape. */
export function invalidBody(doc: Schema, schema: Schema, r: Rng, pools: Pools): { body: unknown; certain: boolean } {
  const s = resolve(doc, schema);
  const base = validValue(doc, s, r, pools, 0.3);
  if (s.type === 'object' && base && typeof base === 'object' && !Array.isArray(base)) {
    const required: string[] = s.required ?? [];
    const typed = required.filter((k) => {
      const p = resolve(doc, s.properties?.[k] ?? {});
      return typeof p.type === 'string' && !p.anyOf && !p.oneOf;
    });
    if (typed.length && r.chance(0.7)) {
      const k = r.pick(typed);
      const out = { ...(base as Record<string, unknown>) };
      if (r.chance(0.3)) {
        delete out[k];
        return { body: out, certain: resolve(doc, s.properties[k]).default === undefined };
      }
      for (let i = 0; i < 20; i++) {
        const v = hostileValue(r);
        if (definitelyWrongFor(doc, s.properties[k], v)) {
          out[k] = v;
          return { body: out, certain: true };
        }
      }
    }
    // The body as a whole of the wrong type.
    return { body: r.pick<unknown>([[], [base], 'văn bản', 42, true, null]), certain: true };
  }
  return { body: hostileValue(r), certain: false };
}

/** A path parameter value: real, random, or broken. */
export function pathValue(doc: Schema, schema: Schema, r: Rng, pools: Pools, valid: boolean): string {
  const s = resolve(doc, schema);
  if (valid) {
    const v = validValue(doc, s, r, pools, 0);
    return encode(String(v));
  }
  return r.pick([
    'not-a-uuid',
    '0',
    '-1',
    '1.5',
    '99999999999999999999999',
    'null',
    '%00',
    '%2e%2e%2f%2e%2e',
    '..',
    '%ED%A0%80',
    '%E0%A4%A',
    '%',
    encode(uuid(r).toUpperCase()),
    encode(uuid(r) + ' '),
    encode(`${uuid(r)}'--`),
    encode('\u202e' + uuid(r)),
    encode('x'.repeat(r.int(90, 110))),
    'A'.repeat(4000),
    encode(hostileString(r).slice(0, 300)),
  ]);
}

/** encodeURIComponent that survives lone surrogates (sent as their raw, invalid, UTF-8 bytes). */
export function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c >= 0xd800 && c <= 0xdfff) out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
      else out += encodeURIComponent(ch);
    }
    return out;
  }
}

/** A query string: the declared parameters with valid or hostile values, unknown and repeated ones now and then. */
export function queryString(doc: Schema, op: Operation, r: Rng, pools: Pools, valid: boolean): string {
  const parts: string[] = [];
  for (const q of op.query) {
    if (!q.required && r.chance(0.5)) continue;
    if (valid) {
      const v = validValue(doc, q.schema, r, pools, 0.15);
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
      parts.push(`${q.name}=${encode(String(v))}`);
    } else {
      const v = r.chance(0.8) ? hostileString(r).slice(0, 2000) : String(hostileValue(r)).slice(0, 2000);
      parts.push(`${q.name}=${encode(v)}`);
      if (r.chance(0.15)) parts.push(`${q.name}=${encode(v)}`); // repeated: arrives as an array
      if (r.chance(0.05)) parts.push(`${q.name}[]=1`, `${q.name}[a]=2`);
    }
  }
  if (r.chance(0.1)) parts.push(`${encode(hostileString(r).slice(0, 50))}=${encode(hostileString(r).slice(0, 50))}`);
  if (!valid && r.chance(0.05)) parts.push('%ZZ=%', '=', '&&');
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Reads the operations of the document. */
export function operationsOf(doc: Schema): Operation[] {
  const ops: Operation[] = [];
  for (const [p, methods] of Object.entries<Schema>(doc.paths ?? {})) {
    for (const [m, op] of Object.entries<Schema>(methods)) {
      const params: Schema[] = op.parameters ?? [];
      const json = op.requestBody?.content?.['application/json']?.schema ?? null;
      ops.push({
        method: m.toUpperCase(),
        path: p,
        route: p.replace(/\{([^}]+)\}/g, ':$1'),
        pathParams: params.filter((x) => x.in === 'path').map((x) => ({ name: x.name, schema: x.schema ?? {} })),
        query: params.filter((x) => x.in === 'query').map((x) => ({ name: x.name, schema: x.schema ?? {}, required: Boolean(x.required) })),
        body: json,
        multipart: m === 'post' && !json && /multipart|tải tệp|import/i.test(`${op.summary ?? ''} ${p}`),
      });
    }
  }
  return ops;
}
