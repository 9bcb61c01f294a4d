import type { RuleReference } from '../refusal';
import type { NominationKind } from '../organisation/kinds';
import type { AuthorityLevel } from '../organisation/levels';
import type { Stage } from '../stages';
import type { CampaignReminderPolicy } from '../campaigns/campaign-reminders';

export type Subject = 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
export const SUBJECTS: readonly Subject[] = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'];
export type BallotDenominator = 'ALL_MEMBERS' | 'MEMBERS_PRESENT';
/** Whose share a ballot's quorum is: every seated member, or those who may vote (not recused). */
export type QuorumBase = 'ALL_MEMBERS' | 'ELIGIBLE_MEMBERS';

/** Tags of docs/domain.md: confirmed in law [C], a superseded regime's value [OLD], unverified [U]. */
export type Certainty = 'C' | 'OLD' | 'U';

/** Ballot rule of one award: "AT_LEAST 90 % of ALL_MEMBERS" or "MORE_THAN 50 % of MEMBERS_PRESENT". */
export interface BallotRule {
  comparison: 'AT_LEAST' | 'MORE_THAN';
  percent: number;
  /**
   * ALL_MEMBERS: every member seated when the review opened, recused and absent ones included (a recused
   * member is a member who did not approve); MEMBERS_PRESENT: those who voted or sent a written opinion.
   */
  denominator: BallotDenominator;
  /** Share of the quorum base that must take part (votes + written opinions). */
  quorumPercent: number;
  /** The quorum's base; by default all seated members for an ALL_MEMBERS rule, the eligible ones otherwise. */
  quorumBase?: QuorumBase;
}

/** Annual performance ratings of public servants, lowest first (Decree 90/2020, amended). */
export const RATINGS = ['KHONG_HOAN_THANH', 'HOAN_THANH', 'HOAN_THANH_TOT', 'HOAN_THANH_XUAT_SAC'] as const;
export type Rating = (typeof RATINGS)[number];

