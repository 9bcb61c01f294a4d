import { decide } from './nomination.decider';
import type { NominationCommand } from './nomination.commands';
import type { NominationEvent } from './nomination.events';
import { fold } from './nomination.evolve';
import type { NominationState } from './nomination.state';
import {
  authority,
  ballotOpen,
  ctx,
  docs,
  member,
  office,
  officer,
  reveal,
  SEALED,
  step,
  submitted,
  SYSTEM,
  votedAndClosed,
} from './testing/fixtures';
import type { Actor } from './nomination.commands';

// Which tasks a command closes, and whether it completed them or they were cancelled because the case moved on.
const closings = (s: NominationState, command: NominationCommand, actor: Actor, extra = {}) => {
  const events = step(s, command, actor, undefined, extra).events;
  return events
    .filter((e): e is Extract<NominationEvent, { type: 'TaskClosed' }> => e.type === 'TaskClosed')
    .map((e) => [s.tasks[e.data.taskId]!.slot, e.data.outcome, e.data.by]);
};
const withdraw = { type: 'WithdrawNomination' as const, reason: 'Đơn vị rút hồ sơ' };
const asked = () =>
  step(submitted(), { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung' }, office).state;
const breached = () => {
  const s = submitted();
  const clock = Object.values(s.clocks)[0]!;
  const tick = (st: NominationState, now: string) =>
    fold(decide(st, { type: 'SlaTick' }, ctx(SYSTEM, now)) as NominationEvent[], st);
  return tick(tick(s, clock.warningAt!), clock.deadline!);
};

describe('closing tasks: completed by their own command', () => {
  it('completes the supplement by the supplement, and cancels it by a withdrawal', () => {
    expect(closings(asked(), { type: 'SupplementDossier', documents: docs(['BIEN_BAN_HOP']) }, officer)).toEqual([
      ['SUPPLEMENT_DOSSIER', 'COMPLETED', 'cb'],
    ]);
    expect(closings(asked(), withdraw, officer)).toEqual([['SUPPLEMENT_DOSSIER', 'CANCELLED', 'cb']]);
  });

  it("completes a member's vote by their vote or their written opinion only; the close cancels the rest", () => {
    const s = ballotOpen();
    expect(closings(s, { type: 'CastVote', sealedChoice: SEALED }, member('m1'))).toEqual([
      ['CAST_VOTE:m1', 'COMPLETED', 'm1'],
    ]);
    expect(closings(s, { type: 'RecordWrittenOpinion', memberId: 'm2', sealedChoice: SEALED }, office)).toEqual([
      ['CAST_VOTE:m2', 'COMPLETED', 'ban'],
    ]);
    const two = [member('m1'), member('m2')].reduce(
      (st, m) => step(st, { type: 'CastVote', sealedChoice: SEALED }, m).state,
      s,
    );
    expect(closings(two, { type: 'CloseBallot' }, office, { revealed: reveal(['APPROVE', 'APPROVE']) })).toEqual([
      ['CAST_VOTE:m3', 'CANCELLED', 'ban'],
    ]);
  });

  it('completes an objection by its resolution and the signature by the decision', () => {
    const open = votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']);
    const objected = step(
      open,
      { type: 'FileObjection', objectionId: 'o1', content: 'Thành tích chưa đúng.' },
      { userId: 'public', role: 'PUBLIC' },
    ).state;
    expect(
      closings(
        objected,
        { type: 'ResolveObjection', objectionId: 'o1', outcome: 'DISMISSED', note: 'Đã xác minh.' },
        office,
      ),
    ).toEqual([['RESOLVE_OBJECTION:o1', 'COMPLETED', 'ban']]);
    const ended = step(open, { type: 'CloseDisclosure' }, SYSTEM, open.disclosure!.endsAt).state;
    const signed = new Date(Date.parse(open.disclosure!.endsAt) + 3600_000).toISOString();
    const events = step(
      ended,
      { type: 'IssueDecision', decisionNumber: '12/QĐ-SGD', decisionDate: signed.slice(0, 10) },
      authority,
      signed,
    ).events;
    expect(events.filter((e) => e.type === 'TaskClosed').map((e) => e.type === 'TaskClosed' && e.data.outcome)).toEqual(
      ['COMPLETED'],
    );
  });

  it('cancels an escalation with a withdrawal, and keeps it open while the unit supplements', () => {
    const s = breached();
    expect(
      Object.values(s.tasks)
        .map((t) => t.type)
        .sort(),
    ).toEqual(['APPRAISE_DOSSIER', 'ESCALATION']);
    const bySlot = (rows: unknown[][]) =>
      Object.fromEntries(rows.map(([slot, outcome]) => [String(slot).split(':')[0], outcome]));
    expect(bySlot(closings(s, withdraw, officer))).toEqual({ APPRAISE_DOSSIER: 'CANCELLED', ESCALATION: 'CANCELLED' });
    const supplementing = closings(
      s,
      { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung' },
      office,
    );
    expect(bySlot(supplementing)).toEqual({ APPRAISE_DOSSIER: 'COMPLETED' });
  });
});
