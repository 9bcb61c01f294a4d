import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleStore } from '@khen/projections';
import { freshDatabase } from '../support/fresh-database';
import {
  configFor,
  coverageOf,
  type Document,
  operationsFor,
  type RunResult,
  runSchemathesis,
} from '../support/schemathesis';
import { startTestStack, type TestStack } from '../support/test-stack';

/**
 * The OpenAPI document is true to the server: Schemathesis runs over the served document with every
 * check (status codes, content types, headers and bodies against their schemas, schema-valid requests
 * accepted and schema-violating ones refused, missing required headers, undeclared methods answered 405,
 * authentication not ignored...) for a demo token of each role and without a token, and finds nothing.
 * KHEN_SCHEMATHESIS_EXAMPLES bounds the examples per operation (default 3); KHEN_SCHEMATHESIS_SEED fixes
 * the seed (default 20261202, so a run is repeatable). On a database of its own: what it creates stays there.
 */
const EXAMPLES = Number(process.env.KHEN_SCHEMATHESIS_EXAMPLES ?? 3);
const SEED = Number(process.env.KHEN_SCHEMATHESIS_SEED ?? 20261202);
const PYTHON = process.env.KHEN_SCHEMATHESIS_PYTHON;

describe('the OpenAPI document, checked against the server by Schemathesis', () => {
  let stack: TestStack;
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let base: string;
  const dir = join(process.env.KHEN_TEST_RUN_DIR ?? tmpdir(), `schemathesis-${process.pid}`);

  beforeAll(async () => {
    if (!PYTHON)
      throw new Error('KHEN_SCHEMATHESIS_PYTHON is not set: run through npm test (scripts/lib.sh ensure_schemathesis)');
    fresh = await freshDatabase();
    await new RuleStore(fresh.ds.manager).ensureSeed();
    process.env.PGDATABASE = fresh.name;
    stack = await startTestStack();
    await new Promise<void>((resolve) => stack.api.getHttpServer().listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(stack.api.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await stack?.close();
    await fresh?.drop();
  });

  it('gives every request and response body a schema, and answers an undeclared method 405 with Allow', async () => {
    const doc = (await stack.http().get('/api/docs-json').expect(200)).body as Document;
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const o = op as unknown as {
          requestBody?: { content: Record<string, { schema?: unknown }> };
          responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
        };
        for (const [type, c] of Object.entries(o.requestBody?.content ?? {}))
          if (!c.schema) missing.push(`${method} ${path} request ${type}`);
        for (const [status, r] of Object.entries(o.responses)) {
          if (status === '204') continue;
          if (!r.content) missing.push(`${method} ${path} ${status}: no content`);
          for (const [type, c] of Object.entries(r.content ?? {}))
            if (!c.schema) missing.push(`${method} ${path} ${status} ${type}`);
        }
      }
    expect(missing).toEqual([]);
    const res = await stack.http().patch('/api/rules/current').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.body).toMatchObject({ code: 'METHOD_NOT_ALLOWED', status: 405 });
    // A path of a template: the methods of that template (PUT and DELETE /tasks/views/{name}).
    expect((await stack.http().post('/api/tasks/views/mine').expect(405)).headers.allow).toBe('PUT, DELETE');
  });

  it('reports no failure for any role, nor without a token', async () => {
    const doc = (await stack.http().get('/api/docs-json').expect(200)).body as Document;
    mkdirSync(dir, { recursive: true });
    const configFile = join(dir, 'schemathesis.toml');
    writeFileSync(configFile, configFor(doc));
    const demo = (await stack.http().get('/api/demo/tokens').expect(200)).body as {
      users: { key: string; role: string; token: string }[];
    };
    // One demo user of each role, and a caller without a token.
    const callers = new Map<string, string | undefined>([['anonymous', undefined]]);
    for (const u of demo.users) if (!callers.has(u.role)) callers.set(u.role, u.token);
    // Each role over the operations it may reach (every one is some role's): examples, fuzzing and stateful; the
    // coverage walk once per operation, by one role allowed there (coverageOf). Without a token over every
    // operation, examples and fuzzing (each answers 401 but the public ones: the coverage walk adds nothing).
    expect([...callers.keys()].sort()).toEqual(
      ['ADMIN', 'AUTHORITY', 'COUNCIL_MEMBER', 'SLA_MONITOR', 'TDKT_OFFICE', 'UNIT_OFFICER', 'anonymous'].sort(),
    );
    const results: RunResult[] = [];
    const runs: { caller: string; token?: string; operations: string[]; phases: string }[] = [];
    for (const [caller, token] of callers) {
      if (!token) runs.push({ caller, operations: operationsFor(doc, undefined), phases: 'examples,fuzzing' });
      else {
        const walk = coverageOf(doc, caller);
        if (walk.length) runs.push({ caller, token, operations: walk, phases: 'coverage' });
        runs.push({ caller, token, operations: operationsFor(doc, caller), phases: 'examples,fuzzing,stateful' });
      }
    }
    for (const { caller, token, operations, phases } of runs) {
      results.push(
        await runSchemathesis({
          python: PYTHON!,
          documentUrl: `${base}/api/docs-json`,
          baseUrl: base,
          caller,
          token,
          operations,
          phases,
          configFile,
          dir,
          examples: EXAMPLES,
          seed: SEED,
        }),
      );
    }
    const line = results.map(
      (r, i) => `${r.caller} ${runs[i].phases} ${r.seconds} s (${r.tests} operations, exit ${r.exitCode})`,
    );
    process.stderr.write(`schemathesis (${EXAMPLES} examples, seed ${SEED}): ${line.join('; ')}\n`);
    for (const r of results) if (r.exitCode !== 0) process.stderr.write(`--- ${r.caller} ---\n${r.summary}\n`);
    expect(results.flatMap((r) => r.failures)).toEqual([]);
    expect(results.map((r) => [r.caller, r.exitCode])).toEqual(results.map((r) => [r.caller, 0]));
    // It did test: every operation of the document, for every caller.
    const all = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const operations = all.length;
    const reached = new Set([...callers].flatMap(([c, t]) => (t ? operationsFor(doc, c) : [])));
    expect(reached.size).toBe(operations);
    const walked = runs.filter((r) => r.phases === 'coverage').flatMap((r) => r.operations);
    expect(new Set(walked).size).toBe(operations);
    expect(results.find((r) => r.caller === 'anonymous')!.tests).toBeGreaterThanOrEqual(operations);
  }, 900_000);
});
