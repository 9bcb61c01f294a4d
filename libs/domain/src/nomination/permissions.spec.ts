import type { Actor } from './nomination.commands';
import type { NominationState } from './nomination.state';
import { claimGate } from './task-gates';
import { nominationOfTask, taskIdFor } from './task-ids';
import { canReadCase, isAuthorityOf, isOfficeLeadOf, isOfficeOf, isSystem, isUnitOfficerOf } from './permissions';
import { authority, lead, member, office, officer, submitted, SYSTEM } from './testing/fixtures';

// The scopes the decider checks (docs/architecture.md §5), on the fixtures' case: unit SO-GD, council HD,
// authority UBND.
const admin: Actor = { userId: 'qtv', role: 'ADMIN' };
const monitor: Actor = { userId: 'gs', role: 'SLA_MONITOR' };
const citizen: Actor = { userId: 'dan', role: 'PUBLIC' };
// Built in a hook, not at load: a fixture that breaks fails the tests, not the file.
let s: NominationState;
beforeAll(() => {
  s = submitted();
});

describe('who acts for the case', () => {
  it('knows the unit officer of the filing unit only', () => {
    expect(isUnitOfficerOf(officer, s)).toBe(true);
    expect(isUnitOfficerOf({ ...officer, unitId: 'KHAC' }, s)).toBe(false);
    // Another role in the same unit does not file for it.
    expect(isUnitOfficerOf({ ...office, unitId: 'SO-GD' }, s)).toBe(false);
  });

  it("knows the office and the authority of the case's council, and none without a council", () => {
    expect(isOfficeOf(office, s)).toBe(true);
    expect(isOfficeOf({ ...office, councilId: 'KHAC' }, s)).toBe(false);
    expect(isOfficeOf({ ...member('m1'), councilId: 'HD' }, s)).toBe(false);
    expect(isOfficeOf(office, { ...s, council: undefined })).toBe(false);
    expect(isAuthorityOf(authority, s)).toBe(true);
    expect(isAuthorityOf({ ...authority, authorityId: 'KHAC' }, s)).toBe(false);
    expect(isAuthorityOf({ ...office, authorityId: 'UBND' }, s)).toBe(false);
    expect(isAuthorityOf(authority, { ...s, council: undefined })).toBe(false);
  });

  it('makes the head of this office, or an administrator, the lead; nobody else', () => {
    expect(isOfficeLeadOf(lead, s)).toBe(true);
    expect(isOfficeLeadOf(admin, s)).toBe(true);
    expect(isOfficeLeadOf(office, s)).toBe(false);
    expect(isOfficeLeadOf({ ...lead, councilId: 'KHAC' }, s)).toBe(false);
    expect(isOfficeLeadOf({ ...member('m1'), lead: true }, s)).toBe(false);
    expect(isOfficeLeadOf(monitor, s)).toBe(false);
    expect(isSystem(SYSTEM)).toBe(true);
    expect(isSystem(admin)).toBe(false);
  });
});

describe('who may read a case', () => {
  const c = { unitId: 'SO-GD', councilId: 'HD', authorityId: 'UBND' };

  it('lets administrators and monitors read every case', () => {
    expect(canReadCase(admin, c)).toBe(true);
    expect(canReadCase(monitor, c)).toBe(true);
  });

  it.each([
    ['the filing unit', officer, { ...officer, unitId: 'KHAC' }],
    ["the council's office", office, { ...office, councilId: 'KHAC' }],
    ["the council's members", member('m1'), { ...member('m1'), councilId: 'KHAC' }],
    ['the authority', authority, { ...authority, authorityId: 'KHAC' }],
  ] as const)('lets %s read it, and not the same role elsewhere', (_who, inside, outside) => {
    expect(canReadCase(inside, c)).toBe(true);
    expect(canReadCase(outside, c)).toBe(false);
  });

  it('lets nobody else read it, whatever ids they carry', () => {
    for (const a of [citizen, SYSTEM])
      expect(canReadCase({ ...a, unitId: 'SO-GD', councilId: 'HD', authorityId: 'UBND' }, c)).toBe(false);
    // The scope is the role's own: an officer of another unit in this council is not its office.
    expect(canReadCase({ ...officer, unitId: 'KHAC', councilId: 'HD', authorityId: 'UBND' }, c)).toBe(false);
    expect(canReadCase({ ...authority, authorityId: 'KHAC', unitId: 'SO-GD', councilId: 'HD' }, c)).toBe(false);
    expect(canReadCase({ ...office, councilId: 'KHAC', unitId: 'SO-GD', authorityId: 'UBND' }, c)).toBe(false);
  });
});

