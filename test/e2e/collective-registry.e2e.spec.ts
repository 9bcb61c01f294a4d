import { randomUUID } from 'node:crypto';
import { CITY, flows, must } from '../support/case-flows';
import { snapshot, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * Tập thể lao động xuất sắc (≥ 70 % of members «Lao động tiên tiến»): the members the awards registry knows
 * are counted by their records, the declaration only for the others, and the case says which was used.
 */
describe("a collective's results against the awards registry", () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const run = randomUUID().slice(0, 6);
  const keys = Array.from({ length: 10 }, (_, i) => `TV-${run}-${i + 1}`);
  const declared = { members: 10, completedDuties: 10, ldtt: 10, cstdCs: 1 };

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    // Every member is in the registry; six were «Lao động tiên tiến» in 2026 (one also a Chiến sĩ thi đua).
    const entry = (key: string, i: number, awardCode: string, year: number) => ({
      nomineeKey: key,
      nomineeName: `Thành viên ${i + 1}`,
      awardCode,
      year,
      kind: 'CONG_TRANG',
      unitId: 'SO-GD',
      decisionNumber: `${run}-${awardCode}-${year}/QĐ`,
      decisionDate: `${year}-12-20`,
      authorityId: 'UBND-TP',
    });
    const entries = [
      ...keys.map((k, i) => entry(k, i, 'LDTT', i < 6 ? 2026 : 2025)),
      entry(keys[0]!, 0, 'CSTD_CS', 2026),
    ];
    must(await s.post(users.admin, '/registry/imports', { entries }), 201);
  });
  afterAll(async () => stack?.close());

  const file = (name: string, collective: object) => {
    const form = { awardCode: 'TTLDXS', subject: 'COLLECTIVE' as const, achievements: { collective } };
    return flows(stack).filed(CITY, name, form);
  };

  it('refuses a declared 100 % that the registry shows is 60 %, recording nothing', async () => {
    const id = await file('Phòng Kê Khai Cao', { ...declared, memberKeys: keys });
    const before = await snapshot(stack, id);
    const refused = await s.submit(CITY.officer, id);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'PREREQUISITE_NOT_MET', detail: expect.stringContaining('70%') });
    expect(await snapshot(stack, id)).toEqual(before);
  });

  it('takes the declaration where the members are not in the registry, and the case says so', async () => {
    const id = await file('Phòng Chưa Có Trong Sổ', {
      ...declared,
      ldtt: 8,
      memberKeys: keys.map((k) => `${k}-moi`),
    });
    must(await s.submit(CITY.officer, id), 200);
    expect((await s.view(users.office, id)).body.state.collectiveCounts).toEqual({
      members: 10,
      completedDuties: 10,
      ldtt: 8,
      cstdCs: 1,
      source: 'DECLARED',
      fromRegistry: 0,
      declared: 10,
    });
  });

  it('counts the known members by their records and the others as declared (MIXED)', async () => {
    // Six known (five LĐTT in 2026, one not), four new members declared LĐTT: 5 + 4 = 9 of 10.
    const memberKeys = [...keys.slice(1, 7), ...['a', 'b', 'c', 'd'].map((x) => `${run}-${x}`)];
    const id = await file('Phòng Nửa Trong Sổ', { ...declared, memberKeys });
    must(await s.submit(CITY.officer, id), 200);
    expect((await s.view(users.office, id)).body.state.collectiveCounts).toMatchObject({
      members: 10,
      ldtt: 9,
      source: 'MIXED',
      fromRegistry: 6,
      declared: 4,
    });
  });
});
