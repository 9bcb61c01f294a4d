import type { CivilDate } from '../calendar/civil-date';
import type { AuthorityLevel } from '../organisation/levels';
import type { RuleSet } from '../rules/rule-set';
import type { ClusterKind, UnitState } from './directory.types';

/** A unit as the deciders see it when another record refers to it: with its path, root first, itself last. */
export interface UnitSummary extends UnitState {
  path: string[];
}

export interface CouncilSummary {
  councilId: string;
  name: string;
  level: AuthorityLevel;
  unitId: string;
}

/**
 * Facts about other records a decider needs, read by the store under the directory's lock (the
 * pattern of SubmissionFacts): only those `factsNeeded` names. A unit or council absent is unknown.
 */
export interface DirectoryFacts {
  units: Record<string, UnitSummary>;
  councils: Record<string, CouncilSummary>;
  /** Open cases filed by the unit being closed or merged. */
  openCases: number;
  /** Its sub-units still active after the closing day. */
  activeChildren: number;
  /** For a cluster's year: unit → the other cluster (or bloc) of the same kind it already belongs to. */
  clusterOf: Record<string, string>;
}

export const NO_DIRECTORY_FACTS: DirectoryFacts = {
  units: {},
  councils: {},
  openCases: 0,
  activeChildren: 0,
  clusterOf: {},
};

export interface DirectoryContext {
  /** Today in Asia/Ho_Chi_Minh: what "active now" means. */
  today: CivilDate;
  facts: DirectoryFacts;
  /** The rule set in force, for a campaign's awards. */
  ruleSet?: RuleSet;
}

/** What the store must read before deciding a command. */
export interface FactsNeeded {
  units: string[];
  councils: string[];
  /** Count the unit's open cases. */
  openCasesOf?: string;
  /** Count the unit's children active after `after`. */
  activeChildrenOf?: { unitId: string; after: CivilDate };
  /** The units' memberships in other clusters of this kind in this year. */
  clusterYear?: { kind: ClusterKind; year: number; excluding: string; units: string[] };
}
