import { checkEligibility } from '../eligibility/eligibility';
import type { Achievements, SubmissionFacts } from '../eligibility/facts';
import type { NominationKind } from '../organisation/kinds';
import type { Rating, Subject } from './rule-set';
import { SEED_RULE_SET } from './seed-rule-set';

// Every award's prerequisites (docs/domain.md §3) against one nominee who meets them and one who
// misses a single criterion; awards without prerequisites are open to anyone. One row per award.

const rs = SEED_RULE_SET;
const YEAR = 2026;

interface Case {
  subject: Subject;
  achievements?: Achievements;
  registry?: [awardCode: string, year: number][];
  pending?: [awardCode: string, year: number][];
}
type Row = 'NONE' | { pass: Case; fail: Case; missingVi: string };

const rated = (rating: Rating, ...years: number[]): Achievements['ratings'] => years.map((year) => ({ year, rating }));
const FIVE_GOOD_YEARS = rated('HOAN_THANH_TOT', 2022, 2023, 2024, 2025, 2026);
const team = (members: number, completedDuties: number, ldtt: number, cstdCs: number) => ({
  members,
  completedDuties,
  ldtt,
  cstdCs,
});

const PREREQUISITES: Record<string, Row> = {
  LDTT: {
    pass: { subject: 'INDIVIDUAL', achievements: { ratings: rated('HOAN_THANH_TOT', 2026) } },
    fail: { subject: 'INDIVIDUAL', achievements: { ratings: rated('HOAN_THANH', 2026) } },
    missingVi: 'xếp loại từ «Hoàn thành tốt nhiệm vụ» trở lên 1 năm liền đến năm 2026',
  },
  CSTD_CS: {
    pass: {
      subject: 'INDIVIDUAL',
      pending: [['LDTT', 2026]],
      achievements: { ratings: rated('HOAN_THANH_XUAT_SAC', 2026) },
    },
    fail: {
      subject: 'INDIVIDUAL',
      registry: [['LDTT', 2026]],
      achievements: { ratings: rated('HOAN_THANH_TOT', 2026) },
    },
    missingVi:
      'xếp loại từ «Hoàn thành xuất sắc nhiệm vụ» trở lên 1 năm liền đến năm 2026 hoặc có sáng kiến được công nhận phạm vi cơ sở trở lên',
  },
  CSTD_TINH: {
    pass: {
      subject: 'INDIVIDUAL',
      registry: [
        ['CSTD_CS', 2024],
        ['CSTD_CS', 2025],
      ],
      pending: [['CSTD_CS', 2026]],
      achievements: { initiatives: [{ title: 'Số hóa hồ sơ', scope: 'PROVINCE', year: 2025 }] },
    },
    fail: {
      subject: 'INDIVIDUAL',
      registry: [
        ['CSTD_CS', 2024],
        ['CSTD_CS', 2026],
      ],
      achievements: { initiatives: [{ title: 'Số hóa hồ sơ', scope: 'PROVINCE', year: 2025 }] },
    },
    missingVi: '3 lần liên tục đạt danh hiệu «Chiến sĩ thi đua cơ sở» đến năm 2026',
  },
  CSTD_TQ: {
    pass: {
      subject: 'INDIVIDUAL',
      registry: [['CSTD_TINH', 2023]],
      pending: [['CSTD_TINH', 2026]],
      achievements: { initiatives: [{ title: 'Cổng dịch vụ công', scope: 'NATIONAL', year: 2026 }] },
    },
    fail: {
      subject: 'INDIVIDUAL',
      registry: [['CSTD_TINH', 2023]],
      pending: [['CSTD_TINH', 2026]],
      achievements: { initiatives: [{ title: 'Cổng dịch vụ công', scope: 'PROVINCE', year: 2026 }] },
    },
    missingVi: 'có sáng kiến được công nhận phạm vi toàn quốc trở lên',
  },
  TTLDTT: {
    pass: { subject: 'COLLECTIVE', achievements: { ratings: rated('HOAN_THANH_XUAT_SAC', 2026) } },
    fail: { subject: 'COLLECTIVE', achievements: { ratings: rated('HOAN_THANH_TOT', 2025) } },
    missingVi: 'xếp loại từ «Hoàn thành tốt nhiệm vụ» trở lên 1 năm liền đến năm 2026',
  },
  TTLDXS: {
    pass: { subject: 'COLLECTIVE', achievements: { collective: team(20, 20, 14, 1) } },
    fail: { subject: 'COLLECTIVE', achievements: { collective: team(20, 20, 13, 1) } },
    missingVi:
      '100% thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt «Lao động tiên tiến» và ít nhất 1 «Chiến sĩ thi đua cơ sở»',
  },
  CO_TINH: {
    pass: { subject: 'COLLECTIVE', achievements: { clusterRank: 1 } },
    fail: { subject: 'COLLECTIVE', achievements: { clusterRank: 2 } },
    missingVi: 'dẫn đầu cụm, khối thi đua',
  },
  CO_CP: {
    pass: { subject: 'COLLECTIVE', achievements: { clusterRank: 1 } },
    fail: { subject: 'COLLECTIVE', achievements: {} },
    missingVi: 'dẫn đầu cụm, khối thi đua',
  },
  GIAY_KHEN: 'NONE',
  BK_TINH: 'NONE',
  BK_TTG: {
    pass: {
      subject: 'INDIVIDUAL',
      registry: [
        ['BK_TINH', 2024],
        ['CSTD_CS', 2022],
        ['CSTD_CS', 2023],
        ['CSTD_CS', 2025],
      ],
      achievements: { ratings: FIVE_GOOD_YEARS },
    },
    fail: {
      subject: 'INDIVIDUAL',
      registry: [
        ['CSTD_CS', 2022],
        ['CSTD_CS', 2023],
        ['CSTD_CS', 2025],
      ],
      achievements: { ratings: FIVE_GOOD_YEARS },
    },
    missingVi: 'ít nhất 1 lần «Bằng khen cấp bộ, ban, ngành, tỉnh» trong 5 năm gần nhất',
  },
  HC_LD_3: {
    pass: { subject: 'INDIVIDUAL', registry: [['BK_TTG', 2023]], achievements: { ratings: FIVE_GOOD_YEARS } },
    fail: {
      subject: 'INDIVIDUAL',
      registry: [['BK_TTG', 2023]],
      achievements: { ratings: [...rated('HOAN_THANH', 2022)!, ...rated('HOAN_THANH_TOT', 2023, 2024, 2025, 2026)!] },
    },
    missingVi: 'xếp loại từ «Hoàn thành tốt nhiệm vụ» trở lên 5 năm liền đến năm 2026',
  },
  NGUOI_TOT_VIEC_TOT: 'NONE',
  CONG_DAN_THU_DO_UU_TU: 'NONE',
};

