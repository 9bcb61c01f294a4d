import { VIETNAM_CALENDAR } from '../calendar';
import { decide } from '../nomination/nomination.decider';
import type { NominationEvent } from '../nomination/nomination.events';
import { fold } from '../nomination/nomination.evolve';
import type { NominationState } from '../nomination/nomination.state';
import { ctx, office, officer, run, start, submitted, SYSTEM } from '../nomination/testing/fixtures';
import { nextSlaInstant, slaDeadline, slaWarningAt } from './next-due';

const at = (iso: string) => Date.parse(iso);
const tick = (s: NominationState, now: string) =>
  fold(decide(s, { type: 'SlaTick' }, ctx(SYSTEM, now)) as NominationEvent[], s);

/** Submitted Tue 10/2/2026: 10 working days counted from Wed 11/2, Tết 14–22/2 skipped. */
const WARNING = '2026-02-27T17:00:00.000Z'; // end of the 8th working day (75 % of 10, rounded up)
const DEADLINE = '2026-03-03T17:00:00.000Z'; // end of the 10th
const SECOND_WINDOW = '2026-03-10T17:00:00.000Z'; // 5 working days later
const THIRD_WINDOW = '2026-03-17T17:00:00.000Z';

describe('the next SLA instant a workflow sleeps until', () => {
  it('is nothing before the rules are frozen: a draft has no clock', () => {
    expect(nextSlaInstant(start(), VIETNAM_CALENDAR)).toBeUndefined();
  });

  it('is nothing without frozen rules, even with a clock in the state', () => {
    expect(nextSlaInstant({ ...submitted(), rules: undefined }, VIETNAM_CALENDAR)).toBeUndefined();
  });

  it('skips a clock that lacks either its warning instant or its deadline', () => {
    const s = submitted();
    const [clock] = Object.values(s.clocks);
    const only = (over: Partial<typeof clock>): NominationState => ({
      ...s,
      clocks: { [clock!.clockId]: { ...clock!, ...over } },
    });
    expect(nextSlaInstant(only({ deadline: undefined }), VIETNAM_CALENDAR)).toBeUndefined();
    expect(nextSlaInstant(only({ warningAt: undefined }), VIETNAM_CALENDAR)).toBeUndefined();
  });

  it('is the warning first, then each breach window of the escalation chain, then nothing', () => {
    const s = submitted();
    expect(nextSlaInstant(s, VIETNAM_CALENDAR)).toBe(at(WARNING));
    const warned = tick(s, WARNING);
    expect(nextSlaInstant(warned, VIETNAM_CALENDAR)).toBe(at(DEADLINE));
    const once = tick(warned, DEADLINE);
    expect(nextSlaInstant(once, VIETNAM_CALENDAR)).toBe(at(SECOND_WINDOW));
    const twice = tick(once, SECOND_WINDOW);
    expect(nextSlaInstant(twice, VIETNAM_CALENDAR)).toBe(at(THIRD_WINDOW));
    // Three levels (OFFICE_LEAD, COUNCIL_CHAIR, AUTHORITY): after the third breach nobody is left to escalate to.
    const thrice = tick(twice, THIRD_WINDOW);
    expect(Object.values(thrice.clocks)[0]).toMatchObject({ warned: true, breaches: 3 });
    expect(nextSlaInstant(thrice, VIETNAM_CALENDAR)).toBeUndefined();
  });

  it('skips a paused clock and takes the earliest of the running ones', () => {
    const supplementing = run(submitted(), [
      { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Thiếu biên bản họp.' },
      office,
    ]);
    const clocks = Object.values(supplementing.clocks);
    const review = clocks.find((c) => c.stage === 'COUNCIL_REVIEW')!;
    const unit = clocks.find((c) => c.stage === 'UNIT_PROPOSAL')!;
    expect(review.deadline).toBeUndefined();
    expect(nextSlaInstant(supplementing, VIETNAM_CALENDAR)).toBe(at(unit.warningAt!));
    // With two running clocks, the earlier instant wins, whichever clock it belongs to.
    const both: NominationState = {
      ...supplementing,
      clocks: {
        ...supplementing.clocks,
        [review.clockId]: { ...review, warningAt: '2026-02-11T17:00:00.000Z', deadline: DEADLINE },
      },
    };
    expect(nextSlaInstant(both, VIETNAM_CALENDAR)).toBe(at('2026-02-11T17:00:00.000Z'));
  });
});

describe("the case's SLA deadline and warning instant (the board, the search attribute)", () => {
  it('are those of the earliest running clock, and absent without one', () => {
    expect(slaDeadline(start())).toBeUndefined();
    expect(slaWarningAt(start())).toBeUndefined();
    const s = submitted();
    expect(slaDeadline(s)).toBe(DEADLINE);
    expect(slaWarningAt(s)).toBe(WARNING);
    const [clock] = Object.values(s.clocks);
    const two: NominationState = {
      ...s,
      clocks: {
        late: {
          ...clock!,
          clockId: 'late',
          deadline: '2026-04-01T17:00:00.000Z',
          warningAt: '2026-03-30T17:00:00.000Z',
        },
        early: {
          ...clock!,
          clockId: 'early',
          deadline: '2026-02-20T17:00:00.000Z',
          warningAt: '2026-02-19T17:00:00.000Z',
        },
        paused: { ...clock!, clockId: 'paused', deadline: undefined, warningAt: undefined },
      },
    };
    expect(slaDeadline(two)).toBe('2026-02-20T17:00:00.000Z');
    expect(slaWarningAt(two)).toBe('2026-02-19T17:00:00.000Z');
  });

  it('follow the clock through a pause: none while the unit supplements, a later one after', () => {
    const supplementing = run(submitted(), [
      { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Thiếu biên bản họp.' },
      office,
    ]);
    // Only the unit's own clock runs now.
    const unitClock = Object.values(supplementing.clocks).find((c) => c.stage === 'UNIT_PROPOSAL')!;
    expect(slaDeadline(supplementing)).toBe(unitClock.deadline);
    const resumed = run(supplementing, [
      { type: 'SupplementDossier', documents: [{ code: 'BIEN_BAN_HOP', title: 'Biên bản', sha256: 'b'.repeat(64) }] },
      officer,
      '2026-02-24T03:00:00.000Z',
    ]);
    // Paused on 11–13/2 and 23–24/2 (Tết between is no working day): five days later than before.
    expect(slaDeadline(resumed)).toBe(SECOND_WINDOW);
  });
});
