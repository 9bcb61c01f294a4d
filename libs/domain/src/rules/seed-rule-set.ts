import { DECREE, HANOI_RULES, LAW, OLD_DECREE, decree, law } from './legal-basis';
import type { AwardRule, BallotRule, Prerequisite, RuleSet } from './rule-set';

// Seed of shared/domain.md §3–§6. Values tagged [old]/[U] there are defaults an admin replaces by
// publishing a new version; nothing here is a literal in the workflow.

const MAJORITY_OF_PRESENT: BallotRule = { comparison: 'MORE_THAN', percent: 50, denominator: 'MEMBERS_PRESENT', quorumPercent: 50 };
const EIGHTY_OF_ALL: BallotRule = { comparison: 'AT_LEAST', percent: 80, denominator: 'ALL_MEMBERS', quorumPercent: 50 };
const SEVENTY_FIVE_OF_ALL: BallotRule = { comparison: 'AT_LEAST', percent: 75, denominator: 'ALL_MEMBERS', quorumPercent: 75 };
const NINETY_OF_ALL: BallotRule = { comparison: 'AT_LEAST', percent: 90, denominator: 'ALL_MEMBERS', quorumPercent: 90 };

const STANDARD_DOCUMENTS = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP'];
const WITH_INITIATIVE = [...STANDARD_DOCUMENTS, 'CHUNG_NHAN_SANG_KIEN'];
const SHORT_DOSSIER = ['TO_TRINH', 'BAO_CAO_TOM_TAT'];

/** Stage budgets (domain.md §6, [old]): supplement, review (appraisal + ballot), disclosure, decision. */
const sla = (review: number, decision: number) => ({ UNIT_PROPOSAL: 10, COUNCIL_REVIEW: review, PUBLIC_DISCLOSURE: 10, FINAL_DECISION: decision });

const GOOD_RATING = (years: number, article: string): Prerequisite => ({ type: 'RATING', minimum: 'HOAN_THANH_TOT', years, rule: law(article) });
const TEN_DAYS = { workingDays: 10 };