describe('task ids', () => {
  const id = '11111111-1111-4111-8111-111111111111';

  it('numbers the tasks of a slot from 1, and reads the nomination back', () => {
    expect(taskIdFor(id, 'CAST_VOTE:m1', {})).toBe(`${id}:CAST_VOTE:m1#1`);
    expect(taskIdFor(id, 'CAST_VOTE:m1', { 'CAST_VOTE:m1': 2, APPRAISE_DOSSIER: 5 })).toBe(`${id}:CAST_VOTE:m1#3`);
    expect(nominationOfTask(`${id}:APPRAISE_DOSSIER#1`)).toBe(id);
    expect(nominationOfTask(`${id}:ESCALATION:COUNCIL_REVIEW-2:1#12`)).toBe(id);
  });

  it.each([
    ['a short id', `1111:APPRAISE_DOSSIER#1`],
    ['an id in capitals', 'ABCDEF11-1111-4111-8111-111111111111:APPRAISE_DOSSIER#1'],
    ['no slot', `${id}:#1`],
    ['a slot in lower case', `${id}:appraise#1`],
    ['no number', `${id}:APPRAISE_DOSSIER#`],
    ['a number that is not one', `${id}:APPRAISE_DOSSIER#x`],
    ['something before', `x${id}:APPRAISE_DOSSIER#1`],
    ['something after', `${id}:APPRAISE_DOSSIER#1x`],
    ['a detail with a hash', `${id}:CAST_VOTE:m#1#1`],
  ])('claims no task id with %s', (_what, taskId) => {
    expect(nominationOfTask(taskId)).toBeUndefined();
  });

  it('reads a detail of more than one character and a number of more than one digit', () => {
    expect(nominationOfTask(`${id}:CAST_VOTE:m12#10`)).toBe(id);
    expect(nominationOfTask(`${id}:A:#1`)).toBe(id);
    expect(nominationOfTask('abcdef11-1111-4111-8111-111111111111:A#1')).toBe('abcdef11-1111-4111-8111-111111111111');
  });
});

describe('the claim gate of a task-completing command', () => {
  const task = (slot: string, claimedBy?: string) => ({
    taskId: `t-${slot}`,
    type: 'APPRAISE_DOSSIER' as const,
    slot,
    candidateGroup: 'office:HD',
    stage: 'COUNCIL_REVIEW' as const,
    priority: 3 as const,
    claimedBy,
  });
  const withTasks = (...tasks: ReturnType<typeof task>[]): NominationState => ({
    ...s,
    tasks: Object.fromEntries(tasks.map((t) => [t.taskId, t])),
  });

  it("looks only at the command's own task: another held task does not stop it", () => {
    const st = withTasks(task('ESCALATION:c:1', 'truong-ban'), task('APPRAISE_DOSSIER'));
    expect(claimGate(st, 'APPRAISE_DOSSIER', office)).toBeUndefined();
    expect(claimGate(withTasks(task('APPRAISE_DOSSIER', 'ban-2')), 'APPRAISE_DOSSIER', office)).toMatchObject({
      code: 'TASK_CLAIMED_BY_OTHER',
    });
    expect(claimGate(withTasks(task('APPRAISE_DOSSIER', 'ban')), 'APPRAISE_DOSSIER', office)).toBeUndefined();
  });

  it('lets the command through when the case has no such task', () => {
    expect(claimGate(withTasks(), 'APPRAISE_DOSSIER', office)).toBeUndefined();
  });
});
