import { randomUUID } from 'node:crypto';
import {
  decide,
  fold,
  initialState,
  isRefusal,
  nominationStreamId,
  SEED_RULE_SET,
  VIETNAM_CALENDAR,
  type Actor,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
  type RuleSet,
  type VoteChoice,
} from '@khen/domain';
import { DEMO_COUNCIL, DEMO_DOCUMENTS, DEMO_USERS } from './demo-directory';

export type SimulatedEnd =
  'DRAFT' | 'SUBMITTED' | 'BALLOT_OPEN' | 'DISCLOSURE_OPEN' | 'AWAITING_DECISION' | 'AWARDED' | 'REJECTED';

/** An event as a simulation produces it: its instant, the actor, and a fresh id. */
export interface SimulatedEvent {
  eventId: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  at: Date;
}

const SYSTEM: Actor = { userId: 'system', role: 'SYSTEM' };
const ORDER: SimulatedEnd[] = ['DRAFT', 'SUBMITTED', 'BALLOT_OPEN', 'DISCLOSURE_OPEN', 'AWAITING_DECISION', 'AWARDED'];

/**
 * A whole case run through the real decider with a simulated clock (no Temporal): the same events
 * the workflow would record, for seeding read models, tests of the history and the benchmarks.
 * Each step happens `stepMinutes` after the previous one, starting at `start`.
 */
export function simulateCase(opts: {
  nominationId?: string;
  start: Date;
  end: SimulatedEnd;
  stepMinutes?: number;
  name?: string;
  ruleSet?: RuleSet;
  decisionNumber?: string;
}): { nominationId: string; events: SimulatedEvent[]; state: NominationState } {
  const nominationId = opts.nominationId ?? randomUUID();
  const ruleSet = opts.ruleSet ?? SEED_RULE_SET;
  const step = (opts.stepMinutes ?? 60) * 60_000;
  let now = opts.start.getTime();
  let state = initialState();
  const events: SimulatedEvent[] = [];
  const record = (produced: NominationEvent[], actor: Actor) => {
    const at = new Date(now);
    produced.forEach((e) =>
      events.push({
        eventId: randomUUID(),
        type: e.type,
        data: e.data,
        at,
        metadata: {
          actorId: actor.userId,
          actorRole: actor.role,
          actorName: actor.displayName,
          occurredAt: at.toISOString(),
          workflowId: nominationStreamId(nominationId),
          simulated: true,
        },
      }),
    );
    state = fold(produced, state);
  };
  const run = (command: NominationCommand, actor: Actor, extra: object = {}) => {
    now += step;
    const r = decide(state, command, {
      now: new Date(now).toISOString(),
      actor,
      ruleSet,
      calendar: VIETNAM_CALENDAR,
      facts: { registry: [], holds: [], pending: [] },
      disclosureOverrideMs: step,
      ...extra,
    });
    if (isRefusal(r)) throw new Error(`simulation: ${command.type} refused: ${r.code}`);
    record(r, actor);
  };
  const upTo = (end: SimulatedEnd) =>
    ORDER.indexOf(opts.end === 'REJECTED' ? 'DISCLOSURE_OPEN' : opts.end) >= ORDER.indexOf(end);

  const u = DEMO_USERS;
  record(
    [
      {
        type: 'NominationDrafted',
        data: {
          nominationId,
          awardCode: 'BK_TINH',
          kind: 'CONG_TRANG',
          unitId: 'SO-GD',
          campaignId: 'TONG-KET-2026',
          year: 2026,
          nominee: {
            key: `SIM-${nominationId}`,
            name: opts.name ?? `Người thử ${nominationId.slice(0, 8)}`,
            subject: 'INDIVIDUAL',
            unitId: 'SO-GD',
          },
          council: {
            councilId: DEMO_COUNCIL.councilId,
            level: DEMO_COUNCIL.level,
            authorityId: DEMO_COUNCIL.authorityId,
          },
          achievements: {},
          ruleSetId: ruleSet.id,
        },
      },
    ],
    u.unitOfficer,
  );
  if (upTo('SUBMITTED')) run({ type: 'SubmitDossier', documents: DEMO_DOCUMENTS }, u.unitOfficer);
  if (upTo('BALLOT_OPEN')) {
    run({ type: 'AppraiseDossier', opinion: 'Hồ sơ đầy đủ.' }, u.office);
    run(
      { type: 'OpenBallot', members: DEMO_COUNCIL.members.map(({ memberId, unitId }) => ({ memberId, unitId })) },
      SYSTEM,
    );
  }
  if (upTo('DISCLOSURE_OPEN')) {
    const choices: VoteChoice[] =
      opts.end === 'REJECTED'
        ? ['APPROVE', 'DISAPPROVE', 'DISAPPROVE', 'APPROVE']
        : ['APPROVE', 'APPROVE', 'APPROVE', 'APPROVE'];
    for (const m of [u.member1, u.member2, u.member3, u.member5])
      run({ type: 'CastVote', sealedChoice: 'c2ltdWxhdGVkLXNlYWxlZC1iYWxsb3Q' }, m);
    run({ type: 'CloseBallot' }, u.office, { revealed: { choices, writtenOpinions: 0, invalid: 0, sealed: [] } });
  }
  if (upTo('AWAITING_DECISION')) run({ type: 'CloseDisclosure' }, SYSTEM);
  if (upTo('AWARDED'))
    run(
      {
        type: 'IssueDecision',
        decisionNumber: opts.decisionNumber ?? `SIM-${nominationId.slice(0, 8)}/QĐ-UBND`,
        decisionDate: new Date(now).toISOString().slice(0, 10),
      },
      u.authority,
    );
  return { nominationId, events, state };
}
