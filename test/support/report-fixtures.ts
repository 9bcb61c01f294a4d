import { randomUUID } from 'node:crypto';
import { CITY, flows, must } from './case-flows';
import { decisionNumber, nominee, steps, todayVn } from './nomination-steps';
import { type TestStack, users } from './test-stack';

/**
 * A city campaign of the suite's own (suites share one database, and a report is read for one
 * campaign), launched by the administrator over the API. Its id starts with `ZZ-` so that it comes after
 * every other campaign of the year (the directory lists by year, then id): a page of another suite that
 * files into the first campaign that fits would otherwise file into this one and change its report.
 */
export async function launchOwnCampaign(stack: TestStack, prefix: string): Promise<string> {
  const campaignId = `ZZ-${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
  must(
    await steps(stack).post(users.admin, '/directory/campaigns', {
      campaignId,
      name: `Đợt thi đua thử ${campaignId}`,
      unitId: 'UBND-TP',
      kind: 'ANNUAL',
      year: 2026,
      filingOpensOn: '2026-01-01',
      filingClosesOn: '2030-12-31',
      awards: ['BK_TINH'],
      councilId: 'HD-TP',
      reason: 'Theo Kế hoạch số 01/KH-UBND',
    }),
    201,
  );
  return campaignId;
}

/** The city's authority awards a case awaiting its decision, today, under a number of its own. */
export const awardToday = async (stack: TestStack, id: string) =>
  must(
    await steps(stack).decide(CITY.authority, id, {
      outcome: 'AWARD',
      decisionNumber: decisionNumber('UBND'),
      decisionDate: todayVn(),
    }),
    200,
  );

/** The city's authority refuses a case awaiting its decision: criteria not met. */
export const refuseForCriteria = async (stack: TestStack, id: string) =>
  must(
    await steps(stack).decide(CITY.authority, id, {
      outcome: 'REJECT',
      reasonCode: 'CRITERIA_NOT_MET',
      reason: 'Thành tích chưa tiêu biểu trong toàn tỉnh.',
    }),
    200,
  );

/** A city case of the campaign walked to the authority's desk; `facts` go to the nominee. */
export const readyForDecision = (
  stack: TestStack,
  campaignId: string,
  name: string,
  facts: object,
  subject: 'INDIVIDUAL' | 'COLLECTIVE' = 'INDIVIDUAL',
  form: object = {},
) => flows(stack).awaitingDecision(CITY, name, { campaignId, nominee: nominee(name, subject, facts), ...form });
