import type { CivilDate } from '../calendar/civil-date';
import type { InitiativeScope } from '../rules/rule-set';

/**
 * The initiative registry (sổ sáng kiến, docs/initiatives.md): an initiative is filed by its unit and assessed by
 * the initiative council (Hội đồng sáng kiến), which recognises it with a scope of effect or does not. One
 * event stream per initiative (`initiative-<id>`); no workflow runs it.
 */
export const INITIATIVE_STREAM_PREFIX = 'initiative-';
export const initiativeStreamId = (initiativeId: string) => `${INITIATIVE_STREAM_PREFIX}${initiativeId}`;
export const parseInitiativeStreamId = (streamId: string): string | undefined =>
  streamId.startsWith(INITIATIVE_STREAM_PREFIX) && streamId.length > INITIATIVE_STREAM_PREFIX.length
    ? streamId.slice(INITIATIVE_STREAM_PREFIX.length)
    : undefined;

/** An author, keyed as nominations key their nominee (so a nomination finds its nominee's initiatives). */
export interface InitiativeAuthor {
  key: string;
  name: string;
  /** The author's sign-in account, when they have one: such an author may not assess the initiative. */
  userId?: string;
}

export type InitiativeStatus = 'FILED' | 'RECOGNISED' | 'NOT_RECOGNISED';

export interface InitiativeAssessment {
  recognised: boolean;
  scope?: InitiativeScope;
  /** The day the council's conclusion was made (the recognition's date). */
  decidedOn: CivilDate;
  reason?: string;
  decisionNumber?: string;
  assessedBy: string;
}

export interface InitiativeState {
  initiativeId: string;
  title: string;
  summary?: string;
  unitId: string;
  year: number;
  authors: InitiativeAuthor[];
  status: InitiativeStatus;
  filedBy: string;
  filedOn: CivilDate;
  assessment?: InitiativeAssessment;
}

export type InitiativeCommand =
  | {
      type: 'FileInitiative';
      initiativeId: string;
      title: string;
      summary?: string;
      unitId: string;
      year: number;
      authors: InitiativeAuthor[];
    }
  | {
      type: 'AssessInitiative';
      initiativeId: string;
      recognised: boolean;
      scope?: InitiativeScope;
      decidedOn: CivilDate;
      reason?: string;
      decisionNumber?: string;
    };

export type InitiativeEvent =
  | {
      type: 'InitiativeFiled';
      data: Omit<InitiativeState, 'status' | 'assessment'>;
    }
  | { type: 'InitiativeAssessed'; data: InitiativeAssessment };

/** Who acts, as the API knows them (the caller's role and unit). */
export interface InitiativeActor {
  userId: string;
  role: string;
  unitId?: string;
}

export interface InitiativeContext {
  actor: InitiativeActor;
  today: CivilDate;
  /** Whether the filing's unit is in the directory (and not closed). */
  unitKnown: boolean;
}