/** Scope in which an initiative (sáng kiến) was recognised, lowest first. */
export const INITIATIVE_SCOPES = ['UNIT', 'PROVINCE', 'NATIONAL'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

interface PrerequisiteBase {
  rule: RuleReference;
  /** Only for these subjects (e.g. a collective has no personal rating chain); all when absent. */
  appliesTo?: Subject[];
  certainty?: Certainty;
}

/** A criterion the nominee must meet, checked against the registry and the dossier's declarations. */
export type Prerequisite = PrerequisiteBase &
  /** Rated at least `minimum` in each of the `years` years ending with the achievement year. */
  (
    | { type: 'RATING'; minimum: Rating; years: number }
    /** `count` awards of `awardCode` in a row, one every `everyYears`, ending with the achievement year. */
    | { type: 'CHAIN'; awardCode: string; count: number; everyYears: number }
    /** At least `count` awards of `awardCode` within the `withinYears` years ending with the achievement year. */
    | { type: 'AWARDS_WITHIN'; awardCode: string; count: number; withinYears: number }
    /** The same year's `awardCode` granted or under consideration (e.g. CSTĐ cơ sở needs LĐTT). */
    | { type: 'SAME_YEAR_AWARD'; awardCode: string }
    /** An initiative recognised at least at `scope` within the last three years. */
    | { type: 'INITIATIVE'; scope: InitiativeScope }
    /** A collective's results: share of members completing duties, share with LĐTT, number of CSTĐ cơ sở. */
    | { type: 'COLLECTIVE_RESULTS'; completedDutiesPercent: number; ldttPercent: number; minCstdCs: number }
    /** First place in its emulation cluster or bloc (cụm, khối thi đua). */
    | { type: 'CLUSTER_LEAD' }
    /** Registered for the title in the nomination's campaign (đăng ký thi đua), when that campaign takes registrations. */
    | { type: 'REGISTERED' }
    /** Any one of the options. */
    | { type: 'ANY_OF'; options: Prerequisite[] }
  );

export type AwardCategory = 'EMULATION_TITLE' | 'COMMENDATION' | 'ORDER' | 'LOCAL_TITLE';

/** What one award requires, who decides it and how long each stage may take (working days). */
export interface AwardRule {
  code: string;
  nameVi: string;
  nameEn: string;
  category: AwardCategory;
  subjects: Subject[];
  /** Levels whose authority signs this award; lower levels propose and forward (Law art. 83). */
  decidingLevels: AuthorityLevel[];
  allowedKinds: NominationKind[];
  /** Required document codes per kind; a kind not listed uses the rule set's default for it. */
  requiredDocuments: Partial<Record<NominationKind, string[]>>;
  prerequisites: Prerequisite[];
  ballot: BallotRule;
  /** Procedure for regular kinds; the simplified kinds always use SIMPLIFIED (Law art. 85). */
  procedure: ProcedureCode;
  disclosure: { workingDays: number };
  /** Stage budgets in working days (docs/domain.md §6). */
  slaWorkingDays: Partial<Record<Stage, number>>;
  /** Reward money = multiple × base salary (Decree 98/2023 art. 54, kept by Decree 152/2025). */
  rewardMultiple?: number;
  legalBasis: RuleReference;
  certainty: Certainty;
}

export type ProcedureCode = 'STANDARD' | 'DISCLOSURE_FIRST' | 'SIMPLIFIED';
export const PROCEDURE_STEPS = ['APPRAISAL', 'BALLOT', 'DISCLOSURE', 'DECISION'] as const;
export type ProcedureStep = (typeof PROCEDURE_STEPS)[number];

/** An ordered list of steps after the unit's proposal (docs/domain.md §4). */
export interface Procedure {
  code: ProcedureCode;
  nameVi: string;
  nameEn: string;
  steps: ProcedureStep[];
  rule?: RuleReference;
}

/** A cap per unit and campaign, e.g. CSTĐ cơ sở ≤ 15 % of the unit's LĐTT. */
export interface QuotaRule {
  awardCode: string;
  limit: { type: 'MAX'; count: number } | { type: 'PERCENT_OF'; awardCode: string; percent: number; minimum: number };
  rule: RuleReference;
  certainty: Certainty;
}

export const ESCALATION_LEVELS = ['OFFICE_LEAD', 'COUNCIL_CHAIR', 'AUTHORITY'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface SlaPolicy {
  /** SlaWarning when this share of a stage's budget is used (75 %). */
  warningPercent: number;
  /** Who is escalated to at the first breach, then one step further at each later window. */
  escalationChain: EscalationLevel[];
  /** Working days between successive breach windows (second breach = one level higher). */
  escalationWindowWorkingDays: number;
  /** Default time a secret ballot stays open before it closes at its deadline. */
  ballotWorkingDays: number;
}

export interface DocumentType {
  nameVi: string;
  nameEn: string;
}

/** A versioned rule document (docs/domain.md §1): never edited in place, superseded by a new version. */
export interface RuleSet {
  id: string;
  /** Publication number, assigned by the store (1, 2, …); the seed is version 1. */
  version: number;
  legalBasis: string;
  /** ISO dates (yyyy-MM-dd), Asia/Ho_Chi_Minh; effectiveTo is exclusive. */
  effectiveFrom: string;
  effectiveTo?: string;
  note?: string;
  awards: Record<string, AwardRule>;
  procedures: Record<ProcedureCode, Procedure>;
  /** Kinds that use the simplified procedure (Law art. 85). */
  simplifiedKinds: NominationKind[];
  /** Kinds whose awards count toward merit chains (not extraordinary or thematic ones, Decree 152). */
  chainCountingKinds: NominationKind[];
  documentTypes: Record<string, DocumentType>;
  /** Default required documents per kind (Law art. 84; art. 85 for the simplified ones). */
  documentsByKind: Record<NominationKind, string[]>;
  /** Stage budgets that override an award's for a kind (extraordinary awards: 5 working days). */
  slaByKind: Partial<Record<NominationKind, Partial<Record<Stage, number>>>>;
  quotas: QuotaRule[];
  sla: SlaPolicy;
  /** Reminders of a campaign's registration and evaluation deadlines (docs/campaigns.md); the seed's when absent. */
  campaignReminders?: CampaignReminderPolicy;
}

/** What a nomination carries to its end once its dossier is received complete (docs/domain.md §1). */
export interface FrozenRules {
  ruleSetId: string;
  ruleSetVersion: number;
  legalBasis: string;
  award: AwardRule;
  procedure: Procedure;
  requiredDocuments: string[];
  slaWorkingDays: Partial<Record<Stage, number>>;
  sla: SlaPolicy;
  chainCountingKinds: NominationKind[];
}
