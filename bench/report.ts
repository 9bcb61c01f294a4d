import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './lib/output';

/**
 * Gathers one run's results (scripts/bench.sh's run directory) into bench/results/latest.json, the
 * committed record of the latest figures, and prints the summary table.
 */
function main(): void {
  const runDir = process.argv[2];
  if (!runDir) throw new Error('usage: report.js <run dir>');
  const resultsDir = join(runDir, 'results');
  const results: Record<string, BenchResult> = {};
  for (const f of existsSync(resultsDir)
    ? readdirSync(resultsDir)
        .filter((x) => x.endsWith('.json'))
        .sort()
    : []) {
    const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as BenchResult;
    results[r.bench] = r;
  }
  const machine = existsSync(join(runDir, 'machine.json'))
    ? JSON.parse(readFileSync(join(runDir, 'machine.json'), 'utf8'))
    : {};
  const here = { ...machine, loadAverageAtEnd: readLoad() };
  const out = join(__dirname, '../../bench/results');
  const latest = join(out, 'latest.json');
  // A run of some benchmarks only (--only) replaces their results in the record and keeps the others, each
  // run's machine facts beside its results, and says in the record's notes when they ran; the record's own date
  // and machine stay those of its whole run. A whole run replaces the record.
  const prior =
    process.env.BENCH_ONLY && existsSync(latest)
      ? (JSON.parse(readFileSync(latest, 'utf8')) as PriorRecord)
      : undefined;
  const merged: Record<string, BenchResult> = { ...prior?.results };
  for (const [k, r] of Object.entries(results)) merged[k] = prior ? { ...r, machine: here } : r;
  const now = new Date().toISOString();
  const ran = Object.keys(results);
  const record = {
    recordedAt: prior?.recordedAt ?? now,
    machine: prior?.machine ?? here,
    ...(prior && {
      notes: [
        ...(prior.notes ?? []).filter((n) => !ran.some((k) => n.startsWith(`${k}: `))),
        ...ran.map((k) => `${k}: npm run bench with --only ${process.env.BENCH_ONLY}, run on ${now}`),
      ],
    }),
    params: Object.fromEntries(Object.entries(merged).map(([k, r]) => [k, r.params])),
    table: rows(merged),
    results: merged,
  };
  if (process.env.BENCH_NO_RECORD !== '1') {
    mkdirSync(out, { recursive: true });
    writeFileSync(latest, `${JSON.stringify(record, null, 2)}\n`);
  }
  writeFileSync(join(runDir, 'latest.json'), `${JSON.stringify(record, null, 2)}\n`);
  print(rows(results), machine);
}

/** The committed record a run of some benchmarks only adds to. */
interface PriorRecord {
  recordedAt?: string;
  machine?: unknown;
  notes?: string[];
  results: Record<string, BenchResult>;
}

interface Row {
  bench: string;
  metric: string;
  value: string;
  target: string;
  met: string;
}

function rows(results: Record<string, BenchResult>): Row[] {
  const out: Row[] = [];
  for (const r of Object.values(results)) {
    for (const t of r.targets)
      out.push({
        bench: r.bench,
        metric: t.metric,
        value: String(t.actual),
        target: t.target,
        met: t.met ? 'yes' : 'NO',
      });
    for (const [metric, value] of Object.entries((r.headline as Record<string, unknown> | undefined) ?? {}))
      out.push({ bench: r.bench, metric, value: String(value), target: '', met: '' });
  }
  return out;
}

function print(table: Row[], machine: Record<string, unknown>): void {
  const head: Row = { bench: 'bench', metric: 'metric', value: 'value', target: 'target', met: 'met' };
  const keys = Object.keys(head) as (keyof Row)[];
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...table].map((r) => r[k].length))]),
  ) as Record<keyof Row, number>;
  const line = (r: Row) => `| ${keys.map((k) => r[k].padEnd(width[k])).join(' | ')} |`;
  console.log(
    `\nKhen benchmarks — ${new Date().toISOString().slice(0, 16)}Z — ${machine.nproc} cores, ${machine.cpuModel}, ${machine.memGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}, ${machine.temporal}`,
  );
  console.log(line(head));
  console.log(`|${keys.map((k) => '-'.repeat(width[k] + 2)).join('|')}|`);
  table.forEach((r) => console.log(line(r)));
}

function readLoad(): number[] {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return [];
  }
}

main();
