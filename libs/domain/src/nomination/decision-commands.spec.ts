import { isRefusal, type Refusal } from '../refusal';
import type { Actor, DecisionContext, NominationCommand } from './nomination.commands';
import { decide } from './nomination.decider';
import type { NominationEvent } from './nomination.events';
import type { NominationState } from './nomination.state';
import { authority, ballotOpen, blankField, ctx, office, run, step, SYSTEM, votedAndClosed } from './testing/fixtures';

/** 00:00 on 04/03/2026 in Việt Nam: the disclosure has ended. */
const after = '2026-03-03T17:00:00.000Z';
const awaiting = () =>
  run(votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']), [{ type: 'CloseDisclosure' }, SYSTEM, after]);
const sign = (over: Partial<Extract<NominationCommand, { type: 'IssueDecision' }>> = {}): NominationCommand => ({
  type: 'IssueDecision',
  decisionNumber: ' 12/QĐ-SGD ',
  decisionDate: '2026-03-04',
  ...over,
});
const reject = (over: Record<string, string | undefined> = {}): NominationCommand =>
  ({
    type: 'RejectNomination',
    reasonCode: 'CRITERIA_NOT_MET',
    reason: ' Chưa đủ thành tích. ',
    ...over,
  }) as NominationCommand;
const when = (state: NominationState, command: NominationCommand, actor: Actor, extra: Partial<DecisionContext> = {}) =>
  decide(state, command, ctx(actor, after, extra));
const refused = (out: NominationEvent[] | Refusal): Refusal => {
  if (!isRefusal(out)) throw new Error(`expected a refusal, got ${out.map((e) => e.type).join(', ')}`);
  return out;
};
/** The command's own event, first of those it records (the tasks and clocks it closes follow). */
const primary = (out: NominationEvent[] | Refusal): NominationEvent => {
  if (isRefusal(out)) throw new Error(`refused: ${out.code} ${out.messageEn}`);
  return out[0]!;
};

/** A case for an award its council's authority cannot give (Bằng khen of the province, decided by a department council). */
function mustForward(decidingLevels?: string[]): NominationState {
  const nominee = { key: 'CCCD-002', name: 'Trần Văn Minh', subject: 'INDIVIDUAL' as const, unitId: 'THPT-A' };
  const ended = run(
    votedAndClosed(ballotOpen({ awardCode: 'BK_TINH', nominee }), ['APPROVE', 'APPROVE', 'APPROVE', 'APPROVE']),
    [{ type: 'CloseDisclosure' }, SYSTEM, after],
  );
  if (!decidingLevels) return ended;
  return { ...ended, rules: { ...ended.rules!, award: { ...ended.rules!.award, decidingLevels } } } as NominationState;
}
const forwarded = () =>
  step(mustForward(), { type: 'ForwardToHigherLevel', note: 'Trình UBND Thành phố' }, authority, after).state;
const record = (over: Record<string, string | undefined> = {}): NominationCommand =>
  ({
    type: 'RecordHigherDecision',
    outcome: 'AWARD',
    decisionNumber: ' 900/QĐ-UBND ',
    decisionDate: '2026-03-04',
    signerName: ' Chủ tịch UBND Thành phố ',
    ...over,
  }) as NominationCommand;

describe('signing the decision', () => {
  it('records the number trimmed, the date, the signer by name, the authority and its level', () => {
    expect(primary(when(awaiting(), sign(), authority))).toEqual({
      type: 'DecisionIssued',
      data: {
        decisionNumber: '12/QĐ-SGD',
        decisionDate: '2026-03-04',
        signerId: 'ct',
        signerName: 'Giám đốc Sở',
        authorityId: 'UBND',
        level: 'DEPARTMENT',
        byHigherLevel: false,
      },
    });
    const unnamed = { ...authority, displayName: undefined };
    expect(primary(when(awaiting(), sign(), unnamed)).data).toMatchObject({ signerName: 'ct' });
  });

  it.each<[string, Partial<Extract<NominationCommand, { type: 'IssueDecision' }>>, string, string]>([
    ['no number', { decisionNumber: '  ' }, 'FIELD_REQUIRED', 'decisionNumber'],
    ['no date', { decisionDate: '' }, 'INVALID_DATE', 'decisionDate'],
    ['a date that is none', { decisionDate: '2026-02-30' }, 'INVALID_DATE', 'decisionDate'],
    ['a date after today in Việt Nam', { decisionDate: '2026-03-05' }, 'INVALID_DATE', 'decisionDate'],
  ])('refuses %s, naming the field', (_what, over, code, field) => {
    expect(refused(when(awaiting(), sign(over), authority))).toMatchObject({ code, field });
  });

  it('takes a decision dated on an earlier day', () => {
    expect(primary(when(awaiting(), sign({ decisionDate: '2026-03-01' }), authority)).type).toBe('DecisionIssued');
  });

  it('is on hold while the nominee is under discipline, and no longer once the hold has ended', () => {
    const hold = {
      holdId: 'h1',
      nomineeKey: 'CCCD-001',
      type: 'DISCIPLINE' as const,
      since: '2026-03-01',
      reference: '05/QĐ-KL',
    };
    const facts = (h: typeof hold & { until?: string }) => ({ facts: { registry: [], holds: [h], pending: [] } });
    expect(refused(when(awaiting(), sign(), authority, facts(hold)))).toMatchObject({
      code: 'NOMINEE_ON_HOLD',
      messageVi: expect.stringContaining('05/QĐ-KL'),
    });
    expect(primary(when(awaiting(), sign(), authority, facts({ ...hold, until: '2026-03-03' }))).type).toBe(
      'DecisionIssued',
    );
    expect(refused(when(awaiting(), sign(), authority, facts({ ...hold, until: '2026-03-04' }))).code).toBe(
      'NOMINEE_ON_HOLD',
    );
  });

  it('is for the authority of this council only, once the council has voted', () => {
    expect(refused(when(awaiting(), sign(), office)).code).toBe('NOT_THE_AUTHORITY');
    expect(refused(when(awaiting(), sign(), { ...authority, authorityId: 'UBND-KHAC' })).code).toBe(
      'NOT_THE_AUTHORITY',
    );
    expect(refused(when(ballotOpen(), sign(), authority)).code).toBe('WRONG_STAGE');
  });

  it('waits for every objection to be resolved', () => {
    const objected = run(
      votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']),
      [{ type: 'FileObjection', objectionId: 'o1', content: 'Thành tích chưa đúng.' }, SYSTEM],
      [{ type: 'CloseDisclosure' }, SYSTEM, after],
    );
    expect(refused(when(objected, sign(), authority))).toMatchObject({ code: 'OBJECTION_UNRESOLVED' });
    expect(refused(when(objected, reject(), authority)).code).toBe('OBJECTION_UNRESOLVED');
  });

  it('is the holder’s: refused while another official holds the signing task', () => {
    const s = awaiting();
    const task = Object.values(s.tasks).find((t) => t.slot === 'SIGN_DECISION')!;
    const held = { ...s, tasks: { ...s.tasks, [task.taskId]: { ...task, claimedBy: 'pct' } } };
    expect(refused(when(held, sign(), authority))).toMatchObject({ code: 'TASK_CLAIMED_BY_OTHER' });
    expect(primary(when(held, sign(), { ...authority, userId: 'pct' })).type).toBe('DecisionIssued');
  });
});

describe('rejecting at the decision', () => {
  it('records the reason code and the reason trimmed', () => {
    expect(primary(when(awaiting(), reject(), authority))).toEqual({
      type: 'NominationRejected',
      data: { stage: 'FINAL_DECISION', reasonCode: 'CRITERIA_NOT_MET', reason: 'Chưa đủ thành tích.' },
    });
  });

  it.each<[string, Record<string, string | undefined>, string]>([
    ['no reason code', { reasonCode: undefined }, 'UNKNOWN_REJECTION_REASON'],
    ['an unknown reason code', { reasonCode: 'NOT_LIKED' }, 'UNKNOWN_REJECTION_REASON'],
    ["the council's own reason", { reasonCode: 'BALLOT_FAILED' }, 'UNKNOWN_REJECTION_REASON'],
    ['no reason', { reason: ' ' }, 'FIELD_REQUIRED'],
  ])('refuses %s', (_what, over, code) => {
    expect(refused(when(awaiting(), reject(over), authority)).code).toBe(code);
  });

  it('is for the authority only', () => {
    expect(refused(when(awaiting(), reject(), office)).code).toBe('NOT_THE_AUTHORITY');
  });
});

describe('forwarding upward', () => {
  it('goes to the lowest level above that decides the award, whatever the order of the rules', () => {
    const e = primary(
      when(mustForward(['PRESIDENT', 'PROVINCE']), { type: 'ForwardToHigherLevel', note: ' Trình UBND ' }, authority),
    );
    expect(e).toEqual({
      type: 'ForwardedToHigherLevel',
      data: { fromLevel: 'DEPARTMENT', toLevel: 'PROVINCE', note: 'Trình UBND', forwardedBy: 'ct' },
    });
  });

  it('is refused when this level decides the award itself or no level above does, and without a note', () => {
    const forward = { type: 'ForwardToHigherLevel' as const, note: 'Trình cấp trên' };
    expect(refused(when(awaiting(), forward, authority)).code).toBe('NO_HIGHER_LEVEL');
    expect(refused(when(mustForward(['UNIT', 'COMMUNE']), forward, authority)).code).toBe('NO_HIGHER_LEVEL');
    expect(refused(when(mustForward(['DEPARTMENT', 'PROVINCE']), forward, authority)).code).toBe('NO_HIGHER_LEVEL');
    expect(refused(when(mustForward(), { ...forward, note: '' }, authority))).toMatchObject({
      code: 'FIELD_REQUIRED',
      field: 'note',
    });
    expect(refused(when(mustForward(), forward, office)).code).toBe('NOT_THE_AUTHORITY');
  });
});

describe("recording the higher level's decision", () => {
  it('records an award signed outside, at the level it was forwarded to', () => {
    expect(primary(when(forwarded(), record(), office))).toEqual({
      type: 'DecisionIssued',
      data: {
        decisionNumber: '900/QĐ-UBND',
        decisionDate: '2026-03-04',
        signerId: 'external:PROVINCE',
        signerName: 'Chủ tịch UBND Thành phố',
        authorityId: 'LEVEL:PROVINCE',
        level: 'PROVINCE',
        byHigherLevel: true,
      },
    });
  });

  it('records a refusal from above with its reason', () => {
    expect(
      primary(
        when(forwarded(), record({ outcome: 'REJECT', reasonCode: 'LAW_VIOLATION', reason: ' Vi phạm. ' }), office),
      ),
    ).toEqual({
      type: 'NominationRejected',
      data: { stage: 'FINAL_DECISION', reasonCode: 'LAW_VIOLATION', reason: 'Vi phạm.', byHigherLevel: true },
    });
    expect(
      refused(when(forwarded(), record({ outcome: 'REJECT', reasonCode: 'BALLOT_FAILED', reason: 'x' }), office)).code,
    ).toBe('UNKNOWN_REJECTION_REASON');
    expect(refused(when(forwarded(), record({ outcome: 'REJECT', reasonCode: 'LAW_VIOLATION' }), office)).code).toBe(
      'FIELD_REQUIRED',
    );
  });

  it.each<[string, Record<string, string | undefined>, string, string]>([
    ['no number', { decisionNumber: '' }, 'FIELD_REQUIRED', 'decisionNumber'],
    ['a date to come', { decisionDate: '2026-03-05' }, 'INVALID_DATE', 'decisionDate'],
    ['no signer', { signerName: ' ' }, 'FIELD_REQUIRED', 'signerName'],
  ])('refuses %s', (_what, over, code, field) => {
    expect(refused(when(forwarded(), record(over), office))).toMatchObject({ code, field });
  });

  it("is the office's, once forwarded, and the holder's of its task", () => {
    expect(refused(when(forwarded(), record(), authority)).code).toBe('ACTION_NOT_PERMITTED');
    expect(refused(when(awaiting(), record(), office)).code).toBe('WRONG_STAGE');
    const s = forwarded();
    const task = Object.values(s.tasks).find((t) => t.slot === 'RECORD_HIGHER_DECISION')!;
    const held = { ...s, tasks: { ...s.tasks, [task.taskId]: { ...task, claimedBy: 'ban-2' } } };
    expect(refused(when(held, record(), office))).toMatchObject({ code: 'TASK_CLAIMED_BY_OTHER' });
  });
});

describe('a blank field at the decision, named for the official in both languages', () => {
  it.each([
    [
      'the reason of a rejection',
      () => when(awaiting(), reject({ reason: '  ' }), authority),
      'reason',
      'lý do từ chối',
      'reason',
    ],
    [
      'the decision number',
      () => when(awaiting(), sign({ decisionNumber: ' ' }), authority),
      'decisionNumber',
      'số quyết định',
      'decision number',
    ],
    [
      'the forwarding note',
      () => when(mustForward(), { type: 'ForwardToHigherLevel', note: ' ' }, authority),
      'note',
      'nội dung tờ trình cấp trên',
      'forwarding note',
    ],
    [
      "the higher level's decision number",
      () => when(forwarded(), record({ decisionNumber: ' ' }), office),
      'decisionNumber',
      'số quyết định',
      'decision number',
    ],
    [
      "the higher level's signer",
      () => when(forwarded(), record({ signerName: '' }), office),
      'signerName',
      'người ký quyết định',
      'signer',
    ],
  ])('refuses a blank %s', (_what, act, field, vi, en) => {
    expect(refused(act())).toMatchObject(blankField(field, vi, en));
  });

  it("records the higher level's decision only for a case forwarded, each of the two checked on its own", () => {
    const { forwarded: _f, ...notRecorded } = forwarded();
    expect(refused(when(notRecorded as NominationState, record(), office)).code).toBe('WRONG_STAGE');
    expect(refused(when({ ...forwarded(), status: 'AWAITING_DECISION' }, record(), office)).code).toBe('WRONG_STAGE');
  });
});
