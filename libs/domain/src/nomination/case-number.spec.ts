import { CASE_NUMBER_PATTERN, caseNumberYear, formatCaseNumber, withCaseNumber } from './case-number';
import type { NominationEvent } from './nomination.events';

describe('case numbers', () => {
  it('reads HS-<year>-<six digits>, counted from 1', () => {
    expect(formatCaseNumber(2026, 123)).toBe('HS-2026-000123');
    expect(formatCaseNumber(2026, 1234567)).toBe('HS-2026-1234567');
    expect(CASE_NUMBER_PATTERN.test(formatCaseNumber(2027, 1))).toBe(true);
  });

  it('counts a filing in its civil year in Việt Nam', () => {
    expect(caseNumberYear('2026-12-31T16:59:59Z')).toBe(2026);
    expect(caseNumberYear('2026-12-31T17:00:00Z')).toBe(2027);
  });

  it('puts the number on the draft only', () => {
    const events = [
      { type: 'NominationDrafted', data: { nominationId: 'n' } },
      { type: 'DossierSubmitted', data: {} },
    ] as unknown as NominationEvent[];
    const stamped = withCaseNumber(events, 'HS-2026-000001');
    expect((stamped[0].data as { caseNumber?: string }).caseNumber).toBe('HS-2026-000001');
    expect(stamped[1]).toBe(events[1]);
    expect(withCaseNumber(events, undefined)).toBe(events);
  });
});
