import { isRefusal, type Refusal } from '../refusal';
import { OBJECTION_MAX_LENGTH } from './decide-disclosure';
import type { Actor, DecisionContext, NominationCommand } from './nomination.commands';
import { decide } from './nomination.decider';
import type { NominationEvent } from './nomination.events';
import type { NominationState } from './nomination.state';
import {
  authority,
  ballotOpen,
  blankField,
  ctx,
  docs,
  NOW,
  office,
  officer,
  run,
  start,
  submitted,
  SYSTEM,
  votedAndClosed,
} from './testing/fixtures';

const when = (
  state: NominationState,
  command: NominationCommand,
  actor: Actor,
  now = NOW,
  extra: Partial<DecisionContext> = {},
) => decide(state, command, ctx(actor, now, extra));
const refused = (out: NominationEvent[] | Refusal): Refusal => {
  if (!isRefusal(out)) throw new Error(`expected a refusal, got ${out.map((e) => e.type).join(', ')}`);
  return out;
};
/** The command's own event, first of those it records. */
const primary = (out: NominationEvent[] | Refusal): NominationEvent => {
  if (isRefusal(out)) throw new Error(`refused: ${out.code} ${out.messageEn}`);
  return out[0]!;
};
const supplementRequested = () =>
  run(submitted(), [{ type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Thiếu biên bản họp.' }, office]);
const otherUnit: Actor = { ...officer, unitId: 'SO-YT' };

describe('asking the unit for more', () => {
  it('records what is missing and the note trimmed, by whom', () => {
    expect(
      primary(
        when(submitted(), { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: ' Thiếu biên bản. ' }, office),
      ),
    ).toEqual({
      type: 'SupplementRequested',
      data: { missing: ['BIEN_BAN_HOP'], note: 'Thiếu biên bản.', requestedBy: 'ban' },
    });
  });

  it.each<[string, NominationState | (() => NominationState), NominationCommand, Actor, string, string?]>([
    [
      'by an officer of a unit',
      submitted,
      { type: 'RequestSupplement', missing: ['X'], note: 'n' },
      officer,
      'ACTION_NOT_PERMITTED',
      undefined,
    ],
    [
      'of another council’s office',
      submitted,
      { type: 'RequestSupplement', missing: ['X'], note: 'n' },
      { ...office, councilId: 'HD-2' },
      'ACTION_NOT_PERMITTED',
      undefined,
    ],
    [
      'once the council has the case',
      ballotOpen,
      { type: 'RequestSupplement', missing: ['X'], note: 'n' },
      office,
      'WRONG_STAGE',
      undefined,
    ],
    [
      'for nothing',
      submitted,
      { type: 'RequestSupplement', missing: [], note: 'n' },
      office,
      'FIELD_REQUIRED',
      'missing',
    ],
    [
      'without a note',
      submitted,
      { type: 'RequestSupplement', missing: ['X'], note: ' ' },
      office,
      'FIELD_REQUIRED',
      'note',
    ],
  ])('refuses a request %s', (_what, state, command, actor, code, field) => {
    const r = refused(when(typeof state === 'function' ? state() : state, command, actor));
    expect(r.code).toBe(code);
    if (field) expect(r.field).toBe(field);
  });
});

describe('supplementing the dossier', () => {
  it('records the documents added, and achievements only when given', () => {
    const added = docs(['BIEN_BAN_HOP']);
    expect(primary(when(supplementRequested(), { type: 'SupplementDossier', documents: added }, officer))).toEqual({
      type: 'DossierSupplemented',
      data: { documents: added },
    });
    const achievements = { ratings: [{ year: 2025, rating: 'HOAN_THANH_XUAT_SAC' as const }] };
    expect(
      primary(when(supplementRequested(), { type: 'SupplementDossier', documents: [], achievements }, officer)),
    ).toEqual({
      type: 'DossierSupplemented',
      data: { documents: [], achievements },
    });
  });

  it('refuses another unit, a case not waiting for it, nothing at all, and a document still missing', () => {
    const supplement = { type: 'SupplementDossier' as const, documents: docs(['BIEN_BAN_HOP']) };
    expect(refused(when(supplementRequested(), supplement, otherUnit)).code).toBe('NOT_OWN_UNIT');
    expect(refused(when(submitted(), supplement, officer)).code).toBe('WRONG_STAGE');
    expect(refused(when(supplementRequested(), { type: 'SupplementDossier', documents: [] }, officer))).toMatchObject({
      code: 'FIELD_REQUIRED',
      field: 'documents',
    });
    const s = supplementRequested();
    const lacking = { ...s, documents: s.documents.filter((d) => d.code !== 'BIEN_BAN_HOP') };
    expect(refused(when(lacking, { type: 'SupplementDossier', documents: [] }, officer)).code).toBe(
      'MISSING_DOCUMENTS',
    );
  });

  it('checks new achievements against the rules the case was filed under', () => {
    const poor = { ratings: [{ year: 2025, rating: 'KHONG_HOAN_THANH' as const }] };
    const r = refused(
      when(supplementRequested(), { type: 'SupplementDossier', documents: [], achievements: poor }, officer),
    );
    expect(r.code).toBe('PREREQUISITE_NOT_MET');
    expect(r.messageVi).toContain('2025');
  });

  it('checks the files against what the unit uploaded', () => {
    const facts = {
      registry: [],
      holds: [],
      pending: [],
      documents: { ownerId: 'SO-GD', maxDossierBytes: 1 << 30, uploaded: [] },
    };
    expect(
      refused(
        when(supplementRequested(), { type: 'SupplementDossier', documents: docs(['BIEN_BAN_HOP']) }, officer, NOW, {
          facts,
        }),
      ).code,
    ).toBe('DOCUMENT_NOT_UPLOADED');
  });
});

describe('withdrawing', () => {
  it('records the reason trimmed, at any stage before the decision', () => {
    expect(primary(when(ballotOpen(), { type: 'WithdrawNomination', reason: ' Đơn vị rút. ' }, officer))).toEqual({
      type: 'NominationWithdrawn',
      data: { reason: 'Đơn vị rút.' },
    });
  });

  it('refuses another unit, the decision stage, and no reason', () => {
    const withdraw = { type: 'WithdrawNomination' as const, reason: 'Rút' };
    expect(refused(when(submitted(), withdraw, otherUnit)).code).toBe('NOT_OWN_UNIT');
    expect(refused(when(submitted(), withdraw, office)).code).toBe('NOT_OWN_UNIT');
    const awaiting = run(votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']), [
      { type: 'CloseDisclosure' },
      SYSTEM,
      '2026-03-03T17:00:00.000Z',
    ]);
    expect(refused(when(awaiting, withdraw, officer)).code).toBe('WRONG_STAGE');
    expect(refused(when(submitted(), { ...withdraw, reason: '' }, officer))).toMatchObject({
      code: 'FIELD_REQUIRED',
      field: 'reason',
    });
  });
});

describe('the public disclosure', () => {
  const disclosed = () => votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']);
  const citizen: Actor = { userId: 'public', role: 'PUBLIC' };
  const object = (over: Record<string, unknown> = {}) =>
    ({
      type: 'FileObjection',
      objectionId: 'o1',
      content: 'Thành tích chưa đúng sự thật.',
      ...over,
    }) as NominationCommand;

  it('records an objection trimmed, with a name, a contact and evidence only when given', () => {
    const evidence = [{ sha256: 'b'.repeat(64), size: 10, mediaType: 'image/png', fileName: 'anh.png', extra: 'x' }];
    expect(
      primary(
        when(
          disclosed(),
          object({ content: '  Thành tích chưa đúng.  ', submitterName: ' Lê Văn A ', contact: ' 0912 ', evidence }),
          citizen,
        ),
      ),
    ).toEqual({
      type: 'ObjectionFiled',
      data: {
        objectionId: 'o1',
        content: 'Thành tích chưa đúng.',
        submitterName: 'Lê Văn A',
        contact: '0912',
        evidence: [{ sha256: 'b'.repeat(64), size: 10, mediaType: 'image/png', fileName: 'anh.png' }],
      },
    });
    expect(primary(when(disclosed(), object({ submitterName: ' ', contact: '', evidence: [] }), citizen)).data).toEqual(
      {
        objectionId: 'o1',
        content: 'Thành tích chưa đúng sự thật.',
      },
    );
  });

  it('takes 10 to 4000 characters, and records a retried objection once', () => {
    expect(primary(when(disclosed(), object({ content: 'x'.repeat(10) }), citizen)).type).toBe('ObjectionFiled');
    expect(primary(when(disclosed(), object({ content: 'x'.repeat(OBJECTION_MAX_LENGTH) }), citizen)).type).toBe(
      'ObjectionFiled',
    );
    const short = refused(when(disclosed(), object({ content: ' 123456789 ' }), citizen));
    expect(short).toMatchObject({ code: 'FIELD_REQUIRED', field: 'content' });
    expect(short.messageVi).toContain('10–4000 ký tự');
    expect(refused(when(disclosed(), object({ content: 'x'.repeat(OBJECTION_MAX_LENGTH + 1) }), citizen)).code).toBe(
      'FIELD_REQUIRED',
    );
    const filed = run(disclosed(), [object(), citizen]);
    expect(when(filed, object(), citizen)).toEqual([]);
    expect(refused(when(submitted(), object(), citizen)).code).toBe('DISCLOSURE_NOT_OPEN');
  });

  it('lets the office resolve an objection once, with its note trimmed', () => {
    const filed = run(disclosed(), [object(), citizen]);
    const resolve = {
      type: 'ResolveObjection' as const,
      objectionId: 'o1',
      outcome: 'DISMISSED' as const,
      note: ' Đã xác minh. ',
    };
    expect(primary(when(filed, resolve, office))).toEqual({
      type: 'ObjectionResolved',
      data: { objectionId: 'o1', outcome: 'DISMISSED', note: 'Đã xác minh.', resolvedBy: 'ban' },
    });
    expect(refused(when(filed, resolve, authority)).code).toBe('ACTION_NOT_PERMITTED');
    expect(refused(when(filed, { ...resolve, objectionId: 'o9' }, office)).code).toBe('OBJECTION_NOT_FOUND');
    expect(refused(when(filed, { ...resolve, note: ' ' }, office))).toMatchObject({
      code: 'FIELD_REQUIRED',
      field: 'note',
    });
    expect(refused(when(run(filed, [resolve, office]), resolve, office)).code).toBe('OBJECTION_ALREADY_RESOLVED');
    const task = Object.values(filed.tasks).find((t) => t.slot === 'RESOLVE_OBJECTION:o1')!;
    const held = { ...filed, tasks: { ...filed.tasks, [task.taskId]: { ...task, claimedBy: 'ban-2' } } };
    expect(refused(when(held, resolve, office)).code).toBe('TASK_CLAIMED_BY_OTHER');
  });

  it('is closed by the system only, at its end and not before', () => {
    const close = { type: 'CloseDisclosure' as const };
    const endsAt = disclosed().disclosure!.endsAt;
    expect(primary(when(disclosed(), close, SYSTEM, endsAt))).toEqual({
      type: 'DisclosureClosed',
      data: { closedAt: endsAt },
    });
    const early = new Date(Date.parse(endsAt) - 1).toISOString();
    expect(refused(when(disclosed(), close, SYSTEM, early)).code).toBe('DISCLOSURE_NOT_ENDED');
    expect(refused(when(disclosed(), close, office, endsAt)).code).toBe('ACTION_NOT_PERMITTED');
    expect(refused(when(submitted(), close, SYSTEM, endsAt)).code).toBe('WRONG_STAGE');
  });
});

describe('the draft, and a blank field in the proposal named for the official', () => {
  const edit = (changes: Extract<NominationCommand, { type: 'EditDraft' }>['changes']): NominationCommand => ({
    type: 'EditDraft',
    changes,
  });

  it('edits a draft by its own unit only, while it is a draft, recording only what changed', () => {
    expect(primary(when(start(), edit({ year: 2024 }), officer))).toEqual({
      type: 'DraftUpdated',
      data: { changes: { year: 2024 } },
    });
    expect(refused(when(start(), edit({ year: 2024 }), otherUnit)).code).toBe('NOT_OWN_UNIT');
    expect(refused(when(submitted(), edit({ year: 2024 }), officer)).code).toBe('WRONG_STAGE');
  });

  it.each([
    [
      'the documents a supplement asks for',
      () => when(submitted(), { type: 'RequestSupplement', missing: [], note: 'Bổ sung' }, office),
      'missing',
      'danh sách tài liệu cần bổ sung',
      'documents to supplement',
    ],
    [
      'what a supplement asks for',
      () => when(submitted(), { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: ' ' }, office),
      'note',
      'nội dung yêu cầu bổ sung',
      'what to supplement',
    ],
    [
      'a supplement with nothing in it',
      () => when(supplementRequested(), { type: 'SupplementDossier', documents: [] }, officer),
      'documents',
      'tài liệu hoặc thông tin bổ sung',
      'supplemented documents or achievements',
    ],
    [
      'the reason of a withdrawal',
      () => when(submitted(), { type: 'WithdrawNomination', reason: '  ' }, officer),
      'reason',
      'lý do rút hồ sơ',
      'reason',
    ],
  ])('refuses %s left blank', (_what, act, field, vi, en) => {
    expect(refused(act())).toMatchObject(blankField(field, vi, en));
  });
});
