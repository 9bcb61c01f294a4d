import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@khen/domain';
import { EventStore } from '@khen/eventstore';
import { inlineProjections } from '@khen/projections';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-directory';
import type { TestStack } from './test-stack';

const DAY = 86_400_000;

/**
 * FIXTURE, not the workflow: a case whose COUNCIL_REVIEW deadline passed two weeks ago. A real breach
 * needs working days to pass, so its events are appended straight to the event store with past
 * timestamps (recorded_at and the clock's dates), and the store's append folds them into every inline
 * projection as usual. No Temporal workflow runs for this case: it is for read-only pages (SLA board).
 * `frozenRulesFrom` is a real case whose DossierSubmitted carries the rules to freeze.
 */
export async function seedBreachedCase(
  stack: TestStack,
  frozenRulesFrom: string,
  nomineeName: string,
  state: 'BREACHED' | 'WARNED' = 'BREACHED',
): Promise<string> {
  const id = randomUUID();
  const [{ data }] = await stack.db.query(
    `SELECT data FROM events WHERE stream_id = $1 AND type = 'DossierSubmitted'`,
    [nominationStreamId(frozenRulesFrom)],
  );
  const rules = data.rules;
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY).toISOString();
  // WARNED: past the warning share of the budget, its deadline still ahead (no breach, no escalation).
  const warned = state === 'WARNED';
  const clockId = 'COUNCIL_REVIEW-2';
  const escalationTask = `${id}:ESCALATION:${clockId}:1#1`;
  const stage = 'COUNCIL_REVIEW';
  const BREACH_EVENTS = (): { type: string; data: unknown; at: string }[] => [
    { at: ago(15), type: 'SlaBreached', data: { clockId, stage, at: ago(15), deadline: ago(15), window: 1 } },
    {
      at: ago(15),
      type: 'EscalationRaised',
      data: { clockId, stage, level: 'OFFICE_LEAD', window: 1, taskId: escalationTask },
    },
    {
      at: ago(15),
      type: 'TaskOpened',
      data: {
        taskId: escalationTask,
        taskType: 'ESCALATION',
        slot: `ESCALATION:${clockId}:1`,
        candidateGroup: 'office-lead:HD-TP',
        priority: 1,
        stage,
      },
    },
  ];
  const events: { type: string; data: unknown; at: string }[] = [
    {
      at: ago(31),
      type: 'NominationDrafted',
      data: {
        nominationId: id,
        awardCode: 'BK_TINH',
        kind: 'CONG_TRANG',
        unitId: 'SO-GD',
        campaignId: 'TONG-KET-2026',
        year: 2026,
        nominee: {
          key: `SO-GD:${nomineeName.toLocaleLowerCase('vi')}`,
          name: nomineeName,
          subject: 'INDIVIDUAL',
          unitId: 'SO-GD',
          position: 'Giáo viên',
        },
        council: { councilId: 'HD-TP', level: 'PROVINCE', authorityId: 'UBND-TP' },
        achievements: {},
        ruleSetId: rules.ruleSetId,
      },
    },
    { at: ago(30), type: 'DossierSubmitted', data: { documents: DEMO_DOCUMENTS, receivedAt: ago(30), rules } },
    {
      at: ago(30),
      type: 'SlaClockStarted',
      data: {
        clockId,
        stage,
        startedOn: ago(30).slice(0, 10),
        budgetWorkingDays: 10,
        warningAt: warned ? ago(1) : ago(19),
        deadline: warned ? ago(-5) : ago(15),
      },
    },
    {
      at: ago(30),
      type: 'TaskOpened',
      data: {
        taskId: `${id}:APPRAISE_DOSSIER#1`,
        taskType: 'APPRAISE_DOSSIER',
        slot: 'APPRAISE_DOSSIER',
        candidateGroup: 'office:HD-TP',
        priority: 3,
        stage,
        dueAt: warned ? ago(-5) : ago(15),
      },
    },
    warned
      ? { at: ago(1), type: 'SlaWarning', data: { clockId, stage, at: ago(1), deadline: ago(-5) } }
      : { at: ago(19), type: 'SlaWarning', data: { clockId, stage, at: ago(19), deadline: ago(15) } },
  ];
  if (!warned) events.push(...BREACH_EVENTS());
  let version = 0;
  for (const e of events) {
    // One append per event so that each is recorded at its own past instant.
    const store = new EventStore(stack.db, inlineProjections(), () => new Date(e.at));
    const metadata =
      e.type.startsWith('Sla') || e.type === 'EscalationRaised' || e.type === 'TaskOpened'
        ? { actorId: 'system', actorRole: 'SYSTEM', workflowId: nominationStreamId(id), fixture: true }
        : {
            actorId: 'cb-so-gd',
            actorRole: 'UNIT_OFFICER',
            actorName: 'Trần Văn Minh',
            actorUnitId: 'SO-GD',
            workflowId: nominationStreamId(id),
            fixture: true,
          };
    const result = await store.append(nominationStreamId(id), version, [
      { eventId: randomUUID(), type: e.type, data: e.data, metadata },
    ]);
    version = result.nextExpectedVersion;
  }
  return id;
}
