import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SimulatedEnd } from '../../scripts/demo/simulate-case';
import { caseLines, copyIn, type CaseSpec, type SeedLine } from './copy-events';

/** How many cases of each kind make `events` events with `tasks` of them open (see plan()). */
export interface SeedPlan {
  cases: Partial<Record<SimulatedEnd, number>>;
  expectedEvents: number;
  expectedOpenTasks: number;
}

/** Events and open tasks of a case simulated to each end (counted from simulateCase). */
const SHAPE: Record<SimulatedEnd, { events: number; open: number }> = {
  DRAFT: { events: 1, open: 0 },
  SUBMITTED: { events: 4, open: 1 },
  BALLOT_OPEN: { events: 11, open: 4 },
  DISCLOSURE_OPEN: { events: 22, open: 0 },
  AWAITING_DECISION: { events: 25, open: 1 },
  AWARDED: { events: 28, open: 0 },
  REJECTED: { events: 22, open: 0 },
};

/**
 * A realistic spread of a busy council's cases: the open tasks are 40 % appraisals waiting for the
 * office, 45 % votes (four per open ballot: HD-TP's five seats, one recused), 15 % decisions waiting for the authority; the rest of
 * the events are finished cases (mostly awarded, some rejected by the ballot) and a few drafts.
 */
export function plan(events: number, tasks: number): SeedPlan {
  const cases: SeedPlan['cases'] = {
    SUBMITTED: Math.round(0.4 * tasks),
    BALLOT_OPEN: Math.round((0.45 * tasks) / 4),
    AWAITING_DECISION: Math.round(0.15 * tasks),
  };
  const used = Object.entries(cases).reduce((s, [end, k]) => s + SHAPE[end as SimulatedEnd].events * k!, 0);
  const rest = Math.max(0, events - used);
  cases.AWARDED = Math.floor((0.8 * rest) / SHAPE.AWARDED.events);
  cases.REJECTED = Math.floor((0.15 * rest) / SHAPE.REJECTED.events);
  const left = events - Object.entries(cases).reduce((s, [end, k]) => s + SHAPE[end as SimulatedEnd].events * k!, 0);
  cases.DRAFT = Math.max(0, left);
  const sum = (f: 'events' | 'open') =>
    Object.entries(cases).reduce((s, [end, k]) => s + SHAPE[end as SimulatedEnd][f] * k!, 0);
  return { cases, expectedEvents: sum('events'), expectedOpenTasks: sum('open') };
}

/** A tiny deterministic generator, so that two runs seed the same spread. */
export function rng(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: number, weighted: [T, number][]): T => {
  let acc = 0;
  for (const [v, w] of weighted) if ((acc += w) > r) return v;
  return weighted[weighted.length - 1][0];
};

/** The units, awards and campaigns the seeded cases are drawn from, each with its weight. */
export interface SeedLabels {
  units: [string, number][];
  awards: [string, number][];
  campaigns: [string, number][];
}

const UNITS: [string, number][] = [
  ['SO-GD', 0.35],
  ['SO-TC', 0.2],
  ['SO-YT', 0.2],
  ['SO-NV', 0.1],
  ['THPT-CVA', 0.15],
];
const AWARDS: [string, number][] = [
  ['BK_TINH', 0.6],
  ['TTLDXS', 0.15],
  ['NGUOI_TOT_VIEC_TOT', 0.15],
  ['CONG_DAN_THU_DO_UU_TU', 0.1],
];
const CAMPAIGNS: [string, number][] = [
  ['TONG-KET-2026', 0.7],
  ['CHUYEN-DE-CDS-2026', 0.3],
];

/**
 * Seeds the store straight into `events` (not through the API): each case is simulated by the real
 * decider (scripts/demo/simulate-case), labelled with a unit, award and campaign of the busy city
 * council, hash-chained like EventStore.append, and all cases' events are written in time order
 * (as commits would interleave them) through one COPY. Cases are simulated by `threads` worker
 * threads (bench/inbox/seed-worker) in chunks, merged in order while PostgreSQL ingests.
 */
