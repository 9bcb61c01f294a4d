import { VIETNAM_CALENDAR } from '../../calendar';
import type { CouncilMember, VoteChoice } from '../../ballot/tally';
import { isRefusal } from '../../refusal';
import { SEED_RULE_SET } from '../../rules/seed-rule-set';
import type { RuleSet } from '../../rules/rule-set';
import type { Actor, DecisionContext, NominationCommand, RevealedBallots } from '../nomination.commands';
import { decide } from '../nomination.decider';
import type { DocumentRef, DraftData, NominationEvent } from '../nomination.events';
import { fold } from '../nomination.evolve';
import type { NominationState } from '../nomination.state';

/** Shared fixtures for the decider's given/when/then tests (not shipped: *.spec.ts use them). */
export const officer: Actor = { userId: 'cb', role: 'UNIT_OFFICER', unitId: 'SO-GD' };
export const office: Actor = { userId: 'ban', role: 'TDKT_OFFICE', councilId: 'HD', unitId: 'BAN' };
export const lead: Actor = { ...office, userId: 'truong-ban', lead: true };
export const member = (id: string): Actor => ({ userId: id, role: 'COUNCIL_MEMBER', councilId: 'HD' });
export const authority: Actor = {
  userId: 'ct',
  role: 'AUTHORITY',
  authorityId: 'UBND',
  level: 'DEPARTMENT',
  displayName: 'Giám đốc Sở',
};
export const SYSTEM: Actor = { userId: 'system', role: 'SYSTEM' };
export const MEMBERS: CouncilMember[] = [
  { memberId: 'm1', unitId: 'A' },
  { memberId: 'm2', unitId: 'B' },
  { memberId: 'm3', unitId: 'C' },
  { memberId: 'm4', unitId: 'SO-GD' },
];
export const SEALED = 'c2VhbGVkLWJhbGxvdC1vcGFxdWU';

