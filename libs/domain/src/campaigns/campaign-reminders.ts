import { addCivilDays, formatCivilDateVi, startOfCivilDate, type CivilDate } from '../calendar/civil-date';
import type { WorkingCalendar } from '../calendar/working-days';
import type { CampaignState } from '../directory/directory.types';

/**
 * Reminders of a campaign's deadlines (docs/campaigns.md), sent by its workflow through the alert channels the
 * SLA alerts use: before registration closes, to the units in the campaign that registered nothing; before
 * evaluation closes, to the units that registered (those being evaluated).
 */
export type CampaignReminderKind = 'CAMPAIGN_REGISTRATION_CLOSING' | 'CAMPAIGN_EVALUATION_CLOSING';

/** When reminders go out: working days before each deadline (the rule set's `campaignReminders`). */
export interface CampaignReminderPolicy {
  workingDaysBefore: number[];
}

/** One reminder the schedule asks for: which deadline, how many working days before it, and when it is due. */
export interface PlannedReminder {
  kind: CampaignReminderKind;
  deadline: CivilDate;
  workingDaysBefore: number;
  /** 08:00 in Việt Nam on the reminder's day. */
  dueAt: string;
}

/** What the alert channels deliver for one unit; the idempotency key makes a retried delivery the same one. */
export interface CampaignReminder {
  idempotencyKey: string;
  kind: CampaignReminderKind;
  campaignId: string;
  campaignName: string;
  unitId: string;
  unitName: string;
  deadline: CivilDate;
  workingDaysBefore: number;
  at: string;
  messageVi: string;
  messageEn: string;
}

const MORNING_MS = 8 * 60 * 60 * 1000;

/** The working day `n` working days before `date` (n = 0: the date itself). */
export function workingDaysBefore(calendar: WorkingCalendar, date: CivilDate, n: number): CivilDate {
  let day = date;
  let left = n;
  while (left > 0) {
    day = addCivilDays(day, -1);
    if (calendar.isWorkingDay(day)) left--;
  }
  return day;
}

/** The instant a deadline passes: the end of its day in Việt Nam. */
export const deadlinePassesAt = (deadline: CivilDate): Date => startOfCivilDate(addCivilDays(deadline, 1));

/** Every reminder the campaign's windows and the policy ask for, earliest first. */
export function reminderPlan(
  campaign: CampaignState,
  calendar: WorkingCalendar,
  policy: CampaignReminderPolicy,
): PlannedReminder[] {
  const deadlines: [CampaignReminderKind, CivilDate | undefined][] = [
    ['CAMPAIGN_REGISTRATION_CLOSING', campaign.registrationClosesOn],
    ['CAMPAIGN_EVALUATION_CLOSING', campaign.evaluationClosesOn],
  ];
  const plan: PlannedReminder[] = [];
  for (const [kind, deadline] of deadlines) {
    if (!deadline) continue;
    for (const n of [...new Set(policy.workingDaysBefore)].sort((a, b) => b - a)) {
      const day = workingDaysBefore(calendar, deadline, n);
      plan.push({
        kind,
        deadline,
        workingDaysBefore: n,
        dueAt: new Date(startOfCivilDate(day).getTime() + MORNING_MS).toISOString(),
      });
    }
  }
  return plan.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

export const plannedKey = (p: Pick<PlannedReminder, 'kind' | 'deadline' | 'workingDaysBefore'>) =>
  `${p.kind}:${p.deadline}:${p.workingDaysBefore}`;

/**
 * The reminders due at `now` that were not sent: for each deadline not yet passed, only the nearest of those
 * whose time has come (a campaign launched late, or a workflow woken late, does not send the missed ones too);
 * and the keys it settles (the due ones and the earlier ones they stand for).
 */
export function dueReminders(
  plan: readonly PlannedReminder[],
  sent: ReadonlySet<string>,
  now: Date,
): { send: PlannedReminder[]; settled: string[] } {
  const send: PlannedReminder[] = [];
  const settled: string[] = [];
  for (const kind of ['CAMPAIGN_REGISTRATION_CLOSING', 'CAMPAIGN_EVALUATION_CLOSING'] as const) {
    const due = plan.filter((p) => p.kind === kind && !sent.has(plannedKey(p)) && Date.parse(p.dueAt) <= now.getTime());
    if (due.length === 0) continue;
    settled.push(...due.map(plannedKey));
    const nearest = due.reduce((a, b) => (a.workingDaysBefore <= b.workingDaysBefore ? a : b));
    if (now < deadlinePassesAt(nearest.deadline)) send.push(nearest);
  }
  return { send, settled };
}

/** The next instant the campaign's workflow must wake: the next reminder not sent, else when the last deadline passes. */
export function nextWake(
  campaign: CampaignState,
  plan: readonly PlannedReminder[],
  sent: ReadonlySet<string>,
): Date | undefined {
  const next = plan.find((p) => !sent.has(plannedKey(p)));
  if (next) return new Date(next.dueAt);
  const last = campaign.evaluationClosesOn ?? campaign.registrationClosesOn;
  return last ? deadlinePassesAt(last) : undefined;
}

/** The reminder one unit receives. */
export function campaignReminder(
  campaign: Pick<CampaignState, 'campaignId' | 'name'>,
  p: PlannedReminder,
  unit: { unitId: string; name: string },
  at: Date,
): CampaignReminder {
  const deadline = formatCivilDateVi(p.deadline);
  const registration = p.kind === 'CAMPAIGN_REGISTRATION_CLOSING';
  return {
    idempotencyKey: `${campaign.campaignId}:${plannedKey(p)}:${unit.unitId}`,
    kind: p.kind,
    campaignId: campaign.campaignId,
    campaignName: campaign.name,
    unitId: unit.unitId,
    unitName: unit.name,
    deadline: p.deadline,
    workingDaysBefore: p.workingDaysBefore,
    at: at.toISOString(),
    messageVi: registration
      ? `Đơn vị «${unit.name}» chưa đăng ký thi đua trong đợt «${campaign.name}»; hạn chót đăng ký là hết ngày ${deadline} (còn ${p.workingDaysBefore} ngày làm việc).`
      : `Đợt thi đua «${campaign.name}»: hạn chót đánh giá, chấm điểm của đơn vị «${unit.name}» là hết ngày ${deadline} (còn ${p.workingDaysBefore} ngày làm việc).`,
    messageEn: registration
      ? `Unit "${unit.name}" has not registered in the campaign "${campaign.name}"; registration closes at the end of ${deadline} (${p.workingDaysBefore} working day(s) left).`
      : `Campaign "${campaign.name}": the evaluation of unit "${unit.name}" closes at the end of ${deadline} (${p.workingDaysBefore} working day(s) left).`,
  };
}
