import { nominationStreamId, type Actor } from '@khen/domain';
import { CITY, DEPARTMENT, flows, must, type Venue } from '../support/case-flows';
import { decisionNumber, snapshot, steps, todayVn } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { DEPARTMENT_CAMPAIGN } from '../../scripts/demo/demo-directory';

/**
 * One person, several seats (docs/architecture.md, "Sign-in"): Ngô Đức Anh's token says COUNCIL_MEMBER of
 * the city council; the directory also has him sign for the Department of Education (AUTHORITY of SO-GD).
 * With one account he votes as a member and signs as the department, naming what he acts as in
 * X-Khen-Acting-As; a seat he does not hold is refused (403, in Vietnamese), and nothing is recorded.
 */
describe('acting as one of the seats a person holds', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const anh: Actor = users.member4;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  const as = (actor: Actor, actingAs?: string) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${stack.token(actor)}` };
    if (actingAs) headers['X-Khen-Acting-As'] = actingAs;
    return {
      get: (path: string) => stack.http().get(`/api${path}`).set(headers),
      post: (path: string, body: object) => stack.http().post(`/api${path}`).set(headers).send(body),
    };
  };

  it('lists every seat he holds today, from the token and from the directory, and what he acts as', async () => {
    const me = must(await as(anh).get('/me'), 200).body;
    expect(me).toMatchObject({ userId: 'hd-giao-duc', role: 'COUNCIL_MEMBER', actingAs: 'COUNCIL_MEMBER:HD-TP' });
    expect(me.seats).toEqual([
      expect.objectContaining({ key: 'COUNCIL_MEMBER:HD-TP', role: 'COUNCIL_MEMBER', councilId: 'HD-TP' }),
      expect.objectContaining({ key: 'AUTHORITY:SO-GD', role: 'AUTHORITY', authorityId: 'SO-GD', level: 'DEPARTMENT' }),
    ]);
    const signer = must(await as(anh, 'AUTHORITY').get('/me'), 200).body;
    expect(signer).toMatchObject({ role: 'AUTHORITY', authorityId: 'SO-GD', actingAs: 'AUTHORITY:SO-GD' });
    expect(signer.groups).toContain('authority:SO-GD');
    // A one-role person's token works as it always did: one seat, acted as without naming it.
    const officer = must(await as(users.unitOfficer).get('/me'), 200).body;
    expect(officer).toMatchObject({ role: 'UNIT_OFFICER', actingAs: 'UNIT_OFFICER:SO-GD' });
    expect(officer.seats).toHaveLength(1);
  });

  it('votes as a council member and signs as the department, each command recording the role acted as', async () => {
    // A school files into the city council: Ngô Đức Anh (of SO-GD) is not recused from its nominee.
    const schoolToCity: Venue = { ...CITY, officer: users.schoolOfficer };
    const ballot = await flows(stack).ballotOpen(schoolToCity, 'Đặng Thị Hai Vai');
    const signing = await flows(stack).awaitingDecision(DEPARTMENT, 'Lưu Văn Hai Ghế', {
      campaignId: DEPARTMENT_CAMPAIGN,
      awardCode: 'LDTT',
      achievements: { ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] },
    });

    // The inbox: the groups' tasks of the seat acted as (the signature only as the department), and what is
    // addressed to him by name (his own ballot) whatever he acts as.
    const inbox = async (actingAs: string) =>
      (
        must(await as(anh, actingAs).get('/tasks?limit=200'), 200).body.items as {
          nominationId: string;
          type: string;
        }[]
      )
        .filter((t) => t.nominationId === ballot || t.nominationId === signing)
        .map((t) => `${t.type}@${t.nominationId === ballot ? 'ballot' : 'signing'}`);
    expect(await inbox('COUNCIL_MEMBER')).toEqual(['CAST_VOTE@ballot']);
    expect(await inbox('AUTHORITY')).toEqual(['CAST_VOTE@ballot', 'SIGN_DECISION@signing']);

    // Acting as the department, he may not vote; acting as a member (by default), he may not sign.
    const refusedVote = await as(anh, 'AUTHORITY').post(`/nominations/${ballot}/votes`, { choice: 'APPROVE' });
    expect(refusedVote.body).toMatchObject({ status: 403, code: 'ROLE_NOT_ALLOWED' });
    const decision = { outcome: 'AWARD', decisionNumber: decisionNumber('SGDĐT'), decisionDate: todayVn() };
    const refusedSign = await as(anh).post(`/nominations/${signing}/decision`, decision);
    expect(refusedSign.body).toMatchObject({ status: 403, code: 'ROLE_NOT_ALLOWED' });

    must(await as(anh, 'COUNCIL_MEMBER:HD-TP').post(`/nominations/${ballot}/votes`, { choice: 'APPROVE' }), 200);
    const signed = must(await as(anh, 'AUTHORITY').post(`/nominations/${signing}/decision`, decision), 200);
    expect(signed.body).toMatchObject({ stage: 'CLOSED', status: 'AWARDED' });

    const recorded = async (id: string, type: string) =>
      (await stack.db.query(
        `SELECT metadata->>'actorId' AS "actorId", metadata->>'actorRole' AS "actorRole" FROM events
          WHERE stream_id = $1 AND type = $2`,
        [nominationStreamId(id), type],
      )) as { actorId: string; actorRole: string }[];
    expect(await recorded(ballot, 'VoteCast')).toContainEqual({ actorId: 'hd-giao-duc', actorRole: 'COUNCIL_MEMBER' });
    const decided = await recorded(signing, 'DecisionIssued');
    expect(decided).toEqual([{ actorId: 'hd-giao-duc', actorRole: 'AUTHORITY' }]);
    expect((await s.view(users.officeSoGd, signing)).body.state.decision).toMatchObject({ signerId: 'hd-giao-duc' });
  });

  it('refuses acting as a role he does not hold: 403 in Vietnamese, naming the header, nothing recorded', async () => {
    const id = await flows(stack).filed(CITY, 'Hà Thị Không Giữ');
    const before = await snapshot(stack, id);
    const res = await as(anh, 'UNIT_OFFICER').post(`/nominations/${id}/submit`, { documents: [] });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      code: 'ACTING_AS_NOT_HELD',
      field: 'X-Khen-Acting-As',
      detail: expect.stringContaining('Bạn không giữ vai trò cán bộ đơn vị'),
      detailEn: expect.stringContaining('UNIT_OFFICER'),
    });
    expect(res.body.detail).toContain('thành viên Hội đồng, người có thẩm quyền');
    // A seat of a role he holds, but of another scope, is not his either.
    const other = await as(anh, 'AUTHORITY:UBND-TP').get(`/nominations/${id}`);
    expect(other.body).toMatchObject({ status: 403, code: 'ACTING_AS_NOT_HELD' });
    expect(await snapshot(stack, id)).toEqual(before);
  });
});
