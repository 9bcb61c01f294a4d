import {
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import {
  BARE_STAGE_ATTRIBUTE,
  BARE_UPDATES,
  type BareAccepted,
  type BareActivities,
  type BareStartInput,
  type BareStatus,
  type BareUpdate,
  bareStatusQuery,
  bareUpdates,
} from './bare.contract';

const { noop } = proxyActivities<BareActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/** Far enough never to fire during a run: stands for the SLA timer the real workflow keeps. */
const SLA_TIMER_MS = 10 * 24 * 3600_000;

/**
 * The nomination's shape without its work: 2 activities at start, 8 Updates (submit, appraisal,
 * 4 votes, ballot close, decision) with 2/3/1/1/1/1/2/2 activities, an SLA timer re-armed after
 * every change, a disclosure timer that fires and runs one activity, 5 search-attribute upserts.
 */
export async function bareNominationWorkflow(input: BareStartInput): Promise<BareAccepted> {
  let status: BareStatus = 'DRAFT';
  // Read through a function: handlers change it between awaits, which TypeScript's narrowing cannot see.
  const now = (): BareStatus => status;
  let version = 0;
  let busy = true;
  let disclosureEndsAt = 0;
  const stage = (value: string) => upsertSearchAttributes([{ key: BARE_STAGE_ATTRIBUTE, value }]);

  /** Runs the no-op activities; the version moves after each append, as the real stream's does. */
  const work = async (step: string, activities: number, appends = 1) => {
    for (let i = 0; i < activities; i++) {
      await noop({ step: `${step}#${i}` });
      if (i >= activities - appends) version++;
    }
  };

  for (const [name, spec] of Object.entries(BARE_UPDATES) as [BareUpdate, (typeof BARE_UPDATES)[BareUpdate]][]) {
    setHandler(
      bareUpdates[name],
      async ({ payload }): Promise<BareAccepted> => {
        await condition(() => (busy ? false : (busy = true)));
        try {
          await work(name, spec.activities, 'appends' in spec ? spec.appends : 1);
          status = spec.to;
          if (name === 'SubmitDossier' || name === 'CloseBallot' || name === 'IssueDecision') stage(status);
          if (name === 'CloseBallot') disclosureEndsAt = Date.now() + input.disclosureMs;
          void payload;
          return { version, status };
        } finally {
          busy = false;
        }
      },
      {
        validator: (_req: { payload: unknown }) => {
          if (!busy && status !== spec.from) throw new Error(`${name} refused in ${status}`);
        },
      },
    );
  }
  setHandler(bareStatusQuery, () => status);

  await work('start', 2);
  stage('DRAFT');
  busy = false;

  while (now() !== 'CLOSED') {
    const seen = version;
    const moved = () => version !== seen || now() === 'CLOSED';
    if (now() === 'DRAFT') {
      await condition(moved);
      continue;
    }
    const due = now() === 'DISCLOSURE_OPEN' ? Math.max(1, disclosureEndsAt - Date.now()) : SLA_TIMER_MS;
    const woke = await condition(moved, due);
    if (!woke && now() === 'DISCLOSURE_OPEN') {
      await condition(() => (busy ? false : (busy = true)));
      await work('CloseDisclosure', 1);
      status = 'AWAITING_DECISION';
      stage(status);
      busy = false;
    }
  }
  await condition(allHandlersFinished);
  return { version, status };
}
