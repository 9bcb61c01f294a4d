import { isRefusal, type Refusal } from '../refusal';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkSignedDecision, documentsToCheck } from './dossier-files';
import { draftNomination, type DraftInput } from './draft';
import type { NominationEvent } from './nomination.events';
import { drafted, start, submitted } from './testing/fixtures';

const { ruleSetId: _ruleSetId, ...input } = drafted().data as DraftInput & { ruleSetId: string };
const now = '2026-02-10T03:00:00.000Z';
const draft = (over: Partial<DraftInput> = {}) => draftNomination({ ...input, ...over }, SEED_RULE_SET, now);
const accepted = (out: NominationEvent | Refusal): NominationEvent => {
  if (isRefusal(out)) throw new Error(`refused: ${out.code} ${out.messageEn}`);
  return out;
};
const refused = (out: NominationEvent | Refusal): Refusal => {
  if (!isRefusal(out)) throw new Error(`expected a refusal, got ${out.type}`);
  return out;
};

describe('drafting a nomination', () => {
  it('is the first event of the stream, under the rule set in force, with no achievements when none are given', () => {
    expect(draft()).toEqual({ type: 'NominationDrafted', data: { ...input, ruleSetId: SEED_RULE_SET.id } });
    const { achievements: _a, ...bare } = input;
    expect(draftNomination(bare as DraftInput, SEED_RULE_SET, now)).toMatchObject({ data: { achievements: {} } });
  });

  it.each<[string, Partial<DraftInput>, string, string?]>([
    ['an award not in the rules', { awardCode: 'KHONG_CO' }, 'UNKNOWN_AWARD', 'awardCode'],
    [
      'a collective for a title of persons',
      { nominee: { ...input.nominee, subject: 'COLLECTIVE' } },
      'WRONG_SUBJECT',
      'nominee.subject',
    ],
    ['a kind the award is not given as', { kind: 'DOT_XUAT' }, 'KIND_NOT_ALLOWED', 'kind'],
    [
      'a council that can neither decide nor forward',
      { awardCode: 'LDTT', council: { councilId: 'HD', level: 'PRESIDENT', authorityId: 'CTN' } },
      'AUTHORITY_NOT_COMPETENT',
      'councilId',
    ],
    ['a year to come', { year: 2027 }, 'INVALID_YEAR', 'year'],
    ['a year more than five back', { year: 2020 }, 'INVALID_YEAR', 'year'],
    ['a year with a fraction', { year: 2025.5 }, 'INVALID_YEAR', 'year'],
    ['a nominee without a name', { nominee: { ...input.nominee, name: ' ' } }, 'FIELD_REQUIRED', 'nominee.name'],
    ['a nominee without an identifier', { nominee: { ...input.nominee, key: '' } }, 'FIELD_REQUIRED', 'nominee.key'],
  ])('refuses %s', (_what, over, code, field) => {
    const r = refused(draft(over));
    expect(r.code).toBe(code);
    if (field) expect(r.field).toBe(field);
  });

  it('takes this year and the fifth year back, in Việt Nam time', () => {
    expect(accepted(draft({ year: 2026 })).type).toBe('NominationDrafted');
    expect(accepted(draft({ year: 2021 })).type).toBe('NominationDrafted');
    // 31/12/2025 at 17:00 UTC is already 01/01/2026 in Hà Nội.
    expect(accepted(draftNomination({ ...input, year: 2026 }, SEED_RULE_SET, '2025-12-31T17:00:00.000Z')).type).toBe(
      'NominationDrafted',
    );
    expect(
      refused(draftNomination({ ...input, year: 2026 }, SEED_RULE_SET, '2025-12-31T16:59:59.000Z')).messageVi,
    ).toBe('Năm thành tích 2026 không hợp lệ (từ 2020 đến 2025).');
  });
});

describe("the authority's signed decision", () => {
  const doc = { code: 'QUYET_DINH', title: 'Quyết định', sha256: 'c'.repeat(64) };
  const facts = (mediaType: string) => ({
    ownerId: 'UBND',
    maxDossierBytes: 1 << 30,
    uploaded: [{ sha256: 'c'.repeat(64), size: 4096, mediaType, fileName: 'qd-12.pdf' }],
  });

  it('is the PDF the authority uploaded, with its name, size and type filled in', () => {
    expect(checkSignedDecision(doc, facts('application/pdf'), SEED_RULE_SET)).toEqual({
      ...doc,
      fileName: 'qd-12.pdf',
      size: 4096,
      mediaType: 'application/pdf',
    });
    expect(checkSignedDecision(doc, undefined, SEED_RULE_SET)).toBe(doc);
  });

  it('refuses a file not uploaded by the authority, and one that is not a PDF', () => {
    const missing = checkSignedDecision(
      { ...doc, sha256: 'd'.repeat(64) },
      facts('application/pdf'),
      SEED_RULE_SET,
    ) as Refusal;
    expect(missing).toMatchObject({ code: 'DOCUMENT_NOT_UPLOADED', field: 'documents' });
    expect(missing.messageVi).toContain('cơ quan có thẩm quyền');
    expect(missing.messageVi).toContain('dddddddddddd…');
    expect(checkSignedDecision(doc, facts('image/jpeg'), SEED_RULE_SET)).toMatchObject({
      code: 'DECISION_NOT_PDF',
      field: 'signedDocument',
      messageVi: 'Tệp «qd-12.pdf» không phải PDF: quyết định đã ký phải là tệp PDF.',
    });
  });

  it("is checked against the authority's uploads, only when a decision brings one", () => {
    expect(
      documentsToCheck(submitted(), {
        type: 'IssueDecision',
        decisionNumber: '1',
        decisionDate: '2026-02-10',
        signedDocument: doc,
      }),
    ).toEqual({
      ownerId: 'UBND',
      hashes: ['c'.repeat(64)],
    });
    expect(
      documentsToCheck(submitted(), { type: 'IssueDecision', decisionNumber: '1', decisionDate: '2026-02-10' }),
    ).toBeUndefined();
    expect(
      documentsToCheck({ ...start(), council: null } as never, {
        type: 'IssueDecision',
        decisionNumber: '1',
        decisionDate: '2026-02-10',
        signedDocument: doc,
      }),
    ).toBeUndefined();
    expect(documentsToCheck(submitted(), { type: 'CloseBallot' })).toBeUndefined();
  });
});
