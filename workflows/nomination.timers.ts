import { type NominationState, nextSlaInstant, participants, quorumNeeded, type vietnamCalendar } from '@khen/domain';

/**
 * Past the ballot's deadline with enough members taken part: the ballot closes by itself. `legacyCount`
 * says whether the quorum is the first count's (asked only when it matters: it may call `patched()`).
 */
export function ballotOverdueWithQuorum(state: NominationState, legacyCount: () => boolean): boolean {
  return (
    state.status === 'BALLOT_OPEN' &&
    !!state.ballot &&
    Date.now() >= Date.parse(state.ballot.deadline) &&
    participants(state.ballot) >= quorumNeeded(state, legacyCount())
  );
}

/** The earliest instant a timer must wake the workflow: disclosure end, ballot deadline, SLA steps. */
export function nextDue(state: NominationState, calendar: ReturnType<typeof vietnamCalendar>): number | undefined {
  const instants: number[] = [];
  if (state.status === 'DISCLOSURE_OPEN' && state.disclosure) instants.push(Date.parse(state.disclosure.endsAt));
  if (state.status === 'BALLOT_OPEN' && state.ballot && Date.now() < Date.parse(state.ballot.deadline))
    instants.push(Date.parse(state.ballot.deadline));
  const next = nextSlaInstant(state, calendar);
  if (next !== undefined) instants.push(next);
  return instants.length ? Math.min(...instants) : undefined;
}
