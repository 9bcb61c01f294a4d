import { refusal, type Refusal } from '../refusal';
import type { QuotaRule, RuleSet } from '../rules/rule-set';

export function quotaFor(ruleSet: Pick<RuleSet, 'quotas'>, awardCode: string): QuotaRule | undefined {
  return ruleSet.quotas.find((q) => q.awardCode === awardCode);
}

/** How many nominations of the award a unit may file in one campaign, given the base count. */
export function quotaLimit(q: QuotaRule, base: number): number {
  if (q.limit.type === 'MAX') return q.limit.count;
  if (base <= 0) return 0;
  return Math.max(q.limit.minimum, Math.floor((base * q.limit.percent) / 100));
}

/** Refuses the nomination that would go over the quota: `used` counts the others already filed. */
export function checkQuota(
  q: QuotaRule,
  usage: { used: number; base: number },
  awards: RuleSet['awards'],
): Refusal | undefined {
  const limit = quotaLimit(q, usage.base);
  if (usage.used + 1 <= limit) return undefined;
  const name = (code: string) => awards[code]?.nameVi ?? code;
  const nameEn = (code: string) => awards[code]?.nameEn ?? code;
  const howVi =
    q.limit.type === 'MAX'
      ? `tối đa ${q.limit.count} hồ sơ «${name(q.awardCode)}» mỗi đơn vị trong đợt`
      : `«${name(q.awardCode)}» không quá ${q.limit.percent}% số «${name(q.limit.awardCode)}» của đơn vị trong đợt (${usage.base} hồ sơ)`;
  const howEn =
    q.limit.type === 'MAX'
      ? `at most ${q.limit.count} "${nameEn(q.awardCode)}" per unit and campaign`
      : `"${nameEn(q.awardCode)}" at most ${q.limit.percent}% of the unit's "${nameEn(q.limit.awardCode)}" in the campaign (${usage.base})`;
  return refusal(
    'OVER_QUOTA',
    `Vượt chỉ tiêu: ${howVi}; được ${limit}, đã đề nghị ${usage.used}.`,
    `Over quota: ${howEn}; limit ${limit}, already filed ${usage.used}.`,
    { field: 'awardCode', rule: q.rule },
  );
}
