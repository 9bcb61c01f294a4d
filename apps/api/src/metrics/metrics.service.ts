import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { SlaService } from '../sla/sla.service';

/**
 * Business metrics read from the read models and the store at each scrape: they stay
 * right whichever API replica answers, since nothing is counted in one process's memory.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  constructor(db: DataSource, sla: SlaService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'khen_api_' });
    new Gauge({
      name: 'khen_open_cases',
      help: 'Open nominations by stage',
      labelNames: ['stage'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const r of await db.query(
          `SELECT stage, count(*)::int AS n FROM nominations WHERE outcome IS NULL GROUP BY stage`,
        ))
          this.set({ stage: r.stage }, r.n);
      },
    });
    new Gauge({
      name: 'khen_open_tasks',
      help: "Open tasks in the reviewers' queue by type",
      labelNames: ['type'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const r of await db.query(
          `SELECT task_type, count(*)::int AS n FROM tasks WHERE status = 'OPEN' GROUP BY task_type`,
        ))
          this.set({ type: r.task_type }, r.n);
      },
    });
    for (const [name, type, help] of [
      ['khen_sla_warnings_total', 'SlaWarning', 'SLA warnings recorded'],
      ['khen_sla_breaches_total', 'SlaBreached', 'SLA breaches recorded'],
    ]) {
      new Counter({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events WHERE type = $1`, [type]);
          this.reset();
          this.inc(n);
        },
      });
    }
    new Gauge({
      name: 'khen_projector_lag_events',
      help: 'Events a catch-up projector still has to fold (0: projections are written with the append)',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows = await db
          .query(
            `SELECT c.projection, (SELECT count(*) FROM events e WHERE e.global_position > c.position)::int AS lag FROM projection_checkpoints c`,
          )
          .catch(() => [] as { projection: string; lag: number }[]);
        this.set({ projection: 'inline' }, 0);
        for (const r of rows) this.set({ projection: r.projection }, r.lag);
      },
    });
    new Histogram({
      name: 'khen_stage_duration_working_days',
      help: 'Working days stage clocks ran (last 30 days)',
      labelNames: ['stage'],
      buckets: [1, 2, 3, 5, 10, 15, 20, 30, 45, 60],
      registers: [this.registry],
      async collect() {
        this.reset();
        const { stages } = await sla.stageDurations(30);
        for (const s of stages) {
          let lower = 0;
          for (const b of s.buckets) {
            // Each bucket's count, observed at its upper bound (or past the last one).
            for (let i = 0; i < b.count; i++) this.observe({ stage: s.stage }, b.upTo ?? lower + 1);
            lower = b.upTo ?? lower;
          }
        }
      },
    });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
