import type { EntityManager } from 'typeorm';

/** An event to append: its id was made by the caller (the workflow), so a retry re-sends it. */
export interface NewEvent {
  eventId: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export interface StoredEvent extends NewEvent {
  globalPosition: string;
  streamId: string;
  streamVersion: number;
  recordedAt: Date;
  prevHash: Buffer | null;
  hash: Buffer;
}

export interface AppendResult<R = never> {
  /** The stream's version after the append (what the next append must expect). */
  nextExpectedVersion: number;
  /** False when every event was already stored (a retried append) or a precheck refused. */
  appended: boolean;
  /** What the precheck refused with; nothing was written. */
  rejected?: R;
}

export interface AppendOptions<R> {
  /** Cross-stream invariants checked inside the append's transaction (quota, unique numbers). */
  precheck?: (manager: EntityManager) => Promise<R | undefined>;
  /** What only this transaction can give the new events (a case's number), filled in just before the
   * insert, so the events are recorded and hashed with it; not called for a replay. */
  complete?: (manager: EntityManager, events: readonly NewEvent[]) => Promise<readonly NewEvent[]>;
}

/** A read model folded in the same transaction as the append (docs/architecture.md §2). */
export interface InlineProjection {
  readonly name: string;
  apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void>;
}

export class WrongExpectedVersionError extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION';
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`stream ${streamId}: expected version ${expected}, found ${actual}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** Some but not all of a batch's ids are stored, or stored elsewhere: never a pure replay. */
export class IdempotencyViolationError extends Error {
  readonly code = 'IDEMPOTENCY_VIOLATION';
  constructor(
    readonly streamId: string,
    detail: string,
  ) {
    super(`stream ${streamId}: ${detail}`);
    this.name = 'IdempotencyViolationError';
  }
}