function check(awardCode: string, c: Case) {
  const award = rs.awards[awardCode];
  const kind: NominationKind = award.allowedKinds[0];
  const facts: SubmissionFacts = {
    registry: (c.registry ?? []).map(([code, year]) => ({
      nomineeKey: 'CCCD-001',
      awardCode: code,
      year,
      kind: 'CONG_TRANG',
    })),
    pending: (c.pending ?? []).map(([code, year], i) => ({
      nominationId: `other-${i}`,
      awardCode: code,
      year,
      kind: 'CONG_TRANG',
    })),
    holds: [],
  };
  return checkEligibility({
    nominationId: 'this',
    award,
    awards: rs.awards,
    chainCountingKinds: rs.chainCountingKinds,
    subject: c.subject,
    year: YEAR,
    kind,
    achievements: c.achievements ?? {},
    facts,
    today: '2026-11-20',
  });
}

describe('prerequisites of the seeded catalogue', () => {
  it('has a row in this table for every award', () => {
    expect(Object.keys(PREREQUISITES).sort()).toEqual(Object.keys(rs.awards).sort());
  });

  describe.each(Object.values(rs.awards).map((a) => [a.code, a] as const))('%s', (code, award) => {
    const row = PREREQUISITES[code];
    if (row === 'NONE') {
      it('has no prerequisite: any subject it takes is eligible with an empty record', () => {
        expect(award.prerequisites).toEqual([]);
        award.subjects.forEach((subject) => expect(check(code, { subject })).toBeUndefined());
      });
      return;
    }

    it('admits a nominee who meets every criterion', () => {
      expect(award.prerequisites.length).toBeGreaterThan(0);
      expect(check(code, row.pass)).toBeUndefined();
    });

    it('refuses a nominee missing one criterion with PREREQUISITE_NOT_MET, saying in Vietnamese what is missing', () => {
      const refusal = check(code, row.fail);
      expect(refusal).toMatchObject({ code: 'PREREQUISITE_NOT_MET', field: 'achievements', rule: award.legalBasis });
      expect(refusal?.messageVi).toBe(`Chưa đủ điều kiện đề nghị «${award.nameVi}»: cần ${row.missingVi}.`);
    });
  });
});
