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

describe('who objected is the council office’s to know', () => {
  const objected = () => ({
    ...voted(),
    objections: [
      {
        objectionId: 'o1',
        content: 'Thành tích chưa đúng.',
        submitterName: 'Nguyễn Văn Dân',
        contact: '0912345678',
        filedAt: '2026-12-01T03:00:00Z',
      },
      { objectionId: 'o2', content: 'Không rõ người gửi.', filedAt: '2026-12-01T04:00:00Z' },
    ],
  });

  it('shows the office the objector and the contact, to answer them', () => {
    expect(stateForReader(objected(), office).objections[0]).toMatchObject({
      submitterName: 'Nguyễn Văn Dân',
      contact: '0912345678',
    });
  });

  it.each([
    ["the nominee's unit officer", officer],
    ['a member', member('m2')],
    ["another council's office", otherOffice],
    ['an administrator', admin],
  ])('shows %s what was objected, never by whom', (_who, reader) => {
    const shown = stateForReader(objected(), reader).objections;
    expect(shown.map((o) => o.content)).toEqual(['Thành tích chưa đúng.', 'Không rõ người gửi.']);
    expect(shown.some((o) => 'submitterName' in o || 'contact' in o)).toBe(false);
  });

  it('takes the objector out of the ObjectionFiled event for those readers, and leaves it for the office', () => {
    const e = {
      type: 'ObjectionFiled',
      data: { objectionId: 'o1', content: 'x', submitterName: 'A', contact: 'a@b.vn' },
    };
    const s = objected();
    expect(hidesParticipation(e, officer, s)).toBe(true);
    expect(hidesParticipation(e, office, s)).toBe(false);
    expect(withoutParticipant(e)).toEqual({ objectionId: 'o1', content: 'x' });
  });
});
