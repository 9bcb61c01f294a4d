import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleStore } from '@khen/projections';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import {
  describeRequest,
  type Endpoint,
  endpointsOf,
  forgedTokens,
  type FuzzContext,
  type FuzzRequest,
  type OpenApiDoc,
  requestFor,
} from '../support/api-fuzz';
import { CITY, flows, must } from '../support/case-flows';
import { freshDatabase } from '../support/fresh-database';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * Bad input for every endpoint of the OpenAPI document, property-based: no answer is
 * ever a 5xx, and a request answered 4xx records nothing (no event carries its correlation id, and
 * the tables the API writes directly are unchanged). Runs on a database of its own, so that the
 * suites beside it cannot change those tables meanwhile. KHEN_FUZZ_RUNS sets the number of requests
 * (1,500 in npm test; `npm run drill -- --fuzz` runs 10,000).
 */
const TOTAL_RUNS = Number(process.env.KHEN_FUZZ_RUNS ?? 1500);
const SEED = process.env.KHEN_FUZZ_SEED ? Number(process.env.KHEN_FUZZ_SEED) : undefined;

/** Tables written directly by the API (not event-sourced), each as one comparable value. */
const DIRECT_WRITES = `SELECT
  (SELECT count(*) FROM rule_sets)::int AS rule_sets,
  (SELECT count(*) FROM calendar_schedules)::int AS calendar_schedules,
  (SELECT md5(coalesce(string_agg(hold_id || ':' || coalesce(until::text, '-'), ',' ORDER BY hold_id), '')) FROM nominee_holds) AS nominee_holds,
  (SELECT count(*) FROM award_registry)::int AS award_registry,
  (SELECT count(*) FROM documents)::int AS documents,
  (SELECT count(*) FROM document_chunks)::int AS document_chunks,
  (SELECT count(*) FROM document_uploads)::int AS document_uploads,
  (SELECT count(*) FROM bulk_filings)::int AS bulk_filings,
  (SELECT md5(coalesce(string_agg(user_id || ':' || name || ':' || query::text, ',' ORDER BY user_id, name), '')) FROM saved_views) AS saved_views`;

interface Stats {
  requests: number;
  byStatus: Record<string, number>;
  byEndpoint: Record<string, { requests: number; statuses: Record<string, number> }>;
  refusedChecked: number;
  accepted: number;
  failures: string[];
}

