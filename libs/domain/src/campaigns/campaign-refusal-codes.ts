import type { RefusalKind } from '../refusal';

/** Every code the campaign lifecycle and registration refuse with (campaign.refusals.ts); their specs cover each one. */
export const CAMPAIGN_REFUSAL_KINDS = {
  // the campaign's windows
  CAMPAIGN_WINDOW_INVALID: 'INVALID',
  // registration (đăng ký thi đua)
  REGISTRATION_FIELD_REQUIRED: 'INVALID',
  REGISTRATION_NOT_OFFERED: 'INVALID',
  REGISTRATION_NOT_OPEN: 'INVALID',
  REGISTRATION_CAMPAIGN_CLOSED: 'CONFLICT',
  REGISTRATION_AWARD_NOT_IN_CAMPAIGN: 'INVALID',
  REGISTRATION_SUBJECT_MISMATCH: 'INVALID',
  REGISTRATION_NOT_OWN_UNIT: 'FORBIDDEN',
  REGISTRATION_UNIT_NOT_IN_CAMPAIGN: 'INVALID',
  REGISTRATION_DUPLICATE: 'CONFLICT',
  REGISTRATION_NOT_FOUND: 'NOT_FOUND',
  REGISTRATION_ALREADY_WITHDRAWN: 'CONFLICT',
  // a nomination whose title the rule set wants registered first
  REGISTRATION_REQUIRED: 'INVALID',
} as const satisfies Record<string, RefusalKind>;
export type CampaignRefusalCode = keyof typeof CAMPAIGN_REFUSAL_KINDS;
export const CAMPAIGN_REFUSAL_CODES = Object.keys(CAMPAIGN_REFUSAL_KINDS) as CampaignRefusalCode[];
