import type { Actor } from './nomination.commands';
import type { TaskState } from './nomination.state';
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

describe('what is cut for a reader, and what is left as it was', () => {
  const castVoteTasks = (s: ReturnType<typeof voted>) =>
    Object.values(s.tasks)
      .filter((t) => t.type === 'CAST_VOTE')
      .map((t) => t.assignee);
  const sign: TaskState = {
    taskId: 'n:SIGN_DECISION#1',
    type: 'SIGN_DECISION',
    slot: 'SIGN_DECISION',
    candidateGroup: 'AUTHORITY:UBND-TP',
    stage: 'FINAL_DECISION',
    priority: 3,
    assignee: 'ld-ubnd',
  };

  it('keeps a member’s own voting task and every task that is not a vote, whoever holds it', () => {
    const s = { ...voted(), tasks: { ...voted().tasks, [sign.taskId]: sign } };
    const seen = stateForReader(s, member('m2'));
    expect(castVoteTasks(seen)).toEqual(['m2']);
    expect(seen.tasks[sign.taskId]).toEqual(sign);
  });

  it('hides who voted once the ballot is over and no voting task is left', () => {
    const closed = { ...voted(), tasks: {} };
    expect(closed.ballot!.voters).toEqual(['m1']);
    expect(stateForReader(closed, member('m2')).ballot!.voters).toEqual([]);
  });

  it('hides others’ voting tasks even where the case holds no ballot', () => {
    const { ballot: _b, ...rest } = voted();
    const noBallot = { ...rest } as ReturnType<typeof voted>;
    const seen = stateForReader(noBallot, member('m3'));
    expect(castVoteTasks(seen)).toEqual(['m3']);
    expect(seen.ballot).toBeUndefined();
  });

  it('gives the case back unchanged where there is nothing to hide: no ballot, no vote, no objector', () => {
    const { ballot: _b, ...rest } = run(ballotOpen(), [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')]);
    const plain = { ...rest, tasks: { [sign.taskId]: sign }, objections: [] } as ReturnType<typeof voted>;
    expect(stateForReader(plain, officer)).toBe(plain);
  });

  it.each([
    ['a name only', { submitterName: 'Trần Thị Dân' }],
    ['a contact only', { contact: 'dan@example.vn' }],
  ])('takes the objector out where the objection gives %s', (_what, who) => {
    const s = {
      ...voted(),
      objections: [{ objectionId: 'o1', content: 'Chưa đúng.', filedAt: '2026-12-01T03:00:00Z', ...who }],
    };
    const [shown] = stateForReader(s, officer).objections;
    expect(shown).toEqual({ objectionId: 'o1', content: 'Chưa đúng.', filedAt: '2026-12-01T03:00:00Z' });
  });

  it('names the member of a written opinion and takes the name out; another event with a voting task’s id names no one', () => {
    const opinion = { type: 'WrittenOpinionRecorded', data: { ballotId: 'b', memberId: 'm2' } };
    expect(participantOf(opinion)).toBe('m2');
    expect(withoutParticipant(opinion)).toEqual({ ballotId: 'b', memberId: null });
    const other = { type: 'TaskAssigned', data: { taskId: 'n:CAST_VOTE:m1#1', assignee: 'm1' } };
    expect(participantOf(other)).toBeUndefined();
    expect(withoutParticipant(other)).toEqual(other.data);
    expect(hidesParticipation(other, admin, voted())).toBe(false);
    expect(hidesParticipation(opinion, member('m1'), voted())).toBe(true);
  });
});
