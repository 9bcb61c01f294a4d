import fc from 'fast-check';
import { addCivilDays } from './civil-date';
import { VIETNAM_CALENDAR } from './index';
import { addWorkingDays, workingDaysBetween, type PauseInterval } from './working-days';

// A pause of an SLA clock (the unit supplements its dossier): days in (from, to] do not count.

const calendar = VIETNAM_CALENDAR;
const inPause = (date: string, pauses: readonly PauseInterval[]) =>
  pauses.some((p) => date > p.from && (!p.to || date <= p.to));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

// 2020–2035: official schedules where loaded, computed lunar defaults elsewhere.
const dates = fc.integer({ min: 0, max: 365 * 16 }).map((n) => addCivilDays('2020-01-01', n));
const counts = fc.integer({ min: 1, max: 40 });
const pauseNear = (start: string) =>
  fc
    .record({ offset: fc.integer({ min: -10, max: 60 }), length: fc.integer({ min: 0, max: 20 }) })
    .map(({ offset, length }): PauseInterval => ({
      from: addCivilDays(start, offset),
      to: addCivilDays(start, offset + length),
    }));

describe('working days with pauses', () => {
  it('10 working days from 10/2/2026 end on 3/3/2026 across Tết, without a pause', () => {
    expect(addWorkingDays(calendar, '2026-02-10', 10)).toBe('2026-03-03');
  });

  it('a pause from 11/2 to 13/2/2026 holds back its 2 working days (12 and 13/2): the 10th day is 5/3', () => {
    const pause = { from: '2026-02-11', to: '2026-02-13' };
    expect(workingDaysBetween(calendar, pause.from, pause.to)).toBe(2);
    expect(addWorkingDays(calendar, '2026-02-10', 10, [pause])).toBe('2026-03-05');
  });

  it('a pause from 10/2 to 13/2/2026 holds back 3 working days: the 10th day is 6/3', () => {
    const pause = { from: '2026-02-10', to: '2026-02-13' };
    expect(workingDaysBetween(calendar, pause.from, pause.to)).toBe(3);
    expect(addWorkingDays(calendar, '2026-02-10', 10, [pause])).toBe('2026-03-06');
    expect(workingDaysBetween(calendar, '2026-02-10', '2026-03-06', [pause])).toBe(10);
  });

  it('a closed pause between the start and the original end moves the end by the working days inside it', () => {
    fc.assert(
      fc.property(dates, counts, fc.nat(), fc.nat(), (start, n, x, y) => {
        const end = addWorkingDays(calendar, start, n);
        const span = daysBetween(start, end);
        const fromOffset = x % (span + 1);
        const pause = {
          from: addCivilDays(start, fromOffset),
          to: addCivilDays(start, fromOffset + (y % (span - fromOffset + 1))),
        };
        const held = workingDaysBetween(calendar, pause.from, pause.to);
        return addWorkingDays(calendar, start, n, [pause]) === addWorkingDays(calendar, end, held);
      }),
    );
  });

  it('never lands on a day off or inside a pause, and counts exactly n days up to the result', () => {
    const cases = dates.chain((start) =>
      fc.tuple(fc.constant(start), counts, fc.array(pauseNear(start), { maxLength: 3 })),
    );
    fc.assert(
      fc.property(cases, ([start, n, pauses]) => {
        const end = addWorkingDays(calendar, start, n, pauses);
        return (
          calendar.isWorkingDay(end) &&
          !inPause(end, pauses) &&
          workingDaysBetween(calendar, start, end, pauses) === n &&
          workingDaysBetween(calendar, start, addCivilDays(end, -1), pauses) === n - 1
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives no deadline while a pause is open: RangeError for any n > 0, the start itself for n = 0', () => {
    fc.assert(
      fc.property(dates, counts, fc.integer({ min: -30, max: 30 }), (start, n, offset) => {
        const open = [{ from: addCivilDays(start, offset) }];
        expect(() => addWorkingDays(calendar, start, n, open)).toThrow(RangeError);
        return addWorkingDays(calendar, start, 0, open) === start;
      }),
    );
  });

  it('stops counting at the start of an open pause', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 80 }),
        (start, pausedAfter, until) => {
          const pauseFrom = addCivilDays(start, pausedAfter);
          const to = addCivilDays(start, until);
          return (
            workingDaysBetween(calendar, start, to, [{ from: pauseFrom }]) ===
            workingDaysBetween(calendar, start, to < pauseFrom ? to : pauseFrom)
          );
        },
      ),
    );
  });
});
