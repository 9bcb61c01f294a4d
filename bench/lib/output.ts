import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A target and whether the run met it (reported as measured, never rounded in our favour). */
export interface Target {
  metric: string;
  target: string;
  actual: number | string;
  met: boolean;
}

export interface BenchResult {
  bench: string;
  title: string;
  startedAt: string;
  durationS: number;
  params: Record<string, unknown>;
  targets: Target[];
  summary: string;
  [key: string]: unknown;
}

/**
 * Prints the result as JSON and a one-line summary, and leaves it in BENCH_RESULTS_DIR for
 * scripts/bench.sh to gather into bench/results/latest.json.
 */
export function emit(result: BenchResult): void {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const marks = result.targets
    .map((t) => `${t.metric} ${t.actual} (target ${t.target}: ${t.met ? 'met' : 'MISSED'})`)
    .join('; ');
  process.stdout.write(`SUMMARY ${result.bench}: ${result.summary}${marks ? ` | ${marks}` : ''}\n`);
  const dir = process.env.BENCH_RESULTS_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${result.bench}.json`), `${JSON.stringify(result, null, 2)}\n`);
  }
}

export const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
