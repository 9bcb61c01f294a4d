/**
 * Property-based bad input for every endpoint of the API: the endpoints come from the
 * OpenAPI document, who may call them from the routes' own @Roles/@Public metadata, and fast-check
 * makes the requests: bodies from the DTO schemas then broken (wrong types, missing and extra
 * fields, huge strings, Vietnamese and control characters, __proto__ keys, numbers at the edges),
 * random JSON, malformed JSON text, wrong content types, hostile path parameters and query strings,
 * and tokens of allowed roles, refused roles, no token and forged tokens.
 */
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@khen/domain';
import { AppModule } from '../../apps/api/src/app.module';
import { PUBLIC_KEY, ROLES_KEY } from '../../apps/api/src/auth/roles.decorator';

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
};
export interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema?: Schema }[];
        requestBody?: { content: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

export interface Endpoint {
  key: string;
  method: 'get' | 'post' | 'put' | 'delete';
  template: string;
  pathParams: string[];
  query: { name: string; schema?: Schema }[];
  /** JSON schema of the body, 'binary' for uploads read raw, or undefined for none. */
  body?: Schema | 'binary';
  /** Roles that may call it; 'PUBLIC' when no token is needed. */
  allowed: Role[] | 'PUBLIC';
}

/** Every operation of the OpenAPI document, with the roles its route handler declares. */
export function endpointsOf(doc: OpenApiDoc): Endpoint[] {
  const roles = routeRoles();
  const out: Endpoint[] = [];
  for (const [template, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const key = `${method.toUpperCase()} ${template}`;
      if (!roles.has(key)) throw new Error(`no route handler found for ${key}`);
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const binary = template === '/api/documents' || template === '/api/bulk-filings';
      out.push({
        key,
        method: method as Endpoint['method'],
        template,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: binary ? 'binary' : (json ?? (method === 'post' || method === 'put' ? { type: 'object' } : undefined)),
        allowed: roles.get(key)!,
      });
    }
  }
  return out;
}

type Ctor = new (...a: never[]) => unknown;

/** The controllers of a module and of every module it imports (one module per feature folder). */
function controllersOf(module: Ctor | { module: Ctor }, seen = new Set<unknown>()): Ctor[] {
  const m = 'module' in module ? module.module : module;
  if (seen.has(m)) return [];
  seen.add(m);
  const imports = (Reflect.getMetadata('imports', m) ?? []) as (Ctor | { module: Ctor })[];
  return [
    ...((Reflect.getMetadata('controllers', m) ?? []) as Ctor[]),
    ...imports.flatMap((i) => controllersOf(i, seen)),
  ];
}

/** `METHOD /api/path/{param}` → allowed roles, read from the controllers' metadata. */
function routeRoles(): Map<string, Role[] | 'PUBLIC'> {
  const map = new Map<string, Role[] | 'PUBLIC'>();
  const controllers = controllersOf(AppModule);
  const ALL: Role[] = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'];
  for (const ctrl of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, ctrl) ?? '').replace(/^\/|\/$/g, '');
    for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
      const fn = (ctrl.prototype as Record<string, unknown>)[name];
      if (typeof fn !== 'function' || name === 'constructor') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
      const sub = Reflect.getMetadata(PATH_METADATA, fn) as string | undefined;
      if (method === undefined || sub === undefined) continue;
      const path = ['api', base, sub.replace(/^\/|\/$/g, '')]
        .filter(Boolean)
        .join('/')
        .replace(/:(\w+)/g, '{$1}');
      const isPublic = Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, ctrl);
      const allowed = (Reflect.getMetadata(ROLES_KEY, fn) ?? Reflect.getMetadata(ROLES_KEY, ctrl)) as
        Role[] | undefined;
      map.set(`${RequestMethod[method]} /${path}`, isPublic ? 'PUBLIC' : (allowed ?? ALL));
    }
  }
  return map;
}

// ---------------------------------------------------------------- values

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
  else if (s.type === 'number' || s.type === 'integer')
    right = fc.oneof(fc.integer({ min: s.minimum ?? -5, max: s.maximum ?? 3000 }), edgeNumber);
  else if (s.type === 'boolean') right = fc.boolean();
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

// ---------------------------------------------------------------- requests

