import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Schemathesis (PyPI, installed by scripts/lib.sh ensure_schemathesis) over the served OpenAPI document:
 * every check, a bounded number of examples, one run per caller. See docs/openapi.md.
 */

type Operation = {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
  'x-khen-roles'?: string[];
  'x-khen-content-checked'?: boolean;
};
export type Document = { paths: Record<string, Record<string, Operation>> };

const POSITIVE_DEFAULT = ['2xx', '3xx', '401', '403', '404', '409', '429', '5xx'];
const NEGATIVE_DEFAULT = ['400', '401', '403', '404', '405', '406', '409', '415', '422', '428', '429', '5xx'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const q = (s: string) => JSON.stringify(s);

/**
 * The run's configuration, from the document itself:
 * - strings without NUL and lone surrogates (UTF-8): every text field refuses them (INVALID_CHARACTERS, 400),
 *   which no JSON Schema keyword says; the fuzz suite (test/e2e/fuzz.e2e.spec.ts) sends them;
 * - a schema-violating request may also be refused 413: a body over its parser's limit is not read;
 * - a schema-valid request may be refused 422 where the operation declares 422 (a rule of the domain on a
 *   valid form: dates in order, a file's content, the case's state), 412 where it declares 412 (an If-Match
 *   of another version), and 400 where it takes an opaque
 *   `cursor` (only the server's own nextCursor is one).
 */
export function configFor(doc: Document): string {
  const lines = [
    '[generation]',
    'allow-x00 = false',
    'codec = "utf-8"',
    '',
    '[checks.negative_data_rejection]',
    `expected-statuses = [${[...NEGATIVE_DEFAULT, '413'].map(q).join(', ')}]`,
    '',
  ];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const extra = [
        ...(op.responses['422'] ? ['422'] : []),
        // If-Match names a version the record no longer has (a directory record, a case): 412, nothing written.
        ...(op.responses['412'] ? ['412'] : []),
        // No JSON Schema keyword bounds a body's bytes: a valid one can still be over its parser's limit.
        ...(op.requestBody && op.responses['413'] ? ['413'] : []),
        // A body checked beyond its schema (@ContentChecked: a file, a rule set): what is wrong is 400 or 422.
        ...(op['x-khen-content-checked'] ? ['400', '422'] : []),
        ...((op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'cursor') ? ['400'] : []),
      ];
      if (extra.length === 0) continue;
      lines.push(
        '[[operations]]',
        `include-name = ${q(`${m.toUpperCase()} ${path}`)}`,
        `checks.positive_data_acceptance.expected-statuses = [${[...POSITIVE_DEFAULT, ...extra].map(q).join(', ')}]`,
        '',
      );
    }
  }
  return lines.join('\n');
}

/**
 * The operations a caller may reach past the guard: public ones, those of its role (x-khen-roles, from
 * @Roles), those of every signed-in user. The others answer it 403 whatever it sends: the run of a role
 * allowed there tests them. Without a token: every operation (all answer 401 but the public ones).
 */
export function operationsFor(doc: Document, role: string | undefined): string[] {
  const names: string[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const open = op.security !== undefined && op.security.length === 0;
      if (role === undefined || open || !op['x-khen-roles'] || op['x-khen-roles'].includes(role))
        names.push(`${m.toUpperCase()} ${path}`);
    }
  return names;
}

/**
 * Which role walks each operation's coverage phase (the deterministic walk of every boundary of its schema,
 * the costly phase): the first role its @Roles names, else the office (TDKT_OFFICE). Once per operation:
 * the walk is the schema's, and past the guard one allowed role is as good as another.
 */
export function coverageOf(doc: Document, role: string): string[] {
  return operationsFor(doc, role).filter((name) => {
    const [method, path] = name.split(' ');
    const op = doc.paths[path][method.toLowerCase()];
    return (op['x-khen-roles']?.[0] ?? 'TDKT_OFFICE') === role;
  });
}

export interface RunResult {
  caller: string;
  exitCode: number | null;
  seconds: number;
  /** The closing lines of schemathesis's own report (failures, errors, summary). */
  summary: string;
  /** Failures and errors of the JUnit report: one line each. */
  failures: string[];
  tests: number;
}

/** One `st run` as a child process (the API answers from this process meanwhile). */
export async function runSchemathesis(o: {
  python: string;
  documentUrl: string;
  baseUrl: string;
  caller: string;
  token?: string;
  configFile: string;
  dir: string;
  examples: number;
  seed: number;
  operations: string[];
  phases: string;
}): Promise<RunResult> {
  const dir = join(o.dir, `${o.caller}-${o.phases.replace(/,/g, '-')}`);
  mkdirSync(dir, { recursive: true });
  const junit = join(dir, 'junit.xml');
  const args = [
    join(__dirname, 'schemathesis-run.py'),
    '--config-file',
    o.configFile,
    'run',
    o.documentUrl,
    '--url',
    o.baseUrl,
    '--checks',
    'all',
    '--max-examples',
    String(o.examples),
    '--seed',
    String(o.seed),
    '--workers',
    '1',
    '--no-shrink',
    '--phases',
    o.phases,
    ...o.operations.flatMap((name) => ['--include-name', name]),
    '--report',
    'junit',
    '--report-junit-path',
    junit,
    '--no-color',
    '--output-truncate',
    'true',
    ...(o.token ? ['--header', `Authorization: Bearer ${o.token}`] : []),
  ];
  const started = Date.now();
  let out = '';
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(o.python, args, { env: { ...process.env, PYTHONHASHSEED: '0' }, cwd: dir });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  writeFileSync(join(dir, 'output.txt'), out);
  const xml = readdirSync(dir).includes('junit.xml') ? readFileSync(junit, 'utf8') : '';
  const failures = [
    ...xml.matchAll(/<testcase[^>]*name="([^"]*)"[^>]*>\s*<(failure|error)[^>]*message="([^"]*)"/g),
  ].map((m) => `${o.caller}: ${m[1]}: ${m[2]} ${m[3].slice(0, 300)}`);
  const tests = [...xml.matchAll(/<testcase /g)].length;
  const summaryAt = out.lastIndexOf('SUMMARY');
  return {
    caller: o.caller,
    exitCode,
    seconds: Math.round((Date.now() - started) / 1000),
    summary: out.slice(summaryAt >= 0 ? Math.max(0, summaryAt - 6000) : -6000),
    failures,
    tests,
  };
}