const awards: AwardRule[] = [
  {
    code: 'LDTT', nameVi: 'Lao động tiên tiến', nameEn: 'Advanced Worker', category: 'EMULATION_TITLE', subjects: ['INDIVIDUAL'],
    decidingLevels: ['UNIT', 'COMMUNE', 'DEPARTMENT'], allowedKinds: ['CONG_TRANG'], requiredDocuments: {},
    prerequisites: [{ ...GOOD_RATING(1, 'Điều 24'), appliesTo: ['INDIVIDUAL'] }],
    ballot: MAJORITY_OF_PRESENT, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(10, 10), rewardMultiple: 0.3,
    legalBasis: law('Điều 24'), certainty: 'C',
  },
  {
    code: 'CSTD_CS', nameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots Emulation Fighter', category: 'EMULATION_TITLE', subjects: ['INDIVIDUAL'],
    decidingLevels: ['UNIT', 'COMMUNE', 'DEPARTMENT'], allowedKinds: ['CONG_TRANG'], requiredDocuments: {},
    prerequisites: [
      { type: 'SAME_YEAR_AWARD', awardCode: 'LDTT', rule: law('Điều 23') },
      { type: 'ANY_OF', rule: law('Điều 23'), options: [
        { type: 'RATING', minimum: 'HOAN_THANH_XUAT_SAC', years: 1, rule: law('Điều 23') },
        { type: 'INITIATIVE', scope: 'UNIT', rule: law('Điều 23') },
      ] },
    ],
    ballot: MAJORITY_OF_PRESENT, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(20, 10), rewardMultiple: 1.0,
    legalBasis: law('Điều 23'), certainty: 'C',
  },
  {
    code: 'CSTD_TINH', nameVi: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', nameEn: 'Provincial Emulation Fighter', category: 'EMULATION_TITLE', subjects: ['INDIVIDUAL'],
    decidingLevels: ['PROVINCE', 'MINISTRY'], allowedKinds: ['CONG_TRANG'], requiredDocuments: { CONG_TRANG: WITH_INITIATIVE },
    prerequisites: [
      { type: 'CHAIN', awardCode: 'CSTD_CS', count: 3, everyYears: 1, rule: law('Điều 22') },
      { type: 'INITIATIVE', scope: 'PROVINCE', rule: law('Điều 22') },
    ],
    ballot: NINETY_OF_ALL, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(20, 25), rewardMultiple: 3.0,
    legalBasis: law('Điều 22'), certainty: 'C',
  },
  {
    code: 'CSTD_TQ', nameVi: 'Chiến sĩ thi đua toàn quốc', nameEn: 'National Emulation Fighter', category: 'EMULATION_TITLE', subjects: ['INDIVIDUAL'],
    decidingLevels: ['GOVERNMENT'], allowedKinds: ['CONG_TRANG'], requiredDocuments: { CONG_TRANG: WITH_INITIATIVE },
    prerequisites: [
      // Two CSTĐ cấp tỉnh in a row; that title is considered every three years [U].
      { type: 'CHAIN', awardCode: 'CSTD_TINH', count: 2, everyYears: 3, rule: law('Điều 21'), certainty: 'U' },
      { type: 'INITIATIVE', scope: 'NATIONAL', rule: law('Điều 21') },
    ],
    ballot: NINETY_OF_ALL, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(20, 25), rewardMultiple: 4.5,
    legalBasis: law('Điều 21'), certainty: 'C',
  },
  {
    code: 'TTLDTT', nameVi: 'Tập thể lao động tiên tiến', nameEn: 'Advanced Collective', category: 'EMULATION_TITLE', subjects: ['COLLECTIVE'],
    decidingLevels: ['UNIT', 'COMMUNE', 'DEPARTMENT'], allowedKinds: ['CONG_TRANG'], requiredDocuments: {},
    prerequisites: [GOOD_RATING(1, 'Điều 28')],
    ballot: MAJORITY_OF_PRESENT, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(10, 10), rewardMultiple: 0.8,
    legalBasis: law('Điều 28'), certainty: 'C',
  },
  {
    code: 'TTLDXS', nameVi: 'Tập thể lao động xuất sắc', nameEn: 'Excellent Collective', category: 'EMULATION_TITLE', subjects: ['COLLECTIVE'],
    decidingLevels: ['PROVINCE', 'MINISTRY'], allowedKinds: ['CONG_TRANG'], requiredDocuments: {},
    prerequisites: [{ type: 'COLLECTIVE_RESULTS', completedDutiesPercent: 100, ldttPercent: 70, minCstdCs: 1, rule: law('Điều 27') }],
    ballot: MAJORITY_OF_PRESENT, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(10, 20), rewardMultiple: 1.5,
    legalBasis: law('Điều 27'), certainty: 'C',
  },
  {
    code: 'CO_TINH', nameVi: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', nameEn: 'Provincial Emulation Flag', category: 'EMULATION_TITLE', subjects: ['COLLECTIVE'],
    decidingLevels: ['PROVINCE', 'MINISTRY'], allowedKinds: ['CONG_TRANG'], requiredDocuments: {},
    prerequisites: [{ type: 'CLUSTER_LEAD', rule: law('Điều 26') }],
    ballot: EIGHTY_OF_ALL, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(10, 25), rewardMultiple: 8.0,
    legalBasis: law('Điều 26'), certainty: 'C',
  },
  {
    code: 'CO_CP', nameVi: 'Cờ thi đua của Chính phủ', nameEn: 'Government Emulation Flag', category: 'EMULATION_TITLE', subjects: ['COLLECTIVE'],
    decidingLevels: ['GOVERNMENT'], allowedKinds: ['CONG_TRANG'], requiredDocuments: {},
    prerequisites: [{ type: 'CLUSTER_LEAD', rule: law('Điều 25') }],
    ballot: NINETY_OF_ALL, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(20, 25), rewardMultiple: 12.0,
    legalBasis: law('Điều 25'), certainty: 'C',
  },
  {
    code: 'GIAY_KHEN', nameVi: 'Giấy khen', nameEn: 'Certificate of Merit', category: 'COMMENDATION', subjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    decidingLevels: ['UNIT', 'COMMUNE', 'DEPARTMENT'], allowedKinds: ['CONG_TRANG', 'THEO_DOT', 'DOT_XUAT', 'CONG_HIEN'], requiredDocuments: {},
    prerequisites: [], ballot: MAJORITY_OF_PRESENT, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(10, 10),
    legalBasis: law('Điều 75'), certainty: 'C',
  },
  {
    code: 'BK_TINH', nameVi: 'Bằng khen cấp bộ, ban, ngành, tỉnh', nameEn: 'Provincial Certificate of Merit', category: 'COMMENDATION', subjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    decidingLevels: ['PROVINCE', 'MINISTRY'], allowedKinds: ['CONG_TRANG', 'THEO_DOT', 'DOT_XUAT', 'CONG_HIEN', 'DOI_NGOAI'], requiredDocuments: {},
    prerequisites: [], ballot: EIGHTY_OF_ALL, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(10, 25),
    legalBasis: law('Điều 74'), certainty: 'C',
  },
  {
    code: 'BK_TTG', nameVi: 'Bằng khen của Thủ tướng Chính phủ', nameEn: 'Prime Minister\'s Certificate of Merit', category: 'COMMENDATION', subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decidingLevels: ['GOVERNMENT'], allowedKinds: ['CONG_TRANG', 'DOT_XUAT', 'DOI_NGOAI'], requiredDocuments: {},
    prerequisites: [
      { type: 'AWARDS_WITHIN', awardCode: 'BK_TINH', count: 1, withinYears: 5, rule: law('Điều 73'), appliesTo: ['INDIVIDUAL'] },
      { ...GOOD_RATING(5, 'Điều 73'), appliesTo: ['INDIVIDUAL'] },
      { type: 'AWARDS_WITHIN', awardCode: 'CSTD_CS', count: 3, withinYears: 5, rule: law('Điều 73'), appliesTo: ['INDIVIDUAL'] },
    ],
    // Hà Nội's council required ≥ 75 % for proposals to the Prime Minister [old].
    ballot: SEVENTY_FIVE_OF_ALL, procedure: 'STANDARD', disclosure: TEN_DAYS, slaWorkingDays: sla(20, 25),
    legalBasis: law('Điều 73'), certainty: 'C',
  },
  {
    code: 'HC_LD_3', nameVi: 'Huân chương Lao động hạng Ba', nameEn: 'Third-class Labour Order', category: 'ORDER', subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decidingLevels: ['PRESIDENT'], allowedKinds: ['CONG_TRANG', 'DOT_XUAT', 'CONG_HIEN', 'DOI_NGOAI'], requiredDocuments: {},
    prerequisites: [
      { type: 'AWARDS_WITHIN', awardCode: 'BK_TTG', count: 1, withinYears: 5, rule: law('Điều 47'), appliesTo: ['INDIVIDUAL'], certainty: 'U' },
      { ...GOOD_RATING(5, 'Điều 47'), appliesTo: ['INDIVIDUAL'], certainty: 'U' },
    ],
    // Orders: the list is published ≥ 10 working days before the council meets (Decree 152 art. 44.2).
    ballot: SEVENTY_FIVE_OF_ALL, procedure: 'DISCLOSURE_FIRST', disclosure: TEN_DAYS, slaWorkingDays: sla(20, 25),
    legalBasis: law('Điều 47'), certainty: 'U',
  },
  {
    code: 'NGUOI_TOT_VIEC_TOT', nameVi: 'Người tốt, việc tốt (Thủ đô)', nameEn: 'Good People, Good Deeds (Capital)', category: 'LOCAL_TITLE', subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decidingLevels: ['PROVINCE'], allowedKinds: ['THEO_DOT', 'DOT_XUAT'], requiredDocuments: {},
    prerequisites: [], ballot: MAJORITY_OF_PRESENT, procedure: 'STANDARD', disclosure: { workingDays: 7 }, slaWorkingDays: sla(10, 10),
    legalBasis: { legalBasis: HANOI_RULES }, certainty: 'OLD',
  },
  {
    code: 'CONG_DAN_THU_DO_UU_TU', nameVi: 'Công dân Thủ đô ưu tú', nameEn: 'Distinguished Citizen of the Capital', category: 'LOCAL_TITLE', subjects: ['INDIVIDUAL'],
    decidingLevels: ['PROVINCE'], allowedKinds: ['THEO_DOT'], requiredDocuments: {},
    prerequisites: [], ballot: SEVENTY_FIVE_OF_ALL, procedure: 'STANDARD', disclosure: { workingDays: 7 }, slaWorkingDays: sla(20, 20),
    legalBasis: { legalBasis: HANOI_RULES }, certainty: 'OLD',
  },
];