export async function seedEvents(
  p: SeedPlan,
  o: {
    now: Date;
    spanDays: number;
    threads?: number;
    chunk?: number;
    onProgress?: (done: number) => void;
    /** Who files what into which campaign, weighted (default: the busy city council's). */
    labels?: SeedLabels;
  },
): Promise<{ events: number; cases: number; seconds: number }> {
  const t0 = performance.now();
  const chunk = o.chunk ?? 500;
  const copy = copyIn();
  const random = rng();
  const labels = o.labels ?? { units: UNITS, awards: AWARDS, campaigns: CAMPAIGNS };
  const ends = Object.entries(p.cases).flatMap(([end, k]) => Array.from({ length: k! }, () => end as SimulatedEnd));
  // Shuffle, then give starts in increasing order: finished and open cases are spread over the span.
  for (let i = ends.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ends[i], ends[j]] = [ends[j], ends[i]];
  }
  const spanMs = o.spanDays * 86_400_000;
  const first = o.now.getTime() - spanMs;
  const specs: CaseSpec[] = ends.map((end, i) => ({
    end,
    start: first + Math.floor((i / ends.length) * spanMs) + Math.floor(random() * 60_000),
    // A step every 30 minutes to 6 hours: a case takes from half a day to a week.
    stepMinutes: 30 + Math.floor(random() * 330),
    unit: pick(random(), labels.units),
    award: pick(random(), labels.awards),
    campaign: pick(random(), labels.campaigns),
  }));
  let pending: SeedLine[] = [];
  let written = 0;

  /** Writes, in time order, every pending line older than `upTo`: nothing simulated later can precede it. */
  const flush = async (upTo: number) => {
    pending.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
    let k = 0;
    while (k < pending.length && pending[k].at < upTo) k++;
    if (k === 0) return;
    const ready = pending.slice(0, k);
    pending = pending.slice(k);
    await copy.write(ready.map((r) => r.line).join(''));
    written += ready.length;
    o.onProgress?.(written);
  };

  const chunks = Array.from({ length: Math.ceil(specs.length / chunk) }, (_, i) =>
    specs.slice(i * chunk, (i + 1) * chunk),
  );
  const sim = simulator(o.threads ?? 2);
  try {
    // Ordered parallel map: a few chunks in flight, consumed in order (cases start in time order).
    const inFlight: Promise<SeedLine[]>[] = [];
    const ahead = 2 * Math.max(1, o.threads ?? 2);
    for (let next = 0, done = 0; done < chunks.length; done++) {
      while (next < chunks.length && inFlight.length < ahead) inFlight.push(sim(chunks[next++]));
      for (const line of await inFlight.shift()!) pending.push(line);
      const watermark = done + 1 < chunks.length ? chunks[done + 1][0].start : Infinity;
      if (pending.length >= 20_000 || watermark === Infinity) await flush(watermark);
    }
  } finally {
    await sim.close();
  }
  await copy.end();
  return { events: written, cases: ends.length, seconds: (performance.now() - t0) / 1000 };
}

/** Simulates chunks of cases on worker threads (or in this thread when threads = 0). */
function simulator(threads: number): ((specs: CaseSpec[]) => Promise<SeedLine[]>) & { close: () => Promise<void> } {
  if (threads <= 0)
    return Object.assign(async (specs: CaseSpec[]) => specs.flatMap(caseLines), { close: async () => undefined });
  const workers = Array.from({ length: threads }, () => new Worker(join(__dirname, 'seed-worker.js')));
  const waiting = new Map<number, { resolve: (lines: SeedLine[]) => void; reject: (err: unknown) => void }>();
  let id = 0;
  workers.forEach((w) => {
    w.on('message', (m: { id: number; lines: SeedLine[] }) => {
      waiting.get(m.id)!.resolve(m.lines);
      waiting.delete(m.id);
    });
    w.on('error', (err) => {
      waiting.forEach((p) => p.reject(err));
      waiting.clear();
    });
  });
  const run = (specs: CaseSpec[]) =>
    new Promise<SeedLine[]>((resolve, reject) => {
      const mine = id++;
      waiting.set(mine, { resolve, reject });
      workers[mine % workers.length].postMessage({ id: mine, specs });
    });
  return Object.assign(run, {
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  });
}
