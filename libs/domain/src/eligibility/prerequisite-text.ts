import type { InitiativeScope, Prerequisite, Rating, RuleSet } from '../rules/rule-set';

export const RATING_NAMES_VI: Record<Rating, string> = {
  KHONG_HOAN_THANH: 'Không hoàn thành nhiệm vụ',
  HOAN_THANH: 'Hoàn thành nhiệm vụ',
  HOAN_THANH_TOT: 'Hoàn thành tốt nhiệm vụ',
  HOAN_THANH_XUAT_SAC: 'Hoàn thành xuất sắc nhiệm vụ',
};
const RATING_NAMES_EN: Record<Rating, string> = {
  KHONG_HOAN_THANH: 'failed duties',
  HOAN_THANH: 'completed duties',
  HOAN_THANH_TOT: 'completed duties well',
  HOAN_THANH_XUAT_SAC: 'completed duties excellently',
};
const SCOPE_VI: Record<InitiativeScope, string> = { UNIT: 'cơ sở', PROVINCE: 'cấp tỉnh', NATIONAL: 'toàn quốc' };
const SCOPE_EN: Record<InitiativeScope, string> = { UNIT: 'unit', PROVINCE: 'provincial', NATIONAL: 'national' };

export interface Text {
  vi: string;
  en: string;
}

/** A prerequisite in words, for refusals and for the rules page. */
export function describePrerequisite(p: Prerequisite, awards: RuleSet['awards'], year: number): Text {
  const vi = (code: string) => `«${awards[code]?.nameVi ?? code}»`;
  const en = (code: string) => `"${awards[code]?.nameEn ?? code}"`;
  switch (p.type) {
    case 'RATING':
      return {
        vi: `xếp loại từ «${RATING_NAMES_VI[p.minimum]}» trở lên ${p.years} năm liền đến năm ${year}`,
        en: `rated "${RATING_NAMES_EN[p.minimum]}" or better for ${p.years} consecutive year(s) up to ${year}`,
      };
    case 'CHAIN':
      return {
        vi: `${p.count} lần liên tục đạt danh hiệu ${vi(p.awardCode)} đến năm ${year}`,
        en: `${p.count} consecutive ${en(p.awardCode)} up to ${year}`,
      };
    case 'AWARDS_WITHIN':
      return {
        vi: `ít nhất ${p.count} lần ${vi(p.awardCode)} trong ${p.withinYears} năm gần nhất`,
        en: `at least ${p.count} × ${en(p.awardCode)} within ${p.withinYears} years`,
      };
    case 'SAME_YEAR_AWARD':
      return { vi: `đạt danh hiệu ${vi(p.awardCode)} năm ${year}`, en: `${en(p.awardCode)} in ${year}` };
    case 'INITIATIVE':
      return {
        vi: `có sáng kiến được công nhận phạm vi ${SCOPE_VI[p.scope]} trở lên`,
        en: `an initiative recognised at ${SCOPE_EN[p.scope]} level or above`,
      };
    case 'COLLECTIVE_RESULTS':
      return {
        vi: `${p.completedDutiesPercent}% thành viên hoàn thành nhiệm vụ, ít nhất ${p.ldttPercent}% đạt «Lao động tiên tiến» và ít nhất ${p.minCstdCs} «Chiến sĩ thi đua cơ sở»`,
        en: `${p.completedDutiesPercent}% of members complete their duties, at least ${p.ldttPercent}% Advanced Workers and at least ${p.minCstdCs} Grassroots Emulation Fighter(s)`,
      };
    case 'CLUSTER_LEAD':
      return { vi: 'dẫn đầu cụm, khối thi đua', en: 'leads its emulation cluster or bloc' };
    case 'REGISTERED':
      return {
        vi: 'đã đăng ký danh hiệu trong đợt thi đua (khi đợt thi đua tổ chức đăng ký)',
        en: 'registered for the title in the campaign (when the campaign takes registrations)',
      };
    case 'ANY_OF': {
      const parts = p.options.map((o) => describePrerequisite(o, awards, year));
      return { vi: parts.map((t) => t.vi).join(' hoặc '), en: parts.map((t) => t.en).join(' or ') };
    }
  }
}