describe('bad input to every endpoint (property-based fuzzing)', () => {
  let stack: TestStack;
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let endpoints: Endpoint[];
  let ctx: FuzzContext;
  const stats: Stats = { requests: 0, byStatus: {}, byEndpoint: {}, refusedChecked: 0, accepted: 0, failures: [] };
  const started = Date.now();

  beforeAll(async () => {
    fresh = await freshDatabase();
    await new RuleStore(fresh.ds.manager).ensureSeed();
    process.env.PGDATABASE = fresh.name;
    // Long enough that a disclosed case stays open (and static) for the whole run.
    process.env.KHEN_DISCLOSURE_OVERRIDE_MS = String(60 * 60_000);
    stack = await startTestStack();
    const f = flows(stack);
    const s = steps(stack);
    // Cases in the states the commands act on: a draft, a submitted dossier, an open ballot, a public list.
    const caseIds = [
      await f.filed(CITY, 'Lưu Thị Kiểm Thử'),
      await f.submitted(CITY, 'Tô Văn Ngẫu Nhiên'),
      await f.ballotOpen(CITY, 'Mai Thị Biên'),
      await f.disclosed(CITY, 'Khúc Văn Công Khai'),
    ];
    const objection = must(await s.object(caseIds[3], 'Đề nghị xác minh lại thành tích.'), 201).body
      .objectionId as string;
    const taskIds = (
      await stack.db.query(`SELECT task_id FROM tasks WHERE nomination_id = ANY($1) ORDER BY task_id`, [caseIds])
    ).map((r: { task_id: string }) => r.task_id);
    must(await s.put(users.office, '/tasks/views/viec-cua-toi', { scope: 'mine' }), 204);
    const doc = (await stack.http().get('/api/docs-json').expect(200)).body as OpenApiDoc;
    endpoints = endpointsOf(doc);
    const config = loadApiConfig();
    const base = { users, token: stack.token, jwtSecret: config.jwtSecret, jwtIssuer: config.jwtIssuer };
    ctx = {
      ...base,
      doc,
      known: { caseIds, taskIds, objectionIds: [objection], viewNames: ['viec-cua-toi'] },
      forged: await forgedTokens(base),
    };
  });

  afterAll(async () => {
    const report = {
      requests: stats.requests,
      refusedAndChecked: stats.refusedChecked,
      accepted: stats.accepted,
      byStatus: stats.byStatus,
      endpoints: Object.keys(stats.byEndpoint).length,
      failures: stats.failures.length,
      durationMs: Date.now() - started,
      seed: SEED ?? null,
    };
    process.stderr.write(`fuzz: ${JSON.stringify(report)}\n`);
    if (process.env.KHEN_TEST_RUN_DIR) {
      mkdirSync(process.env.KHEN_TEST_RUN_DIR, { recursive: true });
      writeFileSync(
        join(process.env.KHEN_TEST_RUN_DIR, 'fuzz-report.json'),
        JSON.stringify({ ...report, byEndpoint: stats.byEndpoint, failureList: stats.failures }, null, 2),
      );
    }
    await stack?.close();
    await fresh?.drop();
  });

  async function send(r: FuzzRequest) {
    let req = stack.http()[r.method](r.url);
    for (const [k, v] of Object.entries(r.headers)) req = req.set(k, v);
    if (r.body !== undefined) req = req.send(r.body);
    return req.timeout({ response: 60_000 }).ok(() => true);
  }

  /** One request, and everything that must hold after it. */
  async function check(r: FuzzRequest): Promise<void> {
    const [before] = await stack.db.query(DIRECT_WRITES);
    const res = await send(r);
    const e = (stats.byEndpoint[r.endpoint] ??= { requests: 0, statuses: {} });
    stats.requests++;
    e.requests++;
    e.statuses[res.status] = (e.statuses[res.status] ?? 0) + 1;
    stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
    const problems: string[] = [];
    if (res.status >= 500) problems.push(`answered ${res.status} ${res.body?.code ?? res.text?.slice(0, 200)}`);
    // A caller the route does not allow gets 401/403 (or 400/404/413/415/431 when the request fails before the guard).
    if (!r.allowedCaller && res.status < 400) problems.push(`a caller the route does not allow got ${res.status}`);
    if (res.status >= 400 && res.status < 500) {
      stats.refusedChecked++;
      const [after] = await stack.db.query(DIRECT_WRITES);
      for (const table of Object.keys(before))
        if (before[table] !== after[table]) problems.push(`refused (${res.status}) but ${table} changed`);
      const [{ n }] = await stack.db.query(
        `SELECT count(*)::int AS n FROM events WHERE metadata->>'correlationId' = $1`,
        [r.headers['x-correlation-id']],
      );
      if (n) problems.push(`refused (${res.status}) but ${n} events were recorded`);
      // 414/431: Node's HTTP parser refuses an oversized request line or headers before the app sees it.
      if (![414, 431].includes(res.status) && !/json/.test(String(res.headers['content-type'] ?? '')))
        problems.push(`refusal without a problem body (content-type ${res.headers['content-type']})`);
    } else if (res.status < 400) stats.accepted++;
    const polluted = Object.keys(Object.prototype).concat(Object.keys(Array.prototype));
    if (polluted.length || ({} as Record<string, unknown>).polluted !== undefined)
      problems.push(`prototype polluted: ${polluted.join(',')}`);
    if (problems.length) {
      const line = `${describeRequest(r)} → ${res.status}: ${problems.join('; ')}`;
      stats.failures.push(line);
      throw new Error(line);
    }
  }

  it('covers every endpoint of the OpenAPI document, with the roles its handler allows', () => {
    expect(endpoints.length).toBeGreaterThan(50);
    const commands = endpoints.filter((e) => e.method === 'post' || e.method === 'put');
    expect(commands.every((e) => e.body !== undefined)).toBe(true);
    expect(endpoints.find((e) => e.key === 'POST /api/nominations/{id}/votes')?.allowed).toEqual(['COUNCIL_MEMBER']);
    expect(endpoints.find((e) => e.key === 'GET /api/public/disclosures')?.allowed).toBe('PUBLIC');
  });

  // One property per endpoint, so that every one gets its share of the runs and fails on its own.
  it('never answers 5xx and records nothing for a refused request, on any endpoint', async () => {
    const runs = Math.max(5, Math.ceil(TOTAL_RUNS / endpoints.length));
    const failed: string[] = [];
    for (const e of endpoints) {
      try {
        await fc.assert(
          fc.asyncProperty(requestFor(ctx, e), async (r) => {
            await check(r);
          }),
          { numRuns: runs, seed: SEED, endOnFailure: true },
        );
      } catch (err) {
        const mine = stats.failures.at(-1);
        failed.push(
          mine && mine.startsWith(e.method.toUpperCase())
            ? mine.slice(0, 1500)
            : `${e.key}: ${(err as Error).message.slice(0, 1500)}`,
        );
      }
    }
    expect(failed).toEqual([]);
    expect(stats.requests).toBeGreaterThanOrEqual(TOTAL_RUNS);
    // The fuzzer must also reach past the guards: some requests are refused by validation, and some get through.
    expect(stats.byStatus['400']).toBeGreaterThan(0);
    expect(stats.byStatus['403']).toBeGreaterThan(0);
    expect(stats.byStatus['401']).toBeGreaterThan(0);
    expect(stats.accepted).toBeGreaterThan(0);
    // 1,500 requests, each checked against the database before and after: a bound on the run (beside the
    // whole suite on a shared machine it takes longer than jest's default), not an assertion on its speed.
  }, 300_000);
});
