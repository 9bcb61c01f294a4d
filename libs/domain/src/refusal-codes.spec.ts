import { checkEligibility, type EligibilityInput } from './eligibility/eligibility';
import { NO_FACTS, type SubmissionFacts } from './eligibility/facts';
import { decide } from './nomination/nomination.decider';
import type { DraftData } from './nomination/nomination.events';
import { refuse } from './nomination/nomination.refusals';
import type { NominationState } from './nomination/nomination.state';
import { checkDraft, checkSubmission } from './nomination/submission';
import {
  authority,
  ballotOpen,
  ctx,
  docs,
  lead,
  member,
  NOW,
  office,
  officer,
  run,
  SEALED,
  start,
  submitted,
  SYSTEM,
  votedAndClosed,
} from './nomination/testing/fixtures';
import { checkQuota, quotaFor } from './quota/quota';
import { isRefusal, NOMINATION_REFUSAL_CODES, type Refusal, type RefusalCode, type RefusalKind } from './refusal';
import { ruleSetInForce } from './rules/rule-queries';
import { SEED_RULE_SET } from './rules/seed-rule-set';

// Every refusal code of the domain, each produced by a concrete scenario through the domain's own
// functions (the decider, the draft and submission checks, eligibility, quotas). Two codes are
// produced outside the pure domain, by the store: their rows say so and build the refusal with refuse.*.

/** refusal.ts: "409 conflict, 422 invalid content, 403 not permitted, 404 not found". */
const DOCUMENTED_STATUS: Record<RefusalKind, number> = { CONFLICT: 409, INVALID: 422, FORBIDDEN: 403, NOT_FOUND: 404 };

