import { isRefusal } from '../refusal';
import { decide } from './nomination.decider';
import { ballotOpen, ctx, MEMBERS, member, office, run, SEALED, step, SYSTEM } from './testing/fixtures';

// A case restored from its stream after Temporal lost the open ballot's sealed choices (docs/architecture.md,
// "When Temporal and the event store disagree"): the ballot is voided and held again.
describe('VoidBallot', () => {
  const voted = () => run(ballotOpen(), [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')]);

  it('voids the open ballot, closes its vote tasks, and the next ballot is a new round that everyone votes in', () => {
    const { state, events } = step(voted(), { type: 'VoidBallot' }, SYSTEM);
    expect(events[0]).toEqual({
      type: 'BallotVoided',
      data: { ballotId: expect.stringMatching(/ballot-1$/), lostParticipants: 1 },
    });
    expect(state.status).toBe('BALLOT_PENDING');
    expect(Object.values(state.tasks).filter((t) => t.type === 'CAST_VOTE')).toEqual([]);
    // The participation of round 1 stays in the stream; round 2 starts with nobody having voted.
    const again = step(state, { type: 'OpenBallot', members: MEMBERS }, SYSTEM).state;
    expect(again.ballot).toMatchObject({ round: 2, open: true, voters: [] });
    expect(
      Object.values(again.tasks)
        .filter((t) => t.type === 'CAST_VOTE')
        .map((t) => t.assignee)
        .sort(),
    ).toEqual(['m1', 'm2', 'm3']);
    expect(() => step(again, { type: 'CastVote', sealedChoice: SEALED }, member('m1'))).not.toThrow();
  });

  it("is the workflow's own command, and only for an open ballot", () => {
    const byOffice = decide(voted(), { type: 'VoidBallot' }, ctx(office));
    expect(isRefusal(byOffice) && byOffice.code).toBe('ACTION_NOT_PERMITTED');
    const voided = step(voted(), { type: 'VoidBallot' }, SYSTEM).state;
    const twice = decide(voided, { type: 'VoidBallot' }, ctx(SYSTEM));
    expect(isRefusal(twice) && twice.code).toBe('WRONG_STAGE');
  });
});
