// The domain's and the workflow contract's own types, as the API answers with them. Types only: the
// pages take nothing else from our code (dependency-cruiser: web-imports-only-types), and vite erases these.
import type {
  AwardRule as DomainAwardRule,
  Role as DomainRole,
  RuleSet as DomainRuleSet,
  Text,
  YearSchedule as DomainYearSchedule,
} from '@khen/domain';

export type {
  Actor,
  BulkSubmitted,
  ClockState,
  DocumentRef,
  NominationState,
  Nominee,
  RejectionReason,
  RuleReference,
  Stage,
  Tally,
  TaskType,
} from '@khen/domain';
export type { CommandAccepted } from '@khen/workflows/nomination.contract';

/** The roles a token carries (PUBLIC and SYSTEM never sign in). */
export type Role = Exclude<DomainRole, 'PUBLIC' | 'SYSTEM'>;

/** An award as GET /rules/current answers it: with its prerequisites in words. */
export type AwardRule = DomainAwardRule & { prerequisiteTexts?: Text[] };
export type RuleSet = Omit<DomainRuleSet, 'awards'> & { awards: Record<string, AwardRule> };

/** A year's schedule as the calendar endpoints answer it: a published one carries its version. */
export type YearSchedule = DomainYearSchedule & { version?: number; publishedAt?: string; publishedBy?: string };