const rs = SEED_RULE_SET;
const AFTER_DISCLOSURE = '2026-03-03T17:00:00.000Z';
const DECISION_DAY = '2026-03-05T03:00:00.000Z';
const nominee = { key: 'CCCD-001', name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL' as const, unitId: 'SO-GD' };
const departmentCouncil = { councilId: 'HD', level: 'DEPARTMENT' as const, authorityId: 'UBND' };
const draft = (over: Partial<Pick<DraftData, 'awardCode' | 'kind' | 'year' | 'nominee' | 'council'>> = {}) =>
  checkDraft(
    { awardCode: 'LDTT', kind: 'CONG_TRANG', year: 2025, nominee, council: departmentCouncil, ...over },
    rs,
    NOW,
  );

function eligibility(awardCode: string, facts: Partial<SubmissionFacts>, over: Partial<EligibilityInput> = {}) {
  return checkEligibility({
    nominationId: 'this',
    award: rs.awards[awardCode],
    awards: rs.awards,
    chainCountingKinds: rs.chainCountingKinds,
    subject: 'INDIVIDUAL',
    year: 2025,
    kind: 'CONG_TRANG',
    achievements: { ratings: [{ year: 2025, rating: 'HOAN_THANH_TOT' }] },
    facts: { ...NO_FACTS, ...facts },
    today: '2026-02-10',
    ...over,
  });
}

const granted = (awardCode: string) => ({ nomineeKey: 'CCCD-001', awardCode, year: 2025, kind: 'CONG_TRANG' as const });
const taskOf = (s: NominationState, type: string) => Object.values(s.tasks).find((t) => t.type === type)!.taskId;
const vote = { type: 'CastVote' as const, sealedChoice: SEALED };
const award = (decisionDate = '2026-03-05') => ({
  type: 'IssueDecision' as const,
  decisionNumber: '12/QĐ-SGD',
  decisionDate,
});
const objection = {
  type: 'FileObjection' as const,
  objectionId: 'o1',
  content: 'Thành tích kê khai chưa đúng thực tế.',
};
const dismiss = {
  type: 'ResolveObjection' as const,
  objectionId: 'o1',
  outcome: 'DISMISSED' as const,
  note: 'Đã xác minh, thành tích đúng.',
};

const disclosed = () => votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']);
const OUTSIDER = { key: 'CCCD-002', name: 'Trần Văn Minh', subject: 'INDIVIDUAL' as const, unitId: 'THPT-A' };
const awaitingAll = (over: Partial<DraftData> = {}) =>
  run(votedAndClosed(ballotOpen(over), ['APPROVE', 'APPROVE', 'APPROVE', 'APPROVE']), [
    { type: 'CloseDisclosure' },
    SYSTEM,
    AFTER_DISCLOSURE,
  ]);
const awaiting = (over: Partial<DraftData> = {}) =>
  run(votedAndClosed(ballotOpen(over), ['APPROVE', 'APPROVE', 'APPROVE']), [
    { type: 'CloseDisclosure' },
    SYSTEM,
    AFTER_DISCLOSURE,
  ]);
const objectedAndEnded = () =>
  run(disclosed(), [objection, SYSTEM], [{ type: 'CloseDisclosure' }, SYSTEM, AFTER_DISCLOSURE]);
const claimedByOffice = () => {
  const s = submitted();
  return run(s, [{ type: 'ClaimTask', taskId: taskOf(s, 'APPRAISE_DOSSIER') }, office]);
};

/** The store's answer for some hashes: each uploaded by the owner, `size` bytes each. */
const uploads = (hashes: string[], size = 1000, mediaType = 'application/pdf', ownerId = 'SO-GD') => ({
  ownerId,
  maxDossierBytes: 100 * 1048576,
  uploaded: hashes.map((sha256) => ({ sha256, size, mediaType, fileName: 'tep.pdf' })),
});

type Row = [scenario: string, code: RefusalCode, status: number, produce: () => unknown];

const ROWS: Row[] = [
  // the case and its stage
  [
    'any command on a withdrawn case',
    'NOMINATION_CLOSED',
    409,
    () =>
      decide(
        run(submitted(), [{ type: 'WithdrawNomination', reason: 'Đơn vị rút hồ sơ' }, officer]),
        { type: 'EditDraft', changes: {} },
        ctx(officer),
      ),
  ],
  [
    'submitting a dossier that was already submitted',
    'WRONG_STAGE',
    409,
    () => decide(submitted(), { type: 'SubmitDossier', documents: docs() }, ctx(officer)),
  ],
  [
    'a submission by an officer of another unit',
    'NOT_OWN_UNIT',
    403,
    () => decide(start(), { type: 'SubmitDossier', documents: docs() }, ctx({ ...officer, unitId: 'SO-YT' })),
  ],
  [
    'a unit officer asking for a supplement',
    'ACTION_NOT_PERMITTED',
    403,
    () =>
      decide(
        submitted(),
        { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung biên bản' },
        ctx(officer),
      ),
  ],
  [
    'a supplement request without a note',
    'FIELD_REQUIRED',
    422,
    () => decide(submitted(), { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: '  ' }, ctx(office)),
  ],
  [
    'a decision dated in the future',
    'INVALID_DATE',
    422,
    () => decide(awaiting(), award('2026-12-31'), ctx(authority, DECISION_DAY)),
  ],
  ['a draft for an achievement year after this one', 'INVALID_YEAR', 422, () => draft({ year: 2040 })],
  // the dossier against the rules in force
  [
    'a day before the seed took effect, when the rule store finds no version in force (API/store: refuse.noRulesInForce)',
    'NO_RULES_IN_FORCE',
    422,
    () => (ruleSetInForce([rs], '2025-06-30') ? undefined : refuse.noRulesInForce('2025-06-30')),
  ],
  ['a draft for an award outside the catalogue', 'UNKNOWN_AWARD', 422, () => draft({ awardCode: 'KHONG_CO' })],
  ['a collective title for an individual', 'WRONG_SUBJECT', 422, () => draft({ awardCode: 'TTLDTT' })],
  ['an LĐTT as an extraordinary award', 'KIND_NOT_ALLOWED', 422, () => draft({ kind: 'DOT_XUAT' })],
  [
    'an LĐTT filed with the provincial council',
    'AUTHORITY_NOT_COMPETENT',
    422,
    () => draft({ council: { councilId: 'HD-TP', level: 'PROVINCE', authorityId: 'UBND-TP' } }),
  ],
  [
    'a dossier without its minutes and report',
    'MISSING_DOCUMENTS',
    422,
    () => checkSubmission(start(), docs(['TO_TRINH']), rs, NO_FACTS, NOW),
  ],
  [
    'a dossier naming a file the unit never uploaded',
    'DOCUMENT_NOT_UPLOADED',
    422,
    () =>
      decide(
        start(),
        { type: 'SubmitDossier', documents: docs() },
        ctx(officer, NOW, { facts: { ...NO_FACTS, documents: uploads([]) } }),
      ),
  ],
  [
    'a dossier whose files come to more than the limit',
    'DOSSIER_TOO_LARGE',
    422,
    () =>
      decide(
        start(),
        { type: 'SubmitDossier', documents: docs() },
        ctx(officer, NOW, { facts: { ...NO_FACTS, documents: uploads(['a'.repeat(64)], 120 * 1048576) } }),
      ),
  ],
  // eligibility and quotas
  [
    'a nominee under disciplinary review',
    'NOMINEE_ON_HOLD',
    422,
    () =>
      eligibility('LDTT', {
        holds: [{ holdId: 'h', nomineeKey: 'CCCD-001', type: 'DISCIPLINE', since: '2026-01-01', reference: 'QĐ 1/KL' }],
      }),
  ],
  [
    'an LĐTT 2025 already in the registry',
    'ALREADY_AWARDED',
    422,
    () => eligibility('LDTT', { registry: [granted('LDTT')] }),
  ],
  [
    'a second open LĐTT 2025 nomination of the nominee',
    'DUPLICATE_NOMINATION',
    409,
    () =>
      eligibility('LDTT', { pending: [{ nominationId: 'other', awardCode: 'LDTT', year: 2025, kind: 'CONG_TRANG' }] }),
  ],
  [
    'a Bằng khen for the year a Giấy khen already rewarded',
    'ONE_ACHIEVEMENT_ONE_AWARD',
    422,
    () => eligibility('BK_TINH', { registry: [granted('GIAY_KHEN')] }),
  ],
  [
    'an LĐTT without the rating it requires',
    'PREREQUISITE_NOT_MET',
    422,
    () => eligibility('LDTT', {}, { achievements: {} }),
  ],
  [
    'a fourth CSTĐ cơ sở of a unit with 20 LĐTT',
    'OVER_QUOTA',
    422,
    () => checkQuota(quotaFor(rs, 'CSTD_CS')!, { used: 3, base: 20 }, rs.awards),
  ],
  // the council's secret ballot
  [
    'a vote by someone outside the council',
    'NOT_A_COUNCIL_MEMBER',
    403,
    () => decide(ballotOpen(), vote, ctx(member('x'))),
  ],
  [
    "a vote by a member of the nominee's unit",
    'MEMBER_RECUSED',
    409,
    () => decide(ballotOpen(), vote, ctx(member('m4'))),
  ],
  [
    'a second vote by the same member',
    'ALREADY_VOTED',
    409,
    () => decide(run(ballotOpen(), [vote, member('m1')]), vote, ctx(member('m1'))),
  ],
  [
    'a vote on the closed ballot of a case sent back to the council',
    'BALLOT_CLOSED',
    409,
    () =>
      decide(
        run(objectedAndEnded(), [{ ...dismiss, outcome: 'UPHELD', note: 'Hội đồng xem xét lại.' }, office]),
        vote,
        ctx(member('m1')),
      ),
  ],
  [
    'closing a ballot one member took part in',
    'QUORUM_NOT_REACHED',
    409,
    () => decide(run(ballotOpen(), [vote, member('m1')]), { type: 'CloseBallot' }, ctx(office)),
  ],
  [
    'a choice that was not sealed',
    'SEALED_BALLOT_INVALID',
    422,
    () => decide(ballotOpen(), { type: 'CastVote', sealedChoice: 'APPROVE' }, ctx(member('m1'))),
  ],
  // disclosure and objections
  [
    'an objection before the list is published',
    'DISCLOSURE_NOT_OPEN',
    409,
    () => decide(submitted(), objection, ctx(SYSTEM)),
  ],
  [
    'a decision while the list is public',
    'DISCLOSURE_NOT_ENDED',
    409,
    () => decide(disclosed(), award(), ctx(authority)),
  ],
  [
    'a decision with an objection still open',
    'OBJECTION_UNRESOLVED',
    409,
    () => decide(objectedAndEnded(), award(), ctx(authority, DECISION_DAY)),
  ],
  ['resolving an objection nobody filed', 'OBJECTION_NOT_FOUND', 404, () => decide(disclosed(), dismiss, ctx(office))],
  [
    'resolving an objection twice',
    'OBJECTION_ALREADY_RESOLVED',
    409,
    () => decide(run(objectedAndEnded(), [dismiss, office]), dismiss, ctx(office)),
  ],
  // the decision
  [
    "a decision by another body's authority",
    'NOT_THE_AUTHORITY',
    403,
    () => decide(awaiting(), award(), ctx({ ...authority, authorityId: 'SO-YT' }, DECISION_DAY)),
  ],
  [
    'a department signing a provincial Bằng khen',
    'AUTHORITY_MUST_FORWARD',
    422,
    // 80 % of all members: the nominee's unit has no seat on the council, so all 4 vote.
    () => decide(awaitingAll({ awardCode: 'BK_TINH', nominee: OUTSIDER }), award(), ctx(authority, DECISION_DAY)),
  ],
  [
    'forwarding an LĐTT the department may decide itself',
    'NO_HIGHER_LEVEL',
    422,
    () => decide(awaiting(), { type: 'ForwardToHigherLevel', note: 'Trình cấp trên' }, ctx(authority, DECISION_DAY)),
  ],
  [
    'a decision number already used in the year (store guard at append: refuse.decisionNumberTaken)',
    'DECISION_NUMBER_TAKEN',
    409,
    () => refuse.decisionNumberTaken('12/QĐ-SGD', 2026),
  ],
  [
    'a signed decision that is an image, not a PDF',
    'DECISION_NOT_PDF',
    422,
    () =>
      decide(
        awaiting(),
        { ...award(), signedDocument: { code: 'QUYET_DINH', title: 'Quyết định', sha256: 'd'.repeat(64) } },
        ctx(authority, DECISION_DAY, {
          facts: { ...NO_FACTS, documents: uploads(['d'.repeat(64)], 1000, 'image/png', 'UBND') },
        }),
      ),
  ],
  [
    "a rejection with the ballot's own reason code",
    'UNKNOWN_REJECTION_REASON',
    422,
    () =>
      decide(
        awaiting(),
        { type: 'RejectNomination', reasonCode: 'BALLOT_FAILED', reason: 'Không đạt' },
        ctx(authority, DECISION_DAY),
      ),
  ],
  // tasks
  [
    'claiming a task the case does not have',
    'TASK_NOT_FOUND',
    404,
    () => decide(submitted(), { type: 'ClaimTask', taskId: 'nope' }, ctx(office)),
  ],
  [
    'claiming a task a colleague holds',
    'TASK_ALREADY_CLAIMED',
    409,
    () => {
      const s = claimedByOffice();
      return decide(s, { type: 'ClaimTask', taskId: taskOf(s, 'APPRAISE_DOSSIER') }, ctx(lead));
    },
  ],
  [
    'releasing a task nobody claimed',
    'TASK_NOT_CLAIMED',
    409,
    () => {
      const s = submitted();
      return decide(s, { type: 'ReleaseTask', taskId: taskOf(s, 'APPRAISE_DOSSIER') }, ctx(office));
    },
  ],
  [
    'appraising a dossier a colleague claimed',
    'TASK_CLAIMED_BY_OTHER',
    409,
    () => decide(claimedByOffice(), { type: 'AppraiseDossier', opinion: 'Đạt' }, ctx(lead)),
  ],
  [
    "a council member claiming the office's appraisal",
    'NOT_IN_CANDIDATE_GROUP',
    403,
    () => {
      const s = submitted();
      return decide(s, { type: 'ClaimTask', taskId: taskOf(s, 'APPRAISE_DOSSIER') }, ctx(member('m1')));
    },
  ],
  [
    'a reassignment by an office member who is not its head',
    'NOT_OFFICE_LEAD',
    403,
    () => {
      const s = submitted();
      return decide(s, { type: 'ReassignTask', taskId: taskOf(s, 'APPRAISE_DOSSIER'), assignee: 'ban-2' }, ctx(office));
    },
  ],
  // SLA
  [
    'an extension of zero working days',
    'INVALID_EXTENSION',
    422,
    () => decide(submitted(), { type: 'ExtendSla', extraWorkingDays: 0, reason: 'Chờ hiệp y' }, ctx(lead)),
  ],
];

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const ENGLISH_WORD =
  /\b(the|a|an|is|are|not|no|of|on|to|for|this|cannot|may|only|already|missing|invalid|requires|over)\b/i;

function produced(produce: () => unknown): Refusal {
  const result = produce();
  if (!isRefusal(result)) throw new Error(`the scenario produced no refusal: ${JSON.stringify(result)?.slice(0, 200)}`);
  return result;
}

describe('every refusal code of the domain, produced by a scenario', () => {
  it('covers exactly the nomination codes, each once', () => {
    const codes = ROWS.map(([, code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...NOMINATION_REFUSAL_CODES].sort());
  });

  it.each(ROWS)('refuses %s with %s (HTTP %i)', (_scenario, code, status, produce) => {
    const r = produced(produce);
    expect(r.code).toBe(code);
    expect(DOCUMENTED_STATUS[r.kind]).toBe(status);
  });

  it.each(ROWS)('explains %s in Vietnamese first and in English second', (_scenario, _code, _status, produce) => {
    const r = produced(produce);
    expect(r.messageVi).toMatch(VIETNAMESE);
    expect(r.messageEn.trim().length).toBeGreaterThan(10);
    expect(r.messageEn).not.toBe(r.messageVi);
    expect(r.messageEn).toMatch(ENGLISH_WORD);
  });
});
