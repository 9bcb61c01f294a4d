import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * A process and every process below it, from /proc/<pid>/task/<tid>/children. A live child's CPU is not in its
 * parent's counters (only a reaped child's is): Keycloak's kc.sh, for one, runs java as its child.
 */
export function withDescendants(pid: number): number[] {
  const out = pid ? [pid] : [];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue; // gone
    }
    for (const tid of tasks) {
      try {
        const kids = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (kids) out.push(...kids.split(/\s+/).map(Number));
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return out;
}

/** CPU seconds of a process and its descendants. */
export const treeCpuSeconds = (pid: number): number => withDescendants(pid).reduce((s, p) => s + cpuSeconds(p), 0);

/** Resident memory of a process in MiB: current (VmRSS) and peak (VmHWM). */
export function rssMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** CPU used by groups of processes between two instants: where the machine's time went. */
export class CpuMeter {
  private readonly start = new Map<number, number>();

  constructor(private readonly groups: Record<string, () => number[]>) {
    for (const of of Object.values(groups)) for (const pid of of()) this.start.set(pid, cpuSeconds(pid));
  }

  /** CPU seconds per group since the meter started; a process born meanwhile counts whole. */
  read(): Record<string, number> {
    return Object.fromEntries(
      Object.entries(this.groups).map(([name, of]) => {
        const used = of().reduce((s, pid) => s + Math.max(0, cpuSeconds(pid) - (this.start.get(pid) ?? 0)), 0);
        return [name, Math.round(used * 100) / 100];
      }),
    );
  }
}

/** Pids from a file written by scripts/bench.sh (0 when absent). */
export function pidFrom(file: string | undefined): number {
  if (!file) return 0;
  try {
    return Number(readFileSync(file, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
}
