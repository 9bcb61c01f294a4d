import type { Refusal } from '../refusal';
import { registrationOpenOn } from './campaign-windows';
import { refuseCampaign } from './campaign.refusals';
import {
  REGISTRATION_SUBJECTS,
  type Registration,
  type RegistrationCommand,
  type RegistrationContext,
  type RegistrationEvent,
  type RegistrationState,
} from './registration.types';

const blank = (s: unknown) => typeof s !== 'string' || !s.trim();

/**
 * Registration's decider (docs/campaigns.md): a unit officer registers their unit and its people for titles
 * the campaign offers, within its registration window (Việt Nam dates); the same title for the same nominee
 * once. A refusal records nothing.
 */
export function decideRegistration(
  state: RegistrationState | null,
  cmd: RegistrationCommand,
  ctx: RegistrationContext,
): RegistrationEvent[] | Refusal {
  const { campaign, actor } = ctx;
  // The route admits unit officers (their own unit only), the TĐKT office and administrators (any unit).
  if (actor.role === 'UNIT_OFFICER' && actor.unitId !== cmd.unitId) return refuseCampaign.notOwnUnit(cmd.unitId);
  if (!campaign) return refuseCampaign.campaignUnknown(cmd.campaignId);
  const mine = state?.registrations ?? [];
  if (cmd.type === 'WithdrawRegistration') {
    const r = mine.find((x) => x.registrationId === cmd.registrationId);
    if (!r) return refuseCampaign.notFound(cmd.registrationId);
    if (r.status === 'WITHDRAWN') return refuseCampaign.alreadyWithdrawn(r.withdrawnOn!);
    if (blank(cmd.reason)) return refuseCampaign.required('reason', 'lý do rút đăng ký', 'reason for the withdrawal');
    if (campaign.status === 'CLOSED') return refuseCampaign.campaignClosed(campaign.name);
    return [
      {
        type: 'RegistrationWithdrawn',
        data: {
          campaignId: cmd.campaignId,
          unitId: cmd.unitId,
          registrationId: r.registrationId,
          on: ctx.today,
          by: actor.userId,
          reason: cmd.reason.trim(),
        },
      },
    ];
  }
  const n = cmd.nominee;
  if (blank(cmd.awardCode)) return refuseCampaign.required('awardCode', 'danh hiệu đăng ký', 'title registered for');
  if (!n || !REGISTRATION_SUBJECTS.includes(n.subject))
    return refuseCampaign.required('nominee.subject', 'đối tượng đăng ký (cá nhân hoặc tập thể)', 'subject');
  if (blank(n.name)) return refuseCampaign.required('nominee.name', 'họ tên cá nhân hoặc tên tập thể', 'name');
  if (blank(n.key)) return refuseCampaign.required('nominee.key', 'mã định danh người đăng ký', 'identifier');
  const closed = registrationOpenOn(campaign, ctx.today);
  if (closed) return closed;
  if (!campaign.awards.includes(cmd.awardCode))
    return refuseCampaign.awardNotInCampaign(cmd.awardCode, campaign.awards);
  const subjects = ctx.awardSubjects[cmd.awardCode];
  if (subjects && !subjects.includes(n.subject)) return refuseCampaign.subjectMismatch(cmd.awardCode, n.subject);
  if (!ctx.unitPath || !ctx.unitPath.includes(campaign.unitId))
    return refuseCampaign.unitNotInCampaign(cmd.unitId, campaign.name);
  const key = n.key.trim();
  const twice = mine.find((r) => r.status === 'REGISTERED' && r.awardCode === cmd.awardCode && r.nominee.key === key);
  if (twice) return refuseCampaign.duplicate(cmd.awardCode, twice.nominee.name, twice.registeredOn);
  if (mine.some((r) => r.registrationId === cmd.registrationId))
    return refuseCampaign.duplicate(cmd.awardCode, n.name.trim(), ctx.today);
  return [
    {
      type: 'TitleRegistered',
      data: {
        campaignId: cmd.campaignId,
        unitId: cmd.unitId,
        registrationId: cmd.registrationId,
        awardCode: cmd.awardCode,
        nominee: { subject: n.subject, key, name: n.name.trim() },
        registeredOn: ctx.today,
        registeredBy: actor.userId,
      },
    },
  ];
}

export function evolveRegistration(state: RegistrationState | null, event: RegistrationEvent): RegistrationState {
  const s = state ?? { campaignId: event.data.campaignId, unitId: event.data.unitId, registrations: [] };
  switch (event.type) {
    case 'TitleRegistered': {
      const { campaignId: _c, unitId: _u, ...r } = event.data;
      const added: Registration = { ...r, status: 'REGISTERED' };
      return { ...s, registrations: [...s.registrations, added] };
    }
    case 'RegistrationWithdrawn': {
      const { registrationId, on, by, reason } = event.data;
      return {
        ...s,
        registrations: s.registrations.map((r) =>
          r.registrationId === registrationId
            ? { ...r, status: 'WITHDRAWN', withdrawnOn: on, withdrawnBy: by, withdrawalReason: reason }
            : r,
        ),
      };
    }
  }
}

/** The titles a nominee is registered for (not withdrawn) in a unit's registrations. */
export function registeredTitles(state: RegistrationState | null, nomineeKey: string): string[] {
  return (state?.registrations ?? [])
    .filter((r) => r.status === 'REGISTERED' && r.nominee.key === nomineeKey)
    .map((r) => r.awardCode);
}
