import type { Stage } from '../stages';

export type Subject = 'INDIVIDUAL' | 'COLLECTIVE';
export type BallotDenominator = 'ALL_MEMBERS' | 'MEMBERS_PRESENT';

/** Ballot rule of one award: "AT_LEAST 90 % of ALL_MEMBERS" or "MORE_THAN 50 % of MEMBERS_PRESENT". */
export interface BallotRule {
  comparison: 'AT_LEAST' | 'MORE_THAN';
  percent: number;
  denominator: BallotDenominator;
  /** Share of the (non-recused) council that must take part for the ballot to count. */
  quorumPercent: number;
}

/** What one award requires and how long each stage may take (working days). */
export interface AwardRule {
  code: string;
  nameVi: string;
  nameEn: string;
  subject: Subject;
  /** Document codes a dossier must contain (Law 06/2022 art. 84). */
  requiredDocuments: string[];
  ballot: BallotRule;
  disclosureWorkingDays: number;
  slaWorkingDays: Partial<Record<Stage, number>>;
  /** Reward money = multiple × base salary (Decree 98/2023 art. 54, kept by Decree 152/2025). */
  rewardMultiple?: number;
  legalBasis: string;
}

/** A versioned rule document (domain.md §1): never edited in place, superseded by a new version. */
export interface RuleSet {
  id: string;
  legalBasis: string;
  /** ISO date (yyyy-MM-dd), Asia/Ho_Chi_Minh. */
  effectiveFrom: string;
  effectiveTo?: string;
  awards: Record<string, AwardRule>;
}

/** The frozen part of a rule set that a nomination carries to its end. */
export interface FrozenAwardRule extends AwardRule {
  ruleSetId: string;
}

export function freezeAwardRule(ruleSet: RuleSet, awardCode: string): FrozenAwardRule | undefined {
  const rule = ruleSet.awards[awardCode];
  return rule ? { ...rule, ruleSetId: ruleSet.id } : undefined;
}
