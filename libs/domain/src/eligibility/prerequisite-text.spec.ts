import type { Prerequisite } from '../rules/rule-set';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { describePrerequisite } from './prerequisite-text';

// A prerequisite in words, as a refusal and the rules page say it, in Vietnamese and in English.

const rule = { legalBasis: 'Luật Thi đua, khen thưởng 2022', article: 'Điều 22' };
const say = (p: Prerequisite) => describePrerequisite(p, SEED_RULE_SET.awards, 2026);

describe('describePrerequisite', () => {
  it.each<[Prerequisite, string, string]>([
    [
      { type: 'RATING', minimum: 'HOAN_THANH_TOT', years: 5, rule },
      'xếp loại từ «Hoàn thành tốt nhiệm vụ» trở lên 5 năm liền đến năm 2026',
      'rated "completed duties well" or better for 5 consecutive year(s) up to 2026',
    ],
    [
      { type: 'CHAIN', awardCode: 'CSTD_CS', count: 3, everyYears: 1, rule },
      '3 lần liên tục đạt danh hiệu «Chiến sĩ thi đua cơ sở» đến năm 2026',
      '3 consecutive "Grassroots Emulation Fighter" up to 2026',
    ],
    [
      { type: 'AWARDS_WITHIN', awardCode: 'BK_TINH', count: 1, withinYears: 5, rule },
      'ít nhất 1 lần «Bằng khen cấp bộ, ban, ngành, tỉnh» trong 5 năm gần nhất',
      'at least 1 × "Provincial Certificate of Merit" within 5 years',
    ],
    [
      { type: 'SAME_YEAR_AWARD', awardCode: 'LDTT', rule },
      `đạt danh hiệu «${SEED_RULE_SET.awards['LDTT']!.nameVi}» năm 2026`,
      `"${SEED_RULE_SET.awards['LDTT']!.nameEn}" in 2026`,
    ],
    [
      { type: 'INITIATIVE', scope: 'PROVINCE', rule },
      'có sáng kiến được công nhận phạm vi cấp tỉnh trở lên',
      'an initiative recognised at provincial level or above',
    ],
    [
      { type: 'COLLECTIVE_RESULTS', completedDutiesPercent: 100, ldttPercent: 70, minCstdCs: 1, rule },
      '100% thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt «Lao động tiên tiến» và ít nhất 1 «Chiến sĩ thi đua cơ sở»',
      '100% of members complete their duties, at least 70% Advanced Workers and at least 1 Grassroots Emulation Fighter(s)',
    ],
    [{ type: 'CLUSTER_LEAD', rule }, 'dẫn đầu cụm, khối thi đua', 'leads its emulation cluster or bloc'],
    [
      { type: 'REGISTERED', rule },
      'đã đăng ký danh hiệu trong đợt thi đua (khi đợt thi đua tổ chức đăng ký)',
      'registered for the title in the campaign (when the campaign takes registrations)',
    ],
    [
      {
        type: 'ANY_OF',
        rule,
        options: [
          { type: 'RATING', minimum: 'HOAN_THANH_XUAT_SAC', years: 1, rule },
          { type: 'INITIATIVE', scope: 'UNIT', rule },
        ],
      },
      'xếp loại từ «Hoàn thành xuất sắc nhiệm vụ» trở lên 1 năm liền đến năm 2026 hoặc có sáng kiến được công nhận phạm vi cơ sở trở lên',
      'rated "completed duties excellently" or better for 1 consecutive year(s) up to 2026 or an initiative recognised at unit level or above',
    ],
  ])('%j', (p, vi, en) => {
    expect(say(p)).toEqual({ vi, en });
  });

  it('names an award the rule set does not know by its code', () => {
    expect(say({ type: 'SAME_YEAR_AWARD', awardCode: 'DANH_HIEU_MOI', rule })).toEqual({
      vi: 'đạt danh hiệu «DANH_HIEU_MOI» năm 2026',
      en: '"DANH_HIEU_MOI" in 2026',
    });
  });
});
