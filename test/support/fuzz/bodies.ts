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

/** A file's first bytes that the upload's sniffing tells apart: accepted types, refused ones, and noise. */
const MAGIC = [
  '%PDF-1.4\n',
  'PK\u0003\u0004',
  '\u0089PNG\r\n\u001a\n',
  '\u00ff\u00d8\u00ff',
  'MZ\u0090\u0000',
  '#!/bin/sh\n',
  '',
  '<html>',
];

/**
 * Multipart forms for the upload (POST /api/documents), well formed or not: parts in any order and number,
 * any field names, file names and declared hashes, a file of random bytes behind a real or a fake type's
 * magic, a body cut short, a boundary that never comes, a form without the closing boundary.
 */
function multipart(): fc.Arbitrary<{ type?: string; body?: string | Buffer }> {
  const boundary = fc.constantFrom('x', 'khen-fuzz', '----WebKitFormBoundary7MA4YWxkTrZu0gW', 'a'.repeat(70));
  const fileName = fc.oneof(
    fc.constantFrom(
      'tờ trình.pdf',
      'a.pdf',
      '',
      '../../etc/passwd',
      'x'.repeat(300),
      'tệp\r\nX-Evil: 1.pdf',
      '"quoted".pdf',
    ),
    nastyString.map((n) => n.slice(0, 120)),
  );
  const content = fc
    .tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 1024 }))
    .map(([m, b]) => Buffer.concat([Buffer.from(m, 'latin1'), Buffer.from(b)]));
  const sha = fc.oneof(
    fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
    fc.constantFrom('', 'f'.repeat(64), 'G'.repeat(64), 'abc'),
    nastyString.map((n) => n.slice(0, 100)),
  );
  const part = fc.oneof(
    fc.record({
      kind: fc.constant('file' as const),
      name: fc.constantFrom('file', 'files', 'File', ''),
      fileName,
      content,
    }),
    fc.record({
      kind: fc.constant('field' as const),
      name: fc.constantFrom('sha256', 'title', 'file', '__proto__'),
      value: sha,
    }),
  );
  return fc
    .record({
      boundary,
      parts: fc.array(part, { maxLength: 3 }),
      end: fc.constantFrom('close', 'none', 'cut', 'wrong-boundary'),
      declared: fc.constantFrom('same', 'missing', 'other'),
    })
    .map(({ boundary: b, parts, end, declared }) => {
      const chunks = parts.map((p) =>
        p.kind === 'file'
          ? Buffer.concat([
              Buffer.from(
                `--${b}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.fileName}"\r\n` +
                  'Content-Type: application/octet-stream\r\n\r\n',
              ),
              p.content,
              Buffer.from('\r\n'),
            ])
          : Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`),
      );
      let body = Buffer.concat([...chunks, Buffer.from(end === 'close' ? `--${b}--\r\n` : '')]);
      if (end === 'cut') body = body.subarray(0, Math.floor(body.length / 2));
      const type =
        declared === 'missing'
          ? 'multipart/form-data'
          : `multipart/form-data; boundary=${declared === 'same' && end !== 'wrong-boundary' ? b : 'nope'}`;
      return { type, body };
    });
}

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
      // The upload reads a multipart form: most of its bodies are one, so that they reach past the parser.
      ...(e.template === '/api/documents' ? [multipart(), multipart(), multipart()] : []),
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
