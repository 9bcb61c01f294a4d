import type { Actor } from '@khen/domain';
import type { Response } from 'supertest';
import { nominee, steps } from './nomination-steps';
import { type TestStack, users } from './test-stack';

/** Who works a case at each demo council: the filing officer, the office, the voting members, the authority. */
export interface Venue {
  councilId: string;
  officer: Actor;
  office: Actor;
  voters: Actor[];
  authority: Actor;
}

/** The city council (HD-TP, PROVINCE, 5 members): an SO-GD officer files, so member 4 (SO-GD) is recused. */
export const CITY: Venue = {
  councilId: 'HD-TP',
  officer: users.unitOfficer,
  office: users.office,
  voters: [users.member1, users.member2, users.member3, users.member5],
  authority: users.authority,
};

/** The department council (HD-SO-GD, DEPARTMENT): the school files, so its principal (gd-hieu-truong) is recused. */
export const DEPARTMENT: Venue = {
  councilId: 'HD-SO-GD',
  officer: users.schoolOfficer,
  office: users.officeSoGd,
  voters: [users.memberSoGd1, users.memberSoGd2],
  authority: users.authoritySoGd,
};

/** Fails with the problem body, so a refused step says why (supertest's own message does not). */
export function must(res: Response, status: number): Response {
  if (res.status === status) return res;
  const req = (res as unknown as { req?: { method: string; path: string } }).req;
  throw new Error(`${req?.method} ${req?.path}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
}

/** Cases walked to a given step through the real API, one command per call, as people do it. */
export function flows(stack: TestStack) {
  const s = steps(stack);

  /** `body` is the rest of the filing form; its `subject` (default INDIVIDUAL) goes to the nominee. */
  async function filed(
    v: Venue,
    name: string,
    body: { subject?: 'INDIVIDUAL' | 'COLLECTIVE' } & object = {},
  ): Promise<string> {
    const { subject, ...form } = body;
    const res = await s.create(v.officer, { councilId: v.councilId, nominee: nominee(name, subject), ...form });
    // 202: the workflow started but its draft was not readable within the command bound (a loaded machine);
    // the case is there, and readable a moment later.
    const created = must(res, res.status === 202 ? 202 : 201);
    if (res.status === 202) await s.untilStatus(v.officer, created.body.nominationId, 'DRAFT');
    return created.body.nominationId;
  }

  async function submitted(v: Venue, name: string, body: object = {}): Promise<string> {
    const id = await filed(v, name, body);
    must(await s.submit(v.officer, id), 200);
    return id;
  }

  async function ballotOpen(v: Venue, name: string, body: object = {}): Promise<string> {
    const id = await submitted(v, name, body);
    expect(must(await s.appraise(v.office, id), 200).body.status).toBe('BALLOT_OPEN');
    return id;
  }

  /** Every voter approves and the office closes the ballot: the list goes public. */
  async function disclosed(v: Venue, name: string, body: object = {}): Promise<string> {
    const id = await ballotOpen(v, name, body);
    for (const voter of v.voters) must(await s.vote(voter, id, 'APPROVE'), 200);
    expect(must(await s.closeBallot(v.office, id), 200).body.status).toBe('DISCLOSURE_OPEN');
    return id;
  }

  async function awaitingDecision(v: Venue, name: string, body: object = {}): Promise<string> {
    const id = await disclosed(v, name, body);
    await s.untilStatus(v.office, id, 'AWAITING_DECISION');
    return id;
  }

  return { filed, submitted, ballotOpen, disclosed, awaitingDecision };
}
