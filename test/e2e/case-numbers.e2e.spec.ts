import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@khen/domain';
import { AppendEventsActivity } from '../../apps/worker/src/activities/append-events.activity';
import { CITY, DEPARTMENT, flows, must } from '../support/case-flows';
import { steps, storedEvents, todayVn } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * Case numbers for people (docs/architecture.md, "Case numbers"): HS-<year>-<six digits>, counted per council
 * and filing year by the transaction that records the draft, recorded on the draft event itself.
 */
describe('case numbers', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const year = todayVn().slice(0, 4);

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  /** Every number a council's year has given, and its counter: in one snapshot, so suites filing beside us agree. */
  async function ledger(councilId: string) {
    const [row] = (await stack.db.query(
      `SELECT (SELECT coalesce(array_agg(case_number ORDER BY case_number), '{}') FROM nominations
                WHERE council_id = $1 AND case_number LIKE $2) AS numbers,
              (SELECT last_seq FROM case_number_counters WHERE council_id = $1 AND year = $3) AS last`,
      [councilId, `HS-${year}-%`, Number(year)],
    )) as { numbers: string[]; last: number | null }[];
    return row!;
  }

  it('gives cases filed at once distinct, consecutive numbers of their council and year: no gap, no duplicate', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Số Hồ Sơ ${String(i + 1).padStart(2, '0')}`);
    const ids = await Promise.all(names.map((name) => flows(stack).filed(CITY, name)));
    const numbers = await Promise.all(ids.map(async (id) => (await s.view(CITY.officer, id)).body.caseNumber));

    expect(numbers.every((n) => new RegExp(`^HS-${year}-\\d{6}$`).test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(ids.length);
    // The council's whole year (suites running beside this one file into it too) is 1…counter, once each.
    const { numbers: all, last } = await ledger(CITY.councilId);
    expect(all).toEqual(Array.from({ length: last ?? 0 }, (_, i) => `HS-${year}-${String(i + 1).padStart(6, '0')}`));
    expect(all).toEqual(expect.arrayContaining(numbers));

    // The number is recorded on the draft event, so a rebuild or an export gives it back.
    const [drafted] = await storedEvents(stack, ids[0]!);
    expect(drafted).toMatchObject({ type: 'NominationDrafted', data: { caseNumber: numbers[0] } });
    // The workflow's state knows it too (the same fold as the store's).
    expect((await s.view(CITY.officer, ids[0]!)).body.state.caseNumber).toBe(numbers[0]);
  });

  it('counts each council apart', async () => {
    const id = await flows(stack).filed(DEPARTMENT, 'Hồ Sơ Sở Giáo Dục');
    const n = (await s.view(DEPARTMENT.officer, id)).body.caseNumber as string;
    const { numbers, last } = await ledger(DEPARTMENT.councilId);
    expect(numbers).toContain(n);
    expect(numbers).toHaveLength(last ?? 0);
  });

  it('shows the number beside the case in the inbox, the case list and its search, the SLA board and the public disclosure', async () => {
    const id = await flows(stack).disclosed(CITY, 'Số Hồ Sơ Công Khai');
    const n = (await s.view(users.office, id)).body.caseNumber as string;
    expect(n).toMatch(/^HS-\d{4}-\d{6}$/);

    const search = must(await s.get(users.office, `/nominations?caseNumber=${n}`), 200).body.items;
    expect(search.map((c: { nominationId: string }) => c.nominationId)).toEqual([id]);
    expect(search[0].caseNumber).toBe(n);
    const typed = must(await s.get(users.office, `/nominations?nominee=${n.toLowerCase()}`), 200).body.items;
    expect(typed.map((c: { nominationId: string }) => c.nominationId)).toEqual([id]);

    const disclosures = must(await stack.http().get('/api/public/disclosures'), 200).body.items;
    expect(disclosures.find((d: { nominationId: string }) => d.nominationId === id)).toMatchObject({ caseNumber: n });

    // The board lists cases whose stage clock runs (the council's review; a disclosure is time-boxed on its own).
    const reviewed = await flows(stack).submitted(CITY, 'Số Hồ Sơ Đang Xét');
    const reviewedNumber = (await s.view(users.office, reviewed)).body.caseNumber as string;
    const board = must(await s.get(users.slaMonitor, `/sla/board?status=all&limit=2000`), 200).body.items;
    expect(board.find((r: { nominationId: string }) => r.nominationId === reviewed)).toMatchObject({
      caseNumber: reviewedNumber,
    });

    const objected = must(await s.object(id, 'Thành tích chưa đúng'), 201).body;
    const inbox = must(await s.tasks(users.office, `?type=RESOLVE_OBJECTION&limit=200`), 200).body.items;
    expect(inbox.find((t: { nominationId: string }) => t.nominationId === id)).toMatchObject({ caseNumber: n });
    const tracked = must(await stack.http().get(`/api/public/objections/${objected.trackingCode}`), 200).body;
    expect(tracked).toMatchObject({ caseNumber: n });
  });

  it('gives a retried append of the draft the number of its first attempt, and moves the counter once', async () => {
    const [model] = await storedEvents(stack, await flows(stack).filed(CITY, 'Số Hồ Sơ Mẫu'));
    const nominationId = randomUUID();
    const input = {
      streamId: nominationStreamId(nominationId),
      expectedVersion: 0,
      events: [
        {
          eventId: randomUUID(),
          type: 'NominationDrafted',
          data: { ...(model!.data as object), nominationId, caseNumber: undefined },
          occurredAt: new Date().toISOString(),
          metadata: { actorId: CITY.officer.userId, actorRole: CITY.officer.role },
        },
      ],
    } as never;
    const activity = new AppendEventsActivity(stack.store);
    const before = (await ledger(CITY.councilId)).last ?? 0;
    const first = await activity.appendEvents(input);
    const retried = await activity.appendEvents(input);
    expect(first).toMatchObject({ appended: true, caseNumber: expect.stringMatching(/^HS-/) });
    expect(retried).toEqual({ ...first, appended: false });
    const after = await ledger(CITY.councilId);
    // Others may file meanwhile: the counter moved by at least ours, and every number is still there once.
    expect(after.last).toBeGreaterThan(before);
    expect(new Set(after.numbers).size).toBe(after.last);
    expect(after.numbers.filter((n) => n === first.caseNumber)).toHaveLength(1);
  });

  it('refuses a malformed number in the search, naming the field', async () => {
    const res = await s.get(users.office, `/nominations?caseNumber=HS-26-1`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('caseNumber');
  });
});
