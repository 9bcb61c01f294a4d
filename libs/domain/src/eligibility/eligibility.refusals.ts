import { refusal, type Refusal, type RuleReference } from '../refusal';
import { DECREE, LAW } from '../rules/legal-basis';
import type { AwardRule } from '../rules/rule-set';
import type { Text } from './prerequisite-text';
import type { Hold, HoldType } from './facts';

const PRINCIPLES: RuleReference = { legalBasis: `${LAW}; ${DECREE}`, article: 'Điều 5' };
const HOLD_VI: Record<HoldType, string> = {
  DISCIPLINE: 'đang trong thời gian xem xét hoặc thi hành kỷ luật',
  INSPECTION: 'đang bị thanh tra, kiểm tra',
  COMPLAINT: 'có đơn khiếu nại, tố cáo đang được xác minh, chưa có kết luận',
};
const HOLD_EN: Record<HoldType, string> = {
  DISCIPLINE: 'is under disciplinary review or sanction',
  INSPECTION: 'is under inspection',
  COMPLAINT: 'is the subject of an unresolved complaint',
};

export const refuseEligibility = {
  onHold: (h: Hold): Refusal =>
    refusal(
      'NOMINEE_ON_HOLD',
      `Tạm hoãn xét khen thưởng: người/tập thể được đề nghị ${HOLD_VI[h.type]} (${h.reference}).`,
      `Awarding is on hold: the nominee ${HOLD_EN[h.type]} (${h.reference}).`,
      { field: 'nominee', rule: PRINCIPLES },
    ),
  alreadyAwarded: (a: AwardRule, year: number): Refusal =>
    refusal(
      'ALREADY_AWARDED',
      `Người/tập thể được đề nghị đã được tặng «${a.nameVi}» năm ${year}.`,
      `The nominee already received "${a.nameEn}" for ${year}.`,
      { field: 'nominee', rule: PRINCIPLES },
    ),
  duplicateNomination: (a: AwardRule, year: number): Refusal =>
    refusal(
      'DUPLICATE_NOMINATION',
      `Đã có một hồ sơ khác đề nghị «${a.nameVi}» năm ${year} cho người/tập thể này đang được xét.`,
      `Another nomination for "${a.nameEn}" (${year}) of this nominee is under consideration.`,
      { field: 'nominee', rule: PRINCIPLES },
    ),
  oneAchievementOneAward: (other: Pick<AwardRule, 'nameVi' | 'nameEn'>, year: number): Refusal =>
    refusal(
      'ONE_ACHIEVEMENT_ONE_AWARD',
      `Một thành tích chỉ được khen thưởng một lần: thành tích năm ${year} đã được đề nghị hoặc khen «${other.nameVi}».`,
      `One achievement earns one award: the ${year} achievement is already proposed for or awarded "${other.nameEn}".`,
      { field: 'nominee', rule: PRINCIPLES },
    ),
  prerequisite: (a: AwardRule, what: Text, rule: RuleReference): Refusal =>
    refusal(
      'PREREQUISITE_NOT_MET',
      `Chưa đủ điều kiện đề nghị «${a.nameVi}»: cần ${what.vi}.`,
      `Not eligible for "${a.nameEn}": requires ${what.en}.`,
      { field: 'achievements', rule },
    ),
};
