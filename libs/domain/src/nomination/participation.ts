import type { Actor } from './nomination.commands';
import type { NominationState } from './nomination.state';
import { isOfficeOf } from './permissions';

/**
 * Secret ballot, participation too (docs/architecture.md §5): who took part in a ballot is known to the
 * office of the council that runs it, and to each member about themself, never to anyone else, while
 * the ballot is open or after it closed. Only counts and the recorded tally are for everyone who may read
 * the case: with a small council, who voted and a unanimous tally would tell each member's choice.
 */
export const mayReadParticipation = (a: Actor, s: Pick<NominationState, 'council'>) =>
  isOfficeOf(a, s as NominationState);

const CAST_VOTE_TASK = /:CAST_VOTE:([^#]*)#/;

/** The member an event says took part in a ballot (a vote, a written opinion, their voting task closed). */
export function participantOf(e: { type: string; data: unknown }): string | undefined {
  const d = e.data as { memberId?: string; taskId?: string; outcome?: string };
  if (e.type === 'VoteCast' || e.type === 'WrittenOpinionRecorded') return d.memberId;
  if (e.type === 'TaskClosed' && d.taskId) return CAST_VOTE_TASK.exec(d.taskId)?.[1];
  return undefined;
}

/**
 * Who objected, and how to reach them, is the office's to know (it answers them): the nominee's unit, the
 * council's members and the authority read what was objected, never by whom — a citizen who reports a
 * nominee must not be exposed to them.
 */
const withoutObjectors = (s: NominationState): NominationState =>
  s.objections.some((o) => o.submitterName !== undefined || o.contact !== undefined)
    ? { ...s, objections: s.objections.map(({ submitterName: _n, contact: _c, ...o }) => o) }
    : s;

/** The case as this reader may see it: the ballot's participation lists and open voting tasks cut to themself. */
export function stateForReader(full: NominationState, a: Actor): NominationState {
  if (mayReadParticipation(a, full)) return full;
  const s = withoutObjectors(full);
  if (!s.ballot && !Object.values(s.tasks).some((t) => t.type === 'CAST_VOTE')) return s;
  const mine = (ids: string[]) => ids.filter((id) => id === a.userId);
  const tasks = Object.fromEntries(
    Object.entries(s.tasks).filter(([, t]) => t.type !== 'CAST_VOTE' || t.assignee === a.userId),
  );
  const ballot = s.ballot && {
    ...s.ballot,
    voters: mine(s.ballot.voters),
    writtenOpinions: mine(s.ballot.writtenOpinions),
  };
  return { ...s, tasks, ...(ballot ? { ballot } : {}) };
}

/** Whether this reader must not learn who an event names as taking part (a member who voted, a citizen who objected). */
export function hidesParticipation(e: { type: string; data: unknown }, a: Actor, s: Pick<NominationState, 'council'>) {
  if (e.type === 'ObjectionFiled') return !mayReadParticipation(a, s);
  const who = participantOf(e);
  return who !== undefined && who !== a.userId && !mayReadParticipation(a, s);
}

/** An event's data without the member it names as taking part (`null` in their place), or without the objector. */
export function withoutParticipant(e: { type: string; data: unknown }): unknown {
  const d = e.data as Record<string, unknown>;
  if (e.type === 'VoteCast' || e.type === 'WrittenOpinionRecorded') return { ...d, memberId: null };
  if (e.type === 'ObjectionFiled') {
    const { submitterName: _n, contact: _c, ...rest } = d;
    return rest;
  }
  if (e.type === 'TaskClosed')
    return { ...d, taskId: String(d.taskId).replace(CAST_VOTE_TASK, ':CAST_VOTE:#'), by: null };
  return d;
}
