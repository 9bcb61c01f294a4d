/**
 * The inbox measured as the API asks it (InboxService): the latency of BENCH_QUERIES pages over the
 * busy council's actors, one question asked 100 times, and EXPLAIN ANALYZE of each actor's first pages.
 */
import type { DataSource } from 'typeorm';
import { InboxService } from '../../apps/api/src/tasks/inbox.service';
import { round } from '../lib/output';
import { percentiles, Recorder } from '../lib/stats';
import { ACTORS, inboxAsks, type InboxAsk } from './inbox-queries';

export async function measureInbox(ds: DataSource, queries: number, now: Date) {
  const inbox = new InboxService(ds);
  const asks = inboxAsks(queries);
  const rec = new Recorder();
  const all: number[] = [];
  const slowest: { ms: number; actor: string; query: object; page: number }[] = [];
  const page = async (ask: InboxAsk, record: boolean) => {
    let cursor: string | undefined;
    for (let i = 0; i <= ask.pages; i++) {
      const t0 = performance.now();
      const out = await inbox.list({ ...ask.query, cursor }, ACTORS[ask.actor], now);
      const ms = performance.now() - t0;
      if (record) {
        rec.add(ask.actor, ms);
        all.push(ms);
        slowest.push({ ms: round(ms), actor: ask.actor, query: { ...ask.query }, page: i });
      }
      if (!out.nextCursor) break;
      cursor = out.nextCursor;
    }
  };
  for (const ask of asks.slice(0, 50)) await page(ask, false);
  let asked = 0;
  for (const ask of asks) {
    if (all.length >= queries) break;
    await page(ask, true);
    asked++;
  }
  const latency = percentiles(all.slice(0, queries));
  const explains = await explainFirstPages(ds, now);
  const sameQuestion = new Recorder();
  for (let i = 0; i < 100; i++)
    await sameQuestion.time('office: stage COUNCIL_REVIEW, BK_TINH, by breach', () =>
      inbox.list({ stage: 'COUNCIL_REVIEW', award: 'BK_TINH', sort: 'breach', limit: 50 }, ACTORS.office, now),
    );

  return { latency, rec, slowest, asked, explains, sameQuestion };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the inbox as InboxService builds it, for each actor: the first page
 * by due date, a filtered page by breach date, and the second page (keyset cursor) by priority.
 */
async function explainFirstPages(ds: DataSource, now: Date): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [name, actor] of Object.entries(ACTORS)) {
    const second =
      (await new InboxService(ds).list({ sort: 'priority', unit: 'SO-YT', limit: 50 }, actor, now)).nextCursor ??
      undefined;
    for (const query of [
      { sort: 'due' as const, limit: 50 },
      { sort: 'breach' as const, award: 'TTLDXS', limit: 50 },
      { sort: 'priority' as const, unit: 'SO-YT', limit: 50, cursor: second },
    ]) {
      let captured: { sql: string; args: unknown[] } | undefined;
      const spy = {
        query: (sql: string, args: unknown[]) => {
          captured = { sql, args };
          return ds.query(sql, args);
        },
      } as unknown as DataSource;
      await new InboxService(spy).list(query, actor, now);
      const plan = (await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${captured!.sql}`, captured!.args)) as {
        'QUERY PLAN': string;
      }[];
      out[`${name} ${JSON.stringify(query)}`] = [
        captured!.sql.replace(/\s+/g, ' '),
        JSON.stringify(captured!.args),
        ...plan.map((r) => r['QUERY PLAN']),
      ];
    }
  }
  return out;
}
