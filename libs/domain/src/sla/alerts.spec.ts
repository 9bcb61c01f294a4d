import { decide } from '../nomination/nomination.decider';
import type { NominationEvent } from '../nomination/nomination.events';
import { fold } from '../nomination/nomination.evolve';
import { ctx, MEMBERS, member, office, reveal, run, SEALED, submitted, SYSTEM } from '../nomination/testing/fixtures';
import { alertsFor } from './alerts';

const tick = (now: string) => (s: ReturnType<typeof submitted>) =>
  decide(s, { type: 'SlaTick' }, ctx(SYSTEM, now)) as NominationEvent[];

describe('SLA alerts', () => {
  it('alerts once for the warning and once per breach window, with stable idempotency keys', () => {
    const s = submitted();
    const warning = tick('2026-02-27T17:00:00.000Z')(s);
    const warned = fold(warning, s);
    expect(alertsFor(s, warning, warned)).toEqual([
      expect.objectContaining({ kind: 'SLA_WARNING', stage: 'COUNCIL_REVIEW', deadline: '2026-03-03T17:00:00.000Z' }),
    ]);
    const breach = tick('2026-03-03T17:00:00.000Z')(warned);
    const breached = fold(breach, warned);
    const [alert] = alertsFor(warned, breach, breached);
    expect(alert).toMatchObject({
      kind: 'SLA_BREACHED',
      window: 1,
      escalatedTo: 'OFFICE_LEAD',
      idempotencyKey: `${s.nominationId}:${alert.clockId}:SLA_BREACHED:1`,
    });
    expect(alert.messageVi).toContain('quá hạn giai đoạn "Hội đồng xét duyệt"');
    // The same events give the same key: a redelivery is recognisable as one.
    expect(alertsFor(warned, breach, breached)[0].idempotencyKey).toBe(alert.idempotencyKey);
  });

  it('sends a resolved notice when a breached stage ends, and nothing when an unbreached one does', () => {
    const breached = fold(tick('2026-03-03T17:00:00.000Z')(submitted()), submitted());
    const moved = run(
      breached,
      [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office],
      [{ type: 'OpenBallot', members: MEMBERS }, SYSTEM],
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')],
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m2')],
    );
    const closing = decide(
      moved,
      { type: 'CloseBallot' },
      ctx(office, '2026-03-04T03:00:00.000Z', { revealed: reveal(['APPROVE', 'APPROVE']) }),
    ) as NominationEvent[];
    expect(alertsFor(moved, closing, fold(closing, moved))).toEqual([
      expect.objectContaining({ kind: 'SLA_RESOLVED', stage: 'COUNCIL_REVIEW' }),
    ]);
    const calm = run(
      submitted(),
      [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office],
      [{ type: 'OpenBallot', members: MEMBERS }, SYSTEM],
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')],
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m2')],
    );
    const closingCalm = decide(
      calm,
      { type: 'CloseBallot' },
      ctx(office, undefined, { revealed: reveal(['APPROVE', 'APPROVE']) }),
    ) as NominationEvent[];
    expect(alertsFor(calm, closingCalm, fold(closingCalm, calm))).toEqual([]);
  });
});
