/** Latency summary of one series, in milliseconds (nearest-rank percentiles). */
export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return {
    n: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1]),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

/** Latencies grouped by a label (command type, actor, query). */
export class Recorder {
  private readonly series = new Map<string, number[]>();

  add(label: string, ms: number): void {
    const list = this.series.get(label) ?? [];
    list.push(ms);
    this.series.set(label, list);
  }

  async time<T>(label: string, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    const out = await fn();
    this.add(label, performance.now() - t0);
    return out;
  }

  summary(): Record<string, Percentiles> {
    return Object.fromEntries([...this.series].map(([k, v]) => [k, percentiles(v)]));
  }

  raw(): Record<string, number[]> {
    return Object.fromEntries(this.series);
  }

  merge(raw: Record<string, number[]>): void {
    for (const [k, v] of Object.entries(raw)) for (const ms of v) this.add(k, ms);
  }

  all(): number[] {
    return [...this.series.values()].flat();
  }
}

/** Runs `total` jobs with at most `concurrency` in flight; the first failure stops the run. */
export async function pool(total: number, concurrency: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const lane = async () => {
    while (failed === undefined && next < total) {
      const i = next++;
      try {
        await job(i);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, lane));
  if (failed !== undefined) throw failed;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
