import type { DataSource, EntityManager } from 'typeorm';
import { appendManyIn, type InlineProjection } from '@khen/eventstore';
import { inlineProjections } from './read-models';

export interface LockedStoreOptions {
  /** The read models folded in each append's transaction (default: every inline projection). */
  projections?: readonly InlineProjection[];
  clock?: () => Date;
}

/** Who a command came from, as every event's metadata records it (the audit's "who"). */
export const eventMetadata = (
  actor: { userId: string; role: string; displayName?: string },
  correlationId: string | undefined,
  extra: Record<string, unknown> = {},
) => ({ actorId: actor.userId, actorRole: actor.role, actorName: actor.displayName, correlationId, ...extra });

/**
 * The write side of the streams kept outside Temporal (the directory, the initiative registry): a command
 * runs in one transaction under an advisory lock, at one instant, and its events are appended with the
 * read models folded in that transaction.
 */
export abstract class LockedStore {
  protected readonly projections: readonly InlineProjection[];
  protected readonly clock: () => Date;

  constructor(
    protected readonly ds: DataSource,
    options: LockedStoreOptions = {},
  ) {
    this.projections = options.projections ?? inlineProjections();
    this.clock = options.clock ?? (() => new Date());
  }

  /** `work` in one transaction holding the advisory lock `key`, at the instant `now`. */
  protected locked<T>(key: string, work: (m: EntityManager, now: Date) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
      return work(m, this.clock());
    });
  }

  /** The streams' events appended in the transaction, the read models folded, recorded at `now`. */
  protected append(m: EntityManager, batches: Parameters<typeof appendManyIn>[1], now: Date) {
    return appendManyIn(m, batches, { projections: this.projections, clock: () => now });
  }
}