export interface FuzzRequest {
  endpoint: string;
  method: Endpoint['method'];
  url: string;
  who: string;
  /** The caller's role is one the route allows (or the route is public). */
  allowedCaller: boolean;
  headers: Record<string, string>;
  /** Raw body text or bytes, sent as is. */
  body?: string | Buffer;
}

export interface FuzzContext {
  doc: OpenApiDoc;
  users: Record<string, Actor>;
  token: (a: Actor) => string;
  /** Values that exist, so that some requests get past "not found". */
  known: { caseIds: string[]; taskIds: string[]; objectionIds: string[]; viewNames: string[] };
  jwtSecret: string;
  jwtIssuer: string;
  /** Authorization headers from forgedTokens(). */
  forged: string[];
}

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

/** Tokens a client could forge or mangle: made once (signing is async), then picked from. */
export async function forgedTokens(
  ctx: Pick<FuzzContext, 'token' | 'users' | 'jwtSecret' | 'jwtIssuer'>,
): Promise<string[]> {
  const secret = new TextEncoder().encode(ctx.jwtSecret);
  const base = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ctx.jwtIssuer).setIssuedAt();
  return [
    'Bearer not.a.jwt',
    `Bearer ${ctx.token(ctx.users.admin).slice(0, -4)}AAAA`,
    `Bearer ${await base({ role: 'SYSTEM' }).setSubject('system').setExpirationTime('1h').sign(secret)}`,
    `Bearer ${await base({ role: 'PUBLIC' }).setSubject('x').setExpirationTime('1h').sign(secret)}`,
    `Bearer ${await base({ role: 'ADMIN' })
      .setSubject('quan-tri')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret)}`,
    `Bearer ${await base({ role: 'ADMIN' }).setSubject('quan-tri').setExpirationTime('1h').sign(new TextEncoder().encode('a-different-secret-of-32-bytes!!'))}`,
    `Bearer ${await base({ role: '__proto__', unitId: { $ne: 1 } })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(secret)}`,
    `Bearer ${await base({ role: 'UNIT_OFFICER', unitId: 'Ư'.repeat(3000) })
      .setSubject('a\u0000b')
      .setExpirationTime('1h')
      .sign(secret)}`,
    `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"quan-tri","role":"ADMIN"}').toString('base64url')}.`,
    `Basic ${Buffer.from('admin:admin').toString('base64')}`,
    'Bearer ',
    'bearer x',
  ];
}

/** Path parameters: the known ones, then well-formed unknowns, then anything. */
function pathValue(ctx: FuzzContext, name: string): fc.Arbitrary<string> {
  const uuid = fc.uuid({ version: 4 });
  const known: Record<string, fc.Arbitrary<string>> = {
    id: fc.constantFrom(...ctx.known.caseIds),
    objectionId: ctx.known.objectionIds.length ? fc.constantFrom(...ctx.known.objectionIds) : uuid,
    taskId: ctx.known.taskIds.length ? fc.constantFrom(...ctx.known.taskIds) : nastyString,
    name: fc.constantFrom(...ctx.known.viewNames, 'hop-viec-cua-toi'),
    version: fc.constantFrom('1', '2'),
    year: fc.constantFrom('2026', '2027', '2031'),
    sha256: fc.constantFrom('f'.repeat(64), '0'.repeat(64)),
    bulkId: uuid,
    holdId: uuid,
    sessionId: fc.constantFrom('PHIEN-2026-12', 'PHIEN-KHONG-CO'),
  };
  const shaped =
    name === 'version' || name === 'year'
      ? edgeNumber.map(String)
      : name === 'sha256'
        ? fc.stringMatching(/^[a-f0-9]{64}$/)
        : uuid;
  const raw = fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%2F', '%2e%2e', '%C0%AE', '%F0%9F');
  return fc.oneof(
    { weight: 4, arbitrary: (known[name] ?? nastyString).map(enc) },
    { weight: 2, arbitrary: shaped.map(enc) },
    { weight: 3, arbitrary: nastyString.filter((s) => s.length > 0 && s.length < 2000).map(enc) },
    { weight: 1, arbitrary: raw },
  );
}

const queryKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '__proto__[polluted]',
    'constructor[prototype][polluted]',
    'a[]',
    'a[b][c]',
    'x',
  ),
  fc.string({ maxLength: 8 }),
);

