import type { DataSource, EntityManager } from 'typeorm';
import { toStoredEvent, type InlineProjection } from '@khen/eventstore';

/** A place in commit order: a transaction id and a global position (as decimal strings). */
export interface Checkpoint {
  tx: string;
  position: string;
}

export interface Progress {
  done: number;
  total: number;
}

/**
 * Folds the store into a projection in commit order, with its checkpoint written in the same
 * transaction as the rows. It reads only events whose transaction id is below the oldest one still
 * running (pg_snapshot_xmin), in (tx_id, position) order, so it never passes an event that is not
 * committed yet: a gap left by an open transaction holds it back instead of being skipped for good.
 * Projections are folds without side effects, so replaying one sends no alert and no notification.
 */
export class CatchUpProjector {
  constructor(
    private readonly ds: DataSource,
    readonly checkpoint: string,
    private readonly projections: readonly InlineProjection[],
    private readonly batch = 5_000,
  ) {}

  /** Starts (again) from the beginning, or just after `from` when everything up to it is folded already. */
  async reset(from: Checkpoint = { tx: '0', position: '0' }): Promise<void> {
    await this.ds.query(
      `INSERT INTO projection_checkpoints (projection, tx_id, position, updated_at) VALUES ($1, $2::xid8, $3, now())
       ON CONFLICT (projection) DO UPDATE SET tx_id = EXCLUDED.tx_id, position = EXCLUDED.position, updated_at = now()`,
      [this.checkpoint, from.tx, from.position],
    );
  }

  /**
   * One batch in one transaction; returns how many events it folded. `appendsHeld`: the caller's
   * transaction holds the events table against writers (rebuild's switch), so every row there is
   * committed and none may wait behind the oldest running transaction — which may be an append blocked
   * by that very lock, holding back events committed after it began.
   */
  async step(manager?: EntityManager, appendsHeld = false): Promise<number> {
    const run = async (m: EntityManager) => {
      const [cp] = await m.query(
        `SELECT tx_id::text AS tx, position FROM projection_checkpoints WHERE projection = $1 FOR UPDATE`,
        [this.checkpoint],
      );
      if (!cp) throw new Error(`no checkpoint ${this.checkpoint}: reset() it first`);
      const rows = await m.query(
        `SELECT * FROM events WHERE (tx_id, global_position) > ($1::xid8, $2::bigint)
           ${appendsHeld ? '' : 'AND tx_id < pg_snapshot_xmin(pg_current_snapshot())'}
         ORDER BY tx_id, global_position LIMIT $3`,
        [cp.tx, cp.position, this.batch],
      );
      if (rows.length === 0) return 0;
      const events = rows.map(toStoredEvent);
      for (const p of this.projections) await p.apply(m, events);
      const last = rows[rows.length - 1];
      await m.query(
        `UPDATE projection_checkpoints SET tx_id = $2::xid8, position = $3, updated_at = now() WHERE projection = $1`,
        [this.checkpoint, last.tx_id, last.global_position],
      );
      return rows.length;
    };
    return manager ? run(manager) : this.ds.transaction(run);
  }

  /** Batches until nothing committed is left to fold. */
  async catchUp(onProgress?: (p: Progress) => void): Promise<number> {
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM events`);
    let done = 0;
    for (let n = await this.step(); n > 0; n = await this.step()) {
      done += n;
      onProgress?.({ done, total: Math.max(total, done) });
    }
    return done;
  }
}
