import { randomUUID } from 'node:crypto';
import {
  decideDirectory,
  directoryTarget,
  evolveDirectory,
  isRefusal,
  toCivilDate,
  type DirectoryCommand,
  type Refusal,
  type RuleSet,
} from '@khen/domain';
import type { NewEvent, StoredEvent } from '@khen/eventstore';
import { eventMetadata, LockedStore } from '../locked-store';
import { RuleStore } from '../rules/rule-store';
import { DirectoryWorkingSet } from './directory-working-set';

/** Who changes the directory: recorded in every event's metadata (the audit's "who"). */
export interface DirectoryActor {
  userId: string;
  role: string;
  displayName?: string;
}

export interface DirectoryRequest {
  command: DirectoryCommand;
  /** The version the client saw (its ETag); a mismatch is STALE and records nothing. */
  ifMatch?: number;
}

export type DirectoryOutcome =
  | { status: 'RECORDED'; streamId: string; version: number; events: StoredEvent[] }
  | { status: 'UNCHANGED'; streamId: string; version: number }
  | { status: 'REFUSED'; streamId: string; refusal: Refusal }
  | { status: 'STALE'; streamId: string; expected: number; actual: number };

export interface DirectoryBatchResult {
  outcomes: DirectoryOutcome[];
  /** Events recorded by the whole batch (0 for a re-import of the same file). */
  recorded: number;
}

/** The advisory lock every directory write takes first: one writer of the directory at a time. */
export const DIRECTORY_LOCK = 'directory';

/**
 * Executes directory commands (docs/architecture.md, "Directory"): in one transaction it takes the
 * `directory` lock, reads the records and the facts their deciders need, decides, appends every
 * stream's events in one INSERT and folds the read models. `execute` is one command, all or
 * nothing; `executeMany` is an import's chunk: each row is decided after the ones before it, a
 * refused row is reported and skipped (or, atomic, stops the whole batch before anything is written).
 */
export class DirectoryStore extends LockedStore {
  async execute(
    request: DirectoryRequest,
    meta: { actor: DirectoryActor; correlationId?: string },
  ): Promise<DirectoryOutcome> {
    const { outcomes } = await this.executeMany([request], meta, { atomic: true });
    return outcomes[0]!;
  }

  async executeMany(
    requests: readonly DirectoryRequest[],
    meta: { actor: DirectoryActor; correlationId?: string },
    options: { atomic?: boolean } = {},
  ): Promise<DirectoryBatchResult> {
    if (requests.length === 0) return { outcomes: [], recorded: 0 };
    return this.locked(DIRECTORY_LOCK, async (m, now) => {
      const today = toCivilDate(now);
      const ws = new DirectoryWorkingSet(m);
      await ws.load(requests.map((r) => r.command));
      let ruleSet: RuleSet | undefined;
      if (requests.some((r) => directoryTarget(r.command).kind === 'campaign'))
        ruleSet = await new RuleStore(m).inForce(today);

      const outcomes: DirectoryOutcome[] = [];
      /** The event ids each RECORDED outcome appended, by its index. */
      const own: string[][] = [];
      const pending = new Map<string, { expectedVersion: number; events: NewEvent[] }>();
      for (const { command, ifMatch } of requests) {
        const rec = ws.record(command);
        if (ifMatch !== undefined && ifMatch !== rec.version) {
          outcomes.push({ status: 'STALE', streamId: rec.streamId, expected: ifMatch, actual: rec.version });
          if (options.atomic) return { outcomes, recorded: 0 };
          continue;
        }
        const decided = decideDirectory(rec.state, command, { today, facts: await ws.facts(command), ruleSet });
        if (isRefusal(decided)) {
          outcomes.push({ status: 'REFUSED', streamId: rec.streamId, refusal: decided });
          if (options.atomic) return { outcomes, recorded: 0 };
          continue;
        }
        if (decided.length === 0) {
          outcomes.push({ status: 'UNCHANGED', streamId: rec.streamId, version: rec.version });
          continue;
        }
        const stream = pending.get(rec.streamId) ?? { expectedVersion: rec.readVersion, events: [] };
        pending.set(rec.streamId, stream);
        let state = rec.state;
        own[outcomes.length] = [];
        for (const e of decided) {
          state = evolveDirectory(rec.kind, state, e);
          const eventId = randomUUID();
          own[outcomes.length]!.push(eventId);
          stream.events.push({
            eventId,
            type: e.type,
            data: e.data,
            metadata: eventMetadata(meta.actor, meta.correlationId, { seenVersion: rec.version }),
          });
        }
        ws.applied(rec, state!, decided.length);
        outcomes.push({ status: 'RECORDED', streamId: rec.streamId, version: rec.version, events: [] });
      }
      const batches = [...pending].map(([streamId, b]) => ({ streamId, ...b }));
      const { stored } = await this.append(m, batches, now);
      const byId = new Map(stored.map((e) => [e.eventId, e]));
      for (const [i, o] of outcomes.entries())
        if (o.status === 'RECORDED') o.events = (own[i] ?? []).map((id) => byId.get(id)!);
      return { outcomes, recorded: stored.length };
    });
  }
}
