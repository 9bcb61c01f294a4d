import type { Actor } from './nomination.commands';
import { hidesParticipation, participantOf, stateForReader, withoutParticipant } from './participation';
import { ballotOpen, member, office, officer, run, SEALED } from './testing/fixtures';

const admin: Actor = { userId: 'qt', role: 'ADMIN' };
const otherOffice: Actor = { ...office, userId: 'ban-khac', councilId: 'HD-KHAC' };
const voted = () => run(ballotOpen(), [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')]);

describe('secret ballot: who took part is the council office’s to know', () => {
  it('shows the office every participant and every voting task', () => {
    const s = stateForReader(voted(), office);
    expect(s.ballot).toMatchObject({ voters: ['m1'] });
    expect(
      Object.values(s.tasks)
        .filter((t) => t.type === 'CAST_VOTE')
        .map((t) => t.assignee),
    ).toEqual(['m2', 'm3']);
  });

  it.each([
    ['an administrator', admin],
    ['the unit officer', officer],
    ["another council's office", otherOffice],
    ['another member', member('m2')],
  ])('shows %s no participant but themself, and no one else’s voting task', (_who, reader) => {
    const s = stateForReader(voted(), reader);
    expect(s.ballot!.voters).toEqual([]);
    expect(s.ballot!.writtenOpinions).toEqual([]);
    const voting = Object.values(s.tasks).filter((t) => t.type === 'CAST_VOTE');
    expect(voting.every((t) => t.assignee === reader.userId)).toBe(true);
    expect(s.ballot!.members).toHaveLength(4);
  });

  it('tells a member about themself', () => {
    expect(stateForReader(voted(), member('m1')).ballot!.voters).toEqual(['m1']);
  });

  it('names the participant of votes, written opinions and closed voting tasks, and takes the name out', () => {
    const task = { type: 'TaskClosed', data: { taskId: 'n:CAST_VOTE:m1#1', outcome: 'COMPLETED', by: 'm1' } };
    expect(participantOf({ type: 'VoteCast', data: { ballotId: 'b', memberId: 'm1' } })).toBe('m1');
    expect(participantOf(task)).toBe('m1');
    expect(participantOf({ type: 'TaskClosed', data: { taskId: 'n:SIGN_DECISION#1' } })).toBeUndefined();
    expect(withoutParticipant(task)).toEqual({ taskId: 'n:CAST_VOTE:#1', outcome: 'COMPLETED', by: null });
    expect(withoutParticipant({ type: 'VoteCast', data: { ballotId: 'b', memberId: 'm1' } })).toEqual({
      ballotId: 'b',
      memberId: null,
    });
    const s = voted();
    expect(hidesParticipation(task, admin, s)).toBe(true);
    expect(hidesParticipation(task, office, s)).toBe(false);
    expect(hidesParticipation(task, member('m1'), s)).toBe(false);
  });
});
