import type { CivilDate } from '../calendar/civil-date';
import type { DocumentFacts } from '../nomination/dossier-files';
import type { NominationKind } from '../organisation/kinds';
import type { InitiativeScope, Rating } from '../rules/rule-set';

/** One award granted, as the registry (sổ khen thưởng) keeps it: it feeds prerequisites. */
export interface RegistryEntry {
  nomineeKey: string;
  awardCode: string;
  year: number;
  kind: NominationKind;
  decisionNumber?: string;
  nominationId?: string;
}

export const HOLD_TYPES = ['DISCIPLINE', 'INSPECTION', 'COMPLAINT'] as const;
export type HoldType = (typeof HOLD_TYPES)[number];

/** A reason to put awarding on hold: discipline, inspection or an unresolved complaint (Law art. 5). */
export interface Hold {
  holdId: string;
  nomineeKey: string;
  type: HoldType;
  since: CivilDate;
  /** Last day of the hold; open-ended when absent. */
  until?: CivilDate;
  reference: string;
}

/** Another nomination of the same nominee that is still under consideration. */
export interface PendingNomination {
  nominationId: string;
  awardCode: string;
  year: number;
  kind: NominationKind;
}

/** What the unit declares in its dossier; the office verifies it on appraisal. */
export interface Achievements {
  ratings?: { year: number; rating: Rating }[];
  initiatives?: { title: string; scope: InitiativeScope; year: number }[];
  collective?: {
    members: number;
    completedDuties: number;
    ldtt: number;
    cstdCs: number;
    /** The members' identifiers: those the awards registry knows are counted by their records (collective-counts.ts). */
    memberKeys?: string[];
  };
  /** Place in the emulation cluster or bloc (1 = leads it). */
  clusterRank?: number;
  summary?: string;
}

/** An initiative the initiative council recognised, as the initiative registry (sổ sáng kiến) keeps it. */
export interface RecognisedInitiative {
  initiativeId: string;
  title: string;
  scope: InitiativeScope;
  year: number;
  /** The day the council recognised it. */
  recognisedOn: CivilDate;
}

/** A unit's place recorded by its cluster's scoring and vote (docs/cluster-scoring.md). */
export interface ClusterRankFact {
  clusterId: string;
  campaignId: string;
  year: number;
  rank: number;
  score: number;
}

/** Nominations of the unit and campaign counted against a quota (this one excluded). */
export interface QuotaUsage {
  awardCode: string;
  used: number;
  /** Nominations of the base award (e.g. LĐTT) when the quota is a percentage of it. */
  base: number;
}

/** Everything outside the stream that a submission is checked against, read by an activity. */
export interface SubmissionFacts {
  registry: RegistryEntry[];
  /** The registry's records of a collective's listed members (absent in histories recorded before they were read). */
  members?: RegistryEntry[];
  holds: Hold[];
  pending: PendingNomination[];
  quota?: QuotaUsage;
  /** The nominee's recognised initiatives, from the registry (absent in histories recorded before it was read). */
  initiatives?: RecognisedInitiative[];
  /**
   * The nominee's registrations (đăng ký thi đua) in the nomination's campaign: the titles registered and not
   * withdrawn. Present only when that campaign takes registrations (absent otherwise and in older histories).
   */
  registration?: { campaignId: string; awardCodes: string[] };
  /** The uploads the command's documents name (absent in histories recorded before uploads were checked). */
  documents?: DocumentFacts;
  /** The nominee unit's recorded cluster results (absent in histories recorded before cluster scoring). */
  clusterResults?: ClusterRankFact[];
}

export const NO_FACTS: SubmissionFacts = { registry: [], holds: [], pending: [] };
