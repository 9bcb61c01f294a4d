import type { AwardRule, BallotRule, RuleSet } from './rule-set';

// Law on Emulation and Commendation 06/2022/QH15 (in force 1/1/2024) and Decree 152/2025/NĐ-CP
// (in force 1/7/2025). Numbers tagged [old] in shared/domain.md are defaults an admin can change
// by publishing a new version; they are never literals in the workflow.
const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';

const MAJORITY_OF_PRESENT: BallotRule = { comparison: 'MORE_THAN', percent: 50, denominator: 'MEMBERS_PRESENT', quorumPercent: 50 };
const NINETY_OF_ALL: BallotRule = { comparison: 'AT_LEAST', percent: 90, denominator: 'ALL_MEMBERS', quorumPercent: 90 };
const EIGHTY_OF_ALL: BallotRule = { comparison: 'AT_LEAST', percent: 80, denominator: 'ALL_MEMBERS', quorumPercent: 50 };

const STANDARD_DOCUMENTS = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP'];
const WITH_INITIATIVE = [...STANDARD_DOCUMENTS, 'CHUNG_NHAN_SANG_KIEN'];

// Seed SLA budgets in working days (domain.md §6, [old] except the 10-day disclosure [C]).
const sla = (appraisal: number, decision: number) => ({
  UNIT_PROPOSAL: 10,
  COUNCIL_REVIEW: appraisal,
  PUBLIC_DISCLOSURE: 10,
  FINAL_DECISION: decision,
});

function award(rule: Omit<AwardRule, 'disclosureWorkingDays' | 'legalBasis'> & Partial<AwardRule>): AwardRule {
  return { disclosureWorkingDays: 10, legalBasis: LAW, ...rule };
}

export const SEED_RULE_SET: RuleSet = {
  id: 'VN-2025-07',
  legalBasis: `${LAW}; Nghị định 152/2025/NĐ-CP`,
  effectiveFrom: '2025-07-01',
  awards: {
    LDTT: award({ code: 'LDTT', nameVi: 'Lao động tiên tiến', nameEn: 'Advanced Worker', subject: 'INDIVIDUAL', requiredDocuments: STANDARD_DOCUMENTS, ballot: MAJORITY_OF_PRESENT, slaWorkingDays: sla(10, 10), rewardMultiple: 0.3, legalBasis: `${LAW}, Điều 24` }),
    CSTD_CS: award({ code: 'CSTD_CS', nameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots Emulation Fighter', subject: 'INDIVIDUAL', requiredDocuments: WITH_INITIATIVE, ballot: MAJORITY_OF_PRESENT, slaWorkingDays: sla(10, 20), rewardMultiple: 1.0, legalBasis: `${LAW}, Điều 23` }),
    CSTD_TINH: award({ code: 'CSTD_TINH', nameVi: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', nameEn: 'Provincial Emulation Fighter', subject: 'INDIVIDUAL', requiredDocuments: WITH_INITIATIVE, ballot: NINETY_OF_ALL, slaWorkingDays: sla(20, 25), rewardMultiple: 3.0, legalBasis: `${LAW}, Điều 22` }),
    CSTD_TQ: award({ code: 'CSTD_TQ', nameVi: 'Chiến sĩ thi đua toàn quốc', nameEn: 'National Emulation Fighter', subject: 'INDIVIDUAL', requiredDocuments: WITH_INITIATIVE, ballot: NINETY_OF_ALL, slaWorkingDays: sla(20, 25), rewardMultiple: 4.5, legalBasis: `${LAW}, Điều 21` }),
    TTLDTT: award({ code: 'TTLDTT', nameVi: 'Tập thể lao động tiên tiến', nameEn: 'Advanced Collective', subject: 'COLLECTIVE', requiredDocuments: STANDARD_DOCUMENTS, ballot: MAJORITY_OF_PRESENT, slaWorkingDays: sla(10, 10), rewardMultiple: 0.8, legalBasis: `${LAW}, Điều 28` }),
    TTLDXS: award({ code: 'TTLDXS', nameVi: 'Tập thể lao động xuất sắc', nameEn: 'Excellent Collective', subject: 'COLLECTIVE', requiredDocuments: STANDARD_DOCUMENTS, ballot: MAJORITY_OF_PRESENT, slaWorkingDays: sla(10, 20), rewardMultiple: 1.5, legalBasis: `${LAW}, Điều 27` }),
    CO_TINH: award({ code: 'CO_TINH', nameVi: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', nameEn: 'Provincial Emulation Flag', subject: 'COLLECTIVE', requiredDocuments: STANDARD_DOCUMENTS, ballot: EIGHTY_OF_ALL, slaWorkingDays: sla(10, 25), rewardMultiple: 8.0, legalBasis: `${LAW}, Điều 26` }),
    CO_CP: award({ code: 'CO_CP', nameVi: 'Cờ thi đua của Chính phủ', nameEn: 'Government Emulation Flag', subject: 'COLLECTIVE', requiredDocuments: STANDARD_DOCUMENTS, ballot: NINETY_OF_ALL, slaWorkingDays: sla(20, 25), rewardMultiple: 12.0, legalBasis: `${LAW}, Điều 25` }),
    GIAY_KHEN: award({ code: 'GIAY_KHEN', nameVi: 'Giấy khen', nameEn: 'Certificate of Merit', subject: 'INDIVIDUAL', requiredDocuments: STANDARD_DOCUMENTS, ballot: MAJORITY_OF_PRESENT, slaWorkingDays: sla(10, 10), legalBasis: `${LAW}, Điều 75` }),
    BK_TINH: award({ code: 'BK_TINH', nameVi: 'Bằng khen cấp bộ, ban, ngành, tỉnh', nameEn: 'Provincial Certificate of Merit', subject: 'INDIVIDUAL', requiredDocuments: STANDARD_DOCUMENTS, ballot: EIGHTY_OF_ALL, slaWorkingDays: sla(10, 25), legalBasis: `${LAW}, Điều 74` }),
  },
};
