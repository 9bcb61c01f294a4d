import type { CivilDate } from '../calendar/civil-date';
import type { CampaignState } from '../directory/directory.types';

/**
 * Registration (đăng ký thi đua, docs/campaigns.md): a unit registers, for itself and its people, the titles
 * they aim for in a campaign, before its registration deadline. One event stream per campaign and unit
 * (`registration-<campaignId>.<unitId>`: a unit's registrations are decided together, so the same title and
 * person twice is refused under one lock, and units never wait for each other); no workflow runs it.
 */
export const REGISTRATION_STREAM_PREFIX = 'registration-';
export const registrationStreamId = (campaignId: string, unitId: string) =>
  `${REGISTRATION_STREAM_PREFIX}${campaignId}.${unitId}`;
/** Campaign and unit codes are upper-case letters, digits and `-`, so the dot parts them unambiguously. */
export const parseRegistrationStreamId = (streamId: string): { campaignId: string; unitId: string } | undefined => {
  if (!streamId.startsWith(REGISTRATION_STREAM_PREFIX)) return undefined;
  const [campaignId, unitId, ...rest] = streamId.slice(REGISTRATION_STREAM_PREFIX.length).split('.');
  return campaignId && unitId && rest.length === 0 ? { campaignId, unitId } : undefined;
};

export type RegistrationSubject = 'INDIVIDUAL' | 'COLLECTIVE';
export const REGISTRATION_SUBJECTS: readonly RegistrationSubject[] = ['INDIVIDUAL', 'COLLECTIVE'];

/** Who aims for the title: a person of the unit, or the unit (or a collective of it); keyed as nominations key nominees. */
export interface RegisteredNominee {
  subject: RegistrationSubject;
  key: string;
  name: string;
}

export interface Registration {
  registrationId: string;
  awardCode: string;
  nominee: RegisteredNominee;
  registeredOn: CivilDate;
  registeredBy: string;
  status: 'REGISTERED' | 'WITHDRAWN';
  withdrawnOn?: CivilDate;
  withdrawnBy?: string;
  withdrawalReason?: string;
}

/** One unit's registrations in one campaign: the stream's state. */
export interface RegistrationState {
  campaignId: string;
  unitId: string;
  registrations: Registration[];
}

export type RegistrationCommand =
  | {
      type: 'RegisterTitle';
      registrationId: string;
      campaignId: string;
      unitId: string;
      awardCode: string;
      nominee: RegisteredNominee;
    }
  | { type: 'WithdrawRegistration'; registrationId: string; campaignId: string; unitId: string; reason: string };

export type RegistrationEvent =
  | {
      type: 'TitleRegistered';
      data: { campaignId: string; unitId: string } & Omit<Registration, 'status' | `withdrawn${string}`>;
    }
  | {
      type: 'RegistrationWithdrawn';
      data: { campaignId: string; unitId: string; registrationId: string; on: CivilDate; by: string; reason: string };
    };
export type RegistrationEventType = RegistrationEvent['type'];
export const REGISTRATION_EVENT_TYPES: readonly RegistrationEventType[] = ['TitleRegistered', 'RegistrationWithdrawn'];

export interface RegistrationActor {
  userId: string;
  role: string;
  unitId?: string;
}

/** What a registration is checked against, read by the store under the stream's lock. */
export interface RegistrationContext {
  actor: RegistrationActor;
  /** Today in Việt Nam (Asia/Ho_Chi_Minh): the deadline is a civil date. */
  today: CivilDate;
  /** The campaign as the directory has it; null when unknown. */
  campaign: CampaignState | null;
  /** The registering unit's path (root first) when it is an active unit of the directory; null otherwise. */
  unitPath: string[] | null;
  /** The subjects each award is given to (the rule set in force), to refuse a person registered for a collective's title. */
  awardSubjects: Record<string, readonly string[]>;
}