export const SEED_RULE_SET: RuleSet = {
  id: 'VN-2025-07',
  version: 1,
  legalBasis: `${LAW}; ${DECREE}`,
  effectiveFrom: '2025-07-01',
  note: 'Bộ quy tắc khởi tạo theo shared/domain.md; các giá trị gắn [OLD]/[U] cần được xác nhận.',
  awards: Object.fromEntries(awards.map((a) => [a.code, a])),
  procedures: {
    STANDARD: { code: 'STANDARD', nameVi: 'Quy trình thông thường', nameEn: 'Standard procedure', steps: ['APPRAISAL', 'BALLOT', 'DISCLOSURE', 'DECISION'], rule: law('Điều 84') },
    DISCLOSURE_FIRST: { code: 'DISCLOSURE_FIRST', nameVi: 'Công khai trước khi Hội đồng họp', nameEn: 'Disclosure before the council', steps: ['APPRAISAL', 'DISCLOSURE', 'BALLOT', 'DECISION'], rule: decree('Điều 44 khoản 2') },
    SIMPLIFIED: { code: 'SIMPLIFIED', nameVi: 'Thủ tục đơn giản', nameEn: 'Simplified procedure', steps: ['APPRAISAL', 'DECISION'], rule: law('Điều 85') },
  },
  simplifiedKinds: ['DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN', 'DOI_NGOAI'],
  chainCountingKinds: ['CONG_TRANG'],
  documentTypes: {
    TO_TRINH: { nameVi: 'Tờ trình đề nghị khen thưởng', nameEn: 'Proposal' },
    BAO_CAO_THANH_TICH: { nameVi: 'Báo cáo thành tích', nameEn: 'Achievement report' },
    BAO_CAO_TOM_TAT: { nameVi: 'Báo cáo tóm tắt thành tích', nameEn: 'Short achievement summary' },
    BIEN_BAN_HOP: { nameVi: 'Biên bản họp Hội đồng TĐKT đơn vị', nameEn: 'Minutes of the unit council' },
    CHUNG_NHAN_SANG_KIEN: { nameVi: 'Giấy chứng nhận sáng kiến', nameEn: 'Initiative certificate' },
  },
  documentsByKind: {
    CONG_TRANG: STANDARD_DOCUMENTS,
    THEO_DOT: STANDARD_DOCUMENTS,
    DOT_XUAT: SHORT_DOSSIER,
    CONG_HIEN: SHORT_DOSSIER,
    NIEN_HAN: SHORT_DOSSIER,
    DOI_NGOAI: SHORT_DOSSIER,
  },
  // Extraordinary awards: 5 working days [old].
  slaByKind: { DOT_XUAT: { COUNCIL_REVIEW: 5, FINAL_DECISION: 5 } },
  quotas: [
    { awardCode: 'CSTD_CS', limit: { type: 'PERCENT_OF', awardCode: 'LDTT', percent: 15, minimum: 1 }, rule: { legalBasis: OLD_DECREE, article: 'Điều 8' }, certainty: 'OLD' },
  ],
  sla: { warningPercent: 75, escalationChain: ['OFFICE_LEAD', 'COUNCIL_CHAIR', 'AUTHORITY'], escalationWindowWorkingDays: 5, ballotWorkingDays: 5 },
};
