/**
 * The events a case leaves in its stream, in order, for the paths the e2e tests and the fault
 * drills walk (no SLA warning or breach falls due within them). One source for both, so that a
 * change of the workflow's shape is made once.
 */
const SUBMITTED = ['NominationDrafted', 'DossierSubmitted', 'SlaClockStarted', 'TaskOpened'];
/** One voting task per seated member who may vote: HD-TP seats five, the filer's own unit's member is recused. */
export const VOTE_TASKS_OPENED = Array<string>(4).fill('TaskOpened');
/** `n` votes, each closing its member's task. */
export const votesCast = (n: number) => Array.from({ length: n }, () => ['VoteCast', 'TaskClosed']).flat();
const VOTED = [
  ...SUBMITTED,
  'AppraisalCompleted',
  'TaskClosed',
  'ReviewOpened',
  ...VOTE_TASKS_OPENED,
  ...votesCast(4),
  'ReviewClosed',
];

export const EVENT_SEQUENCES = {
  /** Four approvals (every member who may vote), disclosure, the authority's decision. */
  AWARDED: [
    ...VOTED,
    'DisclosureOpened',
    'SlaClockStopped',
    'DisclosureClosed',
    'SlaClockStarted',
    'TaskOpened',
    'DecisionIssued',
    'SlaClockStopped',
    'TaskClosed',
  ],
  /** The ballot falls short of its threshold. */
  REJECTED: [...VOTED, 'NominationRejected', 'SlaClockStopped'],
  /** The unit withdraws after submitting. */
  WITHDRAWN: [...SUBMITTED, 'NominationWithdrawn', 'SlaClockStopped', 'TaskClosed'],
} as const satisfies Record<string, readonly string[]>;
