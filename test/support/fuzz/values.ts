/** Values a client should never send (and some it should), and values shaped like a schema then broken. */
import fc from 'fast-check';
import type { OpenApiDoc, Schema } from './endpoints';

/** encodeURIComponent for any string, lone surrogates included (sent as their UTF-8 replacement, as a browser does). */
export function enc(s: string): string {
  return s
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[^A-Za-z0-9\-_.!~*'()]/gu, (c) => encodeURIComponent(c));
}

const NASTY_STRINGS = [
  '',
  ' ',
  '   ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'Nguyễn Thị Lan',
  'Đặng Văn Đức — Sở Y tế',
  'Hồ sơ đầy đủ, đúng quy định.',
  'Tiếng Việt có dấu: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự',
  'Nguye\u0302\u0303n (NFD)',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0003\u001f\u007f',
  '\r\n\t\b\f\v',
  '\u202e\u202d',
  '\ud800',
  '\udfff',
  '\uFEFF',
  '\u200b\u200d',
  '🏅🇻🇳',
  '%00',
  '%',
  '%zz',
  '../../etc/passwd',
  '..\\..\\windows',
  "' OR 1=1 --",
  '"; DROP TABLE events; --',
  '$1',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '9007199254740993',
  '2147483648',
  '-2147483649',
  '0x1F',
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  'not-a-uuid',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '1000-01-01',
  '9999-12-31',
  '2026-02-29',
  '2028-02-29',
  '2026-11-20T25:61:61Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  '1970-01-01T00:00:00Z',
  'true',
  'false',
  '[]',
  '{}',
  'APPROVE',
  'AWARD',
  'BK_TINH',
  'HD-TP',
  'TONG-KET-2026',
  'SO-GD',
];

const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1e-300,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53 - 1,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1999,
  2000,
  2026,
  2100,
  2101,
  99999,
];

/** Strings a client should never send, and some it should. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('Ư', 'a', 'Đ', '\u0000', '🏅')
      .chain((c) => fc.integer({ min: 65, max: 70_000 }).map((n) => c.repeat(n))),
  },
);

export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, with the keys a prototype-polluting payload would use. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    edgeNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted'), fc.string({ maxLength: 8 })),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

const resolve = (doc: OpenApiDoc, s: Schema): Schema =>
  s.$ref ? resolve(doc, doc.components.schemas[s.$ref.split('/').pop()!]) : s;

/** A value shaped like the schema, mostly right, sometimes wrong in one of the ways clients get it wrong. */
export function fromSchema(doc: OpenApiDoc, schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const s = schema ? resolve(doc, schema) : {};
  const wrong = fc.oneof(nastyString, edgeNumber, fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
  let right: fc.Arbitrary<unknown>;
  if (s.enum?.length) right = fc.constantFrom(...s.enum);
  else if (s.type === 'string')
    right = s.example !== undefined ? fc.oneof(fc.constant(s.example), nastyString) : nastyString;
  else if (s.type === 'number' || s.type === 'integer') {
    // A number's bounds need not be whole (a weight of at least 0,01): integers inside them, and for a number
    // any double inside them too.
    const [min, max] = [s.minimum ?? -5, s.maximum ?? 3000];
    const whole = fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
    right =
      s.type === 'number'
        ? fc.oneof(whole, fc.double({ min, max, noNaN: true }), edgeNumber)
        : fc.oneof(whole, edgeNumber);
  } else if (s.type === 'boolean') right = fc.boolean();
  else if (s.type === 'array')
    right = depth > 4 ? fc.constant([]) : fc.array(fromSchema(doc, s.items, depth + 1), { maxLength: 4 });
  else if (s.properties && depth <= 4) {
    const props = Object.entries(s.properties);
    right = fc
      .record(Object.fromEntries(props.map(([k, p]) => [k, fromSchema(doc, p, depth + 1)])), { requiredKeys: [] })
      .chain((obj) =>
        fc
          .record({
            drop: fc.oneof(
              { weight: 3, arbitrary: fc.constant<string[]>([]) },
              { weight: 1, arbitrary: fc.subarray(Object.keys(obj)) },
            ),
            extra: fc.dictionary(
              fc.oneof(
                fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'role', 'version', 'nominationId', 'polluted'),
                fc.string({ maxLength: 6 }),
              ),
              anyJson,
              { maxKeys: 2 },
            ),
            withExtra: fc.boolean(),
          })
          .map(({ drop, extra, withExtra }) => {
            const out: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(obj)) if (!drop.includes(k)) out[k] = v;
            if (withExtra)
              for (const [k, v] of Object.entries(extra))
                Object.defineProperty(out, k, { value: v, enumerable: true, configurable: true, writable: true });
            return out;
          }),
      );
  } else right = anyJson;
  return fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrong });
}
