import type { Actor } from '../nomination/nomination.commands';
import { actorGroups, mayWork, seesAllTasks } from './groups';
import { groups } from './task-types';

const actor = (role: Actor['role'], over: Partial<Actor> = {}): Actor => ({ userId: 'u', role, ...over });

describe('candidate groups: who works which tasks', () => {
  it('gives a unit officer the group of their unit, and nothing without a unit', () => {
    expect(actorGroups(actor('UNIT_OFFICER', { unitId: 'SO-GD' }))).toEqual(['unit:SO-GD']);
    expect(actorGroups(actor('UNIT_OFFICER'))).toEqual([]);
  });

  it("gives the office its council's group, and the head of the office the office-lead group too", () => {
    expect(actorGroups(actor('TDKT_OFFICE', { councilId: 'HD' }))).toEqual(['office:HD']);
    expect(actorGroups(actor('TDKT_OFFICE', { councilId: 'HD', lead: true }))).toEqual(['office:HD', 'office-lead:HD']);
    expect(actorGroups(actor('TDKT_OFFICE', { lead: true }))).toEqual([]);
  });

  it("gives a council member the council's group, and the chair the council-chair group too", () => {
    expect(actorGroups(actor('COUNCIL_MEMBER', { councilId: 'HD' }))).toEqual(['council:HD']);
    expect(actorGroups(actor('COUNCIL_MEMBER', { councilId: 'HD', lead: true }))).toEqual([
      'council:HD',
      'council-chair:HD',
    ]);
    expect(actorGroups(actor('COUNCIL_MEMBER', { lead: true }))).toEqual([]);
  });

  it('gives an authority the group of the body that signs, and nothing without one', () => {
    expect(actorGroups(actor('AUTHORITY', { authorityId: 'UBND' }))).toEqual(['authority:UBND']);
    expect(actorGroups(actor('AUTHORITY'))).toEqual([]);
  });

  it.each(['ADMIN', 'SLA_MONITOR', 'PUBLIC', 'SYSTEM'] as const)('gives %s no candidate group', (role) => {
    expect(actorGroups(actor(role, { unitId: 'A', councilId: 'HD', authorityId: 'UBND', lead: true }))).toEqual([]);
  });

  it('lets administrators and SLA monitors see every task, and nobody else', () => {
    expect(seesAllTasks(actor('ADMIN'))).toBe(true);
    expect(seesAllTasks(actor('SLA_MONITOR'))).toBe(true);
    for (const role of ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'PUBLIC', 'SYSTEM'] as const)
      expect(seesAllTasks(actor(role, { lead: true }))).toBe(false);
  });

  it('lets the assignee work an assigned task, and only them; otherwise a member of its group', () => {
    const ban = actor('TDKT_OFFICE', { userId: 'ban', councilId: 'HD' });
    expect(mayWork(ban, { candidateGroup: 'office:HD' })).toBe(true);
    expect(mayWork(ban, { candidateGroup: 'office:HX' })).toBe(false);
    expect(mayWork(ban, { candidateGroup: 'office:HD', assignee: 'ban' })).toBe(true);
    expect(mayWork(ban, { candidateGroup: 'office:HD', assignee: 'ban-2' })).toBe(false);
    expect(mayWork(ban, { candidateGroup: 'council:HD', assignee: 'ban' })).toBe(true);
  });
});

describe('candidate group names', () => {
  it('names each group by its kind and id', () => {
    expect(groups.unit('A')).toBe('unit:A');
    expect(groups.office('HD')).toBe('office:HD');
    expect(groups.council('HD')).toBe('council:HD');
    expect(groups.authority('UBND')).toBe('authority:UBND');
  });

  it('sends each escalation level to its own group', () => {
    expect(groups.escalation('OFFICE_LEAD', 'HD', 'UBND')).toBe('office-lead:HD');
    expect(groups.escalation('COUNCIL_CHAIR', 'HD', 'UBND')).toBe('council-chair:HD');
    expect(groups.escalation('AUTHORITY', 'HD', 'UBND')).toBe('authority:UBND');
  });
});