function queryString(ctx: FuzzContext, e: Endpoint): fc.Arbitrary<string> {
  const declared = e.query.map((q) =>
    fc.tuple(
      fc.constant(q.name),
      fromSchema(ctx.doc, q.schema).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
    ),
  );
  const pair = declared.length
    ? fc.oneof(
        { weight: 4, arbitrary: fc.oneof(...declared) },
        { weight: 1, arbitrary: fc.tuple(queryKey, nastyString) },
      )
    : fc.tuple(queryKey, nastyString);
  return fc
    .array(pair, { maxLength: 6 })
    .map((pairs) => pairs.map(([k, v]) => `${/[[\]]/.test(k) ? k : enc(k)}=${enc(String(v).slice(0, 600))}`).join('&'));
}

function bodyOf(ctx: FuzzContext, e: Endpoint): fc.Arbitrary<{ type?: string; body?: string | Buffer }> {
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

/** One request to an endpoint: who calls, where, with what. */
export function requestFor(ctx: FuzzContext, e: Endpoint): fc.Arbitrary<FuzzRequest> {
  const users = Object.values(ctx.users);
  const allowedUsers = e.allowed === 'PUBLIC' ? users : users.filter((u) => (e.allowed as Role[]).includes(u.role));
  const refusedUsers = e.allowed === 'PUBLIC' ? [] : users.filter((u) => !(e.allowed as Role[]).includes(u.role));
  type Caller =
    | { kind: 'user'; u: Actor; allowed: boolean }
    | { kind: 'none'; allowed: boolean }
    | { kind: 'forged'; header: string; allowed: boolean };
  const callers: fc.WeightedArbitrary<Caller>[] = [
    { weight: 6, arbitrary: fc.constantFrom(...allowedUsers).map((u): Caller => ({ kind: 'user', u, allowed: true })) },
    { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'none', allowed: e.allowed === 'PUBLIC' }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...ctx.forged)
        .map((header): Caller => ({ kind: 'forged', header, allowed: e.allowed === 'PUBLIC' })),
    },
  ];
  if (refusedUsers.length)
    callers.push({
      weight: 2,
      arbitrary: fc.constantFrom(...refusedUsers).map((u): Caller => ({ kind: 'user', u, allowed: false })),
    });
  const caller = fc.oneof(...callers);
  const path = fc.tuple(...e.pathParams.map((p) => pathValue(ctx, p))).map((values) => {
    let i = 0;
    return e.template.replace(/\{\w+\}/g, () => values[i++]);
  });
  return fc
    .record({
      caller,
      path,
      query: queryString(ctx, e),
      body: bodyOf(ctx, e),
      ifMatch: fc.option(
        fc.oneof(
          fc.constantFrom('"1"', 'W/"2"', '*', '"x"'),
          nastyString.map((s) => s.replace(/[^\x20-\x7e]/g, '').slice(0, 100)),
        ),
        { freq: 5 },
      ),
    })
    .map(({ caller, path, query, body, ifMatch }) => {
      const headers: Record<string, string> = { 'x-correlation-id': `fuzz-${randomUUID()}` };
      let who = 'anonymous';
      if (caller.kind === 'user') {
        headers.authorization = `Bearer ${ctx.token(caller.u)}`;
        who = `${caller.u.userId} (${caller.u.role})`;
      }
      if (caller.kind === 'forged') {
        headers.authorization = caller.header;
        who = `forged: ${caller.header.slice(0, 40)}…`;
      }
      if (body.type) headers['content-type'] = body.type;
      if (ifMatch) headers['if-match'] = ifMatch;
      return {
        endpoint: e.key,
        method: e.method,
        url: query ? `${path}?${query}` : path,
        who,
        allowedCaller: caller.allowed,
        headers,
        body: body.body,
      };
    });
}

/** What a failing request looked like, short enough to read in a test report. */
export function describeRequest(r: FuzzRequest): string {
  const body =
    r.body === undefined
      ? ''
      : Buffer.isBuffer(r.body)
        ? ` <${r.body.length} bytes>`
        : ` ${JSON.stringify(r.body.length > 300 ? `${r.body.slice(0, 300)}…(${r.body.length})` : r.body)}`;
  return `${r.method.toUpperCase()} ${r.url.length > 300 ? `${r.url.slice(0, 300)}…` : r.url} as ${r.who} [${r.headers['content-type'] ?? 'no content-type'}]${body}`;
}
