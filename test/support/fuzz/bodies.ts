/** Request bodies: from the DTO schemas then broken, random JSON, malformed JSON text, wrong content types, uploads. */
import fc from 'fast-check';
import type { Endpoint } from './endpoints';
import type { FuzzContext } from './requests';
import { anyJson, fromSchema, nastyString } from './values';

const PROTO_BODIES = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"a":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
  '{"__proto__":[],"toString":"x","valueOf":1,"hasOwnProperty":"no"}',
];
const MALFORMED = [
  '{',
  '{"a":',
  '[1,2',
  '{"a":1}}',
  '{a:1}',
  "{'a':1}",
  'nul',
  'tru',
  '"unterminated',
  '{"a":1,}',
  '[,]',
  '\u0000',
  '{"\u0000":1}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":1e999999}',
  '{"a":-}',
  '\uFEFF{"a":1}',
  '   ',
  '{"a":' + '['.repeat(5000),
];

export function bodyOf(ctx: FuzzContext, e: Endpoint): fc.Arbitrary<{ type?: string; body?: string | Buffer }> {
  if (e.body === 'binary') {
    const csvCell = fc.oneof(
      nastyString.map((s) => s.slice(0, 200)),
      fc.constantFrom('Họ và tên', 'Danh hiệu', 'BK_TINH', 'INDIVIDUAL', 'Nguyễn Thị Lan'),
    );
    const csv = fc
      .array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { maxLength: 6 })
      .map((rows) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'));
    return fc.oneof(
      fc.record({ type: fc.constantFrom('text/csv', 'text/plain', undefined), body: csv }),
      fc.record({
        type: fc.constantFrom(
          'application/octet-stream',
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'image/png',
          'x/\u00e9',
        ),
        body: fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
      }),
      fc.record({
        type: fc.constant('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        body: fc
          .uint8Array({ maxLength: 512 })
          .map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)])),
      }),
      fc.record({
        type: fc.constantFrom('application/json', undefined),
        body: fc.constantFrom('', '{}', '{"a":1}', ...MALFORMED),
      }),
    );
  }
  if (!e.body)
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant({}) },
      {
        weight: 1,
        arbitrary: fc.record({
          type: fc.constant('application/json'),
          body: anyJson.map((v) => JSON.stringify(v) ?? 'null'),
        }),
      },
    );
  const schema = e.body;
  const valid = fromSchema(ctx.doc, schema).map((v) => JSON.stringify(v) ?? 'null');
  return fc.oneof(
    { weight: 10, arbitrary: fc.record({ type: fc.constant('application/json'), body: valid }) },
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('application/json'),
        body: anyJson.map((v) => JSON.stringify(v) ?? 'null'),
      }),
    },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('application/json'), body: fc.constantFrom(...MALFORMED) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('application/json'),
        body: fc
          .tuple(valid, fc.constantFrom(...PROTO_BODIES))
          .map(([v, p]) => (v.startsWith('{') && v.length > 2 ? `${p.slice(0, -1)},${v.slice(1)}` : p)),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/octet-stream',
          'text/csv',
        ),
        body: fc.oneof(
          valid,
          fc.constant('a=1&__proto__[polluted]=yes&b[]=2'),
          fc.constant('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'),
        ),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'application/json', body: '' }) },
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 200_000, max: 400_000 }).map((n) => ({
        type: 'application/json',
        body: JSON.stringify({ note: 'Ư'.repeat(n / 2), opinion: 'x', reason: 'y' }),
      })),
    },
  );
}
