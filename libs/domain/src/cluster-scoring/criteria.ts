import type { Refusal } from '../refusal';
import { refuseScoring } from './scoring.refusals';

/** A scoring criterion of a campaign (tiêu chí chấm điểm thi đua): its points are weighed into a unit's total. */
export interface ScoringCriterion {
  /** Unique within the campaign: upper-case letters, digits and hyphens (TC-1). */
  criterionId: string;
  name: string;
  /** A positive weight (1 = the points as given). */
  weight: number;
  /** The most points a unit may give itself, or the leader give it (positive). */
  maxPoints: number;
  /** The evidence the criterion asks for (minh chứng), in words. */
  evidence?: string;
}

const ID = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 10_000;

/** A campaign's criteria as launched or changed: each named, weighed and bounded, no id twice. */
export function checkCriteria(criteria: unknown): Refusal | undefined {
  if (!Array.isArray(criteria))
    return refuseScoring.criteriaInvalid('criteria', 'phải là một danh sách', 'must be a list');
  const seen = new Set<string>();
  for (const [i, c] of (criteria as Partial<ScoringCriterion>[]).entries()) {
    const at = `criteria[${i}]`;
    if (typeof c?.criterionId !== 'string' || !ID.test(c.criterionId) || c.criterionId.length > 32)
      return refuseScoring.criteriaInvalid(
        `${at}.criterionId`,
        'mã tiêu chí chỉ gồm chữ in hoa, chữ số và dấu gạch nối',
        'the criterion code takes upper-case letters, digits and hyphens',
      );
    if (seen.has(c.criterionId))
      return refuseScoring.criteriaInvalid(
        `${at}.criterionId`,
        `mã tiêu chí "${c.criterionId}" bị trùng`,
        `the criterion code "${c.criterionId}" is used twice`,
      );
    seen.add(c.criterionId);
    if (typeof c.name !== 'string' || !c.name.trim() || c.name.length > 300)
      return refuseScoring.criteriaInvalid(`${at}.name`, 'cần nhập tên tiêu chí', 'the criterion needs a name');
    if (!positive(c.maxPoints))
      return refuseScoring.criteriaInvalid(
        `${at}.maxPoints`,
        'điểm tối đa phải là số dương',
        'the maximum points must be a positive number',
      );
    if (!positive(c.weight))
      return refuseScoring.criteriaInvalid(
        `${at}.weight`,
        'hệ số phải là số dương',
        'the weight must be a positive number',
      );
  }
  return undefined;
}

/** The criteria as they are recorded: names and evidence trimmed. */
export const normaliseCriteria = (criteria: readonly ScoringCriterion[]): ScoringCriterion[] =>
  criteria.map((c) => ({
    criterionId: c.criterionId,
    name: c.name.trim(),
    weight: c.weight,
    maxPoints: c.maxPoints,
    ...(c.evidence?.trim() ? { evidence: c.evidence.trim() } : {}),
  }));