export const docs = (codes = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP']): DocumentRef[] =>
  codes.map((code) => ({ code, title: code, sha256: 'a'.repeat(64) }));

export function drafted(over: Partial<DraftData> = {}): NominationEvent {
  return {
    type: 'NominationDrafted',
    data: {
      nominationId: '11111111-1111-4111-8111-111111111111',
      awardCode: 'LDTT',
      kind: 'CONG_TRANG',
      unitId: 'SO-GD',
      campaignId: 'C',
      year: 2025,
      nominee: { key: 'CCCD-001', name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL', unitId: 'SO-GD' },
      council: { councilId: 'HD', level: 'DEPARTMENT', authorityId: 'UBND' },
      achievements: { ratings: [{ year: 2025, rating: 'HOAN_THANH_TOT' }] },
      ruleSetId: SEED_RULE_SET.id,
      ...over,
    },
  };
}

/** Tuesday 10/2/2026, just before Tết Bính Ngọ. */
export const NOW = '2026-02-10T03:00:00.000Z';

export function ctx(actor: Actor, now = NOW, extra: Partial<DecisionContext> = {}): DecisionContext {
  return {
    now,
    actor,
    ruleSet: SEED_RULE_SET,
    calendar: VIETNAM_CALENDAR,
    facts: { registry: [], holds: [], pending: [] },
    ...extra,
  };
}

export const reveal = (choices: VoteChoice[], writtenOpinions = 0): RevealedBallots => ({
  choices,
  writtenOpinions,
  invalid: 0,
  sealed: choices.map((_, i) => `${SEALED}${i}`),
});

export const types = (events: NominationEvent[]) => events.map((e) => e.type);

/** Runs one command through decide and fold, as the workflow does; a refusal fails the test. */
export function step(
  state: NominationState,
  command: NominationCommand,
  actor: Actor,
  now = NOW,
  extra: Partial<DecisionContext> = {},
): { state: NominationState; events: NominationEvent[] } {
  const r = decide(state, command, ctx(actor, now, extra));
  if (isRefusal(r)) throw new Error(`${command.type} refused: ${r.code} ${r.messageEn}`);
  return { state: fold(r, state), events: r };
}

export function run(state: NominationState, ...steps: [NominationCommand, Actor, string?][]): NominationState {
  return steps.reduce((s, [command, actor, now]) => step(s, command, actor, now).state, state);
}

export const start = (over: Partial<DraftData> = {}) => fold([drafted(over)]);
export const submitted = (over: Partial<DraftData> = {}) =>
  run(start(over), [{ type: 'SubmitDossier', documents: docs() }, officer]);
export const ballotOpen = (over: Partial<DraftData> = {}) =>
  run(
    submitted(over),
    [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office],
    [{ type: 'OpenBallot', members: MEMBERS }, SYSTEM],
  );

export function votedAndClosed(state: NominationState, choices: VoteChoice[], now = NOW): NominationState {
  const voters = ['m1', 'm2', 'm3'];
  const voted = choices.reduce(
    (s, _c, i) => step(s, { type: 'CastVote', sealedChoice: SEALED }, member(voters[i] ?? `m${i + 1}`), now).state,
    state,
  );
  return step(voted, { type: 'CloseBallot' }, office, now, { revealed: reveal(choices) }).state;
}

export function withRules(change: (r: RuleSet) => void): RuleSet {
  const copy = structuredClone(SEED_RULE_SET);
  change(copy);
  return copy;
}

export interface JourneyStep {
  event: NominationEvent;
  /** When the workflow recorded it. */
  at: string;
  actor: Actor;
}

/**
 * One whole case, command by command as the workflow runs it, from the draft to the award: a
 * supplement, a claimed appraisal, an SLA warning and breach, a ballot with a written opinion, an
 * objection and the decision. Every event comes with its instant and its actor.
 */
export function journey(over: Partial<DraftData> = {}): JourneyStep[] {
  const out: JourneyStep[] = [];
  let s = fold([]);
  const add = (events: NominationEvent[], at: string, actor: Actor) => {
    events.forEach((event) => out.push({ event, at, actor }));
    s = fold(events, s);
  };
  const go = (command: NominationCommand, actor: Actor, at: string, extra: Partial<DecisionContext> = {}) =>
    add(step(s, command, actor, at, extra).events, at, actor);
  const clock = () => Object.values(s.clocks)[0]!;
  const taskId = (type: string) => Object.values(s.tasks).find((t) => t.type === type)!.taskId;

  add([drafted(over)], '2026-02-09T03:00:00.000Z', officer);
  go({ type: 'SubmitDossier', documents: docs() }, officer, NOW);
  go(
    { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Thiếu biên bản họp.' },
    office,
    '2026-02-11T03:00:00.000Z',
  );
  go({ type: 'SupplementDossier', documents: docs(['BIEN_BAN_HOP']) }, officer, '2026-02-24T03:00:00.000Z');
  go({ type: 'ClaimTask', taskId: taskId('APPRAISE_DOSSIER') }, office, '2026-02-25T03:00:00.000Z');
  go({ type: 'SlaTick' }, SYSTEM, clock().warningAt!);
  go({ type: 'SlaTick' }, SYSTEM, clock().deadline!);
  const late = new Date(Date.parse(clock().deadline!) + 10 * 3600_000).toISOString();
  go({ type: 'AppraiseDossier', opinion: 'Hồ sơ đầy đủ, đạt yêu cầu.' }, office, late);
  go({ type: 'OpenBallot', members: MEMBERS }, SYSTEM, late);
  go({ type: 'CastVote', sealedChoice: SEALED }, member('m1'), late);
  go({ type: 'CastVote', sealedChoice: SEALED }, member('m2'), late);
  go({ type: 'RecordWrittenOpinion', memberId: 'm3', sealedChoice: SEALED }, office, late);
  go({ type: 'CloseBallot' }, office, late, { revealed: reveal(['APPROVE', 'APPROVE', 'APPROVE'], 1) });
  const objection = { type: 'FileObjection' as const, objectionId: 'o1', content: 'Thành tích chưa đúng.' };
  go(objection, { userId: 'public', role: 'PUBLIC' }, late);
  go({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'DISMISSED', note: 'Đã xác minh.' }, office, late);
  const ended = s.disclosure!.endsAt;
  go({ type: 'CloseDisclosure' }, SYSTEM, ended);
  const signed = new Date(Date.parse(ended) + 10 * 3600_000).toISOString();
  go({ type: 'IssueDecision', decisionNumber: '12/QĐ-SGD', decisionDate: signed.slice(0, 10) }, authority, signed);
  return out;
}

/** A blank required field's refusal as the official reads it: its code, its field, both messages naming it. */
export const blankField = (field: string, vi: string, en: string) => ({
  code: 'FIELD_REQUIRED',
  field,
  messageVi: `Thiếu thông tin bắt buộc: ${vi}.`,
  messageEn: `Missing required field: ${en}.`,
});
