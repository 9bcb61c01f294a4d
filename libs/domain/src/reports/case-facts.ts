import { toCivilDate, type CivilDate } from '../calendar/civil-date';
import type { Nominee, RejectionReason } from '../nomination/nomination.events';
import type { NominationKind } from '../organisation/kinds';
import type { AuthorityLevel } from '../organisation/levels';
import type { Subject } from '../rules/rule-set';
import type { Stage } from '../stages';

/**
 * The events the board's reports read, as the store keeps them (type, the instant recorded) with only
 * the members the reports need (the store's query slims `data`: a dossier's frozen rules are large).
 */
export const REPORT_EVENT_TYPES = [
  'NominationDrafted',
  'DraftUpdated',
  'DossierSubmitted',
  'DossierSupplemented',
  'NominationWithdrawn',
  'DecisionIssued',
  'NominationRejected',
  'SlaBreached',
] as const;

export interface ReportEvent {
  streamId: string;
  type: string;
  /** When the store recorded it (ISO instant): the reports fold what was recorded up to their `asOf`. */
  recordedAt: string;
  data: Record<string, any>;
}

/** One case as the reports see it: who, what, where, when it was complete and decided, how. */
export interface CaseFacts {
  streamId: string;
  awardCode: string;
  awardName?: string;
  kind: NominationKind;
  unitId: string;
  campaignId: string;
  year: number;
  /** The level of the council the case was filed with (the level that reviews it). */
  level: AuthorityLevel;
  subject: Subject;
  gender?: Nominee['gender'];
  directWorker?: boolean;
  smallCollective?: boolean;
  /** The day the dossier was complete: received, or its last supplement. */
  completeOn?: CivilDate;
  outcome?: 'AWARDED' | 'REJECTED' | 'WITHDRAWN';
  /** The day the outcome was recorded (Việt Nam time). */
  decidedOn?: CivilDate;
  reasonCode?: RejectionReason;
  rejectedAt?: Stage;
  /** Stages whose clock ran past its deadline, once per breach. */
  breaches: Stage[];
}

type Draft = Pick<CaseFacts, 'awardCode' | 'kind' | 'unitId' | 'campaignId' | 'year'> & {
  nominee: Partial<Nominee>;
  council: { level: AuthorityLevel };
};

function nomineeFacts(n: Partial<Nominee>): Pick<CaseFacts, 'subject' | 'gender' | 'directWorker' | 'smallCollective'> {
  return {
    subject: n.subject ?? 'INDIVIDUAL',
    gender: n.gender,
    directWorker: n.directWorker,
    smallCollective: n.smallCollective,
  };
}

/**
 * The members of a stored event's data the reports read (what the store's query and the report
 * projection keep): a dossier's frozen rules and a draft's achievements are large and not read.
 */
export function reportEventData(type: string, data: Record<string, any>): Record<string, any> {
  switch (type) {
    case 'DossierSubmitted':
      return { receivedAt: data.receivedAt, awardName: data.rules?.award?.nameVi };
    case 'NominationDrafted': {
      const { achievements: _, ...rest } = data;
      return rest;
    }
    case 'DraftUpdated': {
      const { achievements: _, ...changes } = (data.changes ?? {}) as Record<string, unknown>;
      return { changes };
    }
    case 'NominationRejected':
      return { reasonCode: data.reasonCode, stage: data.stage };
    case 'SlaBreached':
      return { stage: data.stage };
    default:
      return {};
  }
}

/** One report event folded into its case's facts (undefined until the case's draft is seen). */
export function evolveCaseFacts(c: CaseFacts | undefined, e: ReportEvent): CaseFacts | undefined {
  if (e.type === 'NominationDrafted') {
    const d = e.data as Draft;
    return {
      streamId: e.streamId,
      awardCode: d.awardCode,
      kind: d.kind,
      unitId: d.unitId,
      campaignId: d.campaignId,
      year: d.year,
      level: d.council.level,
      ...nomineeFacts(d.nominee),
      breaches: [],
    };
  }
  if (!c) return undefined;
  const on = toCivilDate(new Date(e.recordedAt));
  switch (e.type) {
    case 'DraftUpdated': {
      const { nominee, ...rest } = (e.data.changes ?? {}) as Partial<Draft>;
      const next = { ...c };
      for (const k of ['awardCode', 'kind', 'year'] as const)
        if (rest[k] !== undefined) Object.assign(next, { [k]: rest[k] });
      return nominee ? { ...next, ...nomineeFacts(nominee) } : next;
    }
    case 'DossierSubmitted':
      return {
        ...c,
        completeOn: toCivilDate(new Date(e.data.receivedAt ?? e.recordedAt)),
        awardName: e.data.awardName ?? c.awardName,
      };
    case 'DossierSupplemented':
      return { ...c, completeOn: on };
    case 'NominationWithdrawn':
      return { ...c, outcome: 'WITHDRAWN', decidedOn: on };
    case 'DecisionIssued':
      return { ...c, outcome: 'AWARDED', decidedOn: on };
    case 'NominationRejected':
      return { ...c, outcome: 'REJECTED', decidedOn: on, reasonCode: e.data.reasonCode, rejectedAt: e.data.stage };
    case 'SlaBreached':
      return { ...c, breaches: [...c.breaches, e.data.stage] };
    default:
      return c;
  }
}

/** Folds the report events (in store order) into one fact row per case; streams without a draft are skipped. */
export function foldCaseFacts(events: Iterable<ReportEvent>): CaseFacts[] {
  const cases = new Map<string, CaseFacts>();
  for (const e of events) {
    const next = evolveCaseFacts(cases.get(e.streamId), e);
    if (next) cases.set(e.streamId, next);
  }
  return [...cases.values()];
}
