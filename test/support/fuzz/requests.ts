/** One fuzzed request to an endpoint: who calls (allowed, refused, anonymous, forged), the path, query, body and headers. */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@khen/domain';
import { bodyOf } from './bodies';
import type { Endpoint, OpenApiDoc } from './endpoints';
import { edgeNumber, enc, fromSchema, nastyString } from './values';

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
    initiativeId: uuid,
    registrationId: uuid,
    // A campaign no directory has: registration refuses it (422) without touching the demo campaigns.
    campaignId: fc.constantFrom('DOT-KHONG-CO', 'TONG-KET-KHONG-CO'),
    sessionId: fc.constantFrom('PHIEN-2026-12', 'PHIEN-KHONG-CO'),
    // Cluster and bloc scoring: a cluster with no members (404), a criterion's code.
    clusterId: fc.constantFrom('CUM-KHONG-CO', 'CUM-1'),
    criterionId: fc.constantFrom('TC-1', 'TC-KHONG-CO'),
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
