/**
 * The events a case leaves in its stream, in order, for the paths the e2e tests and the fault
 * drills walk (no SLA warning or breach falls due within them). One source for both, so that a
 * change of the workflow's shape is made once.
 */
const SUBMITTED = ['NominationDrafted', 'DossierSubmitted', 'SlaClockStarted', 'TaskOpened'];
const VOTED = [
  ...SUBMITTED,
  'AppraisalCompleted',
  'TaskClosed',
  'ReviewOpened',
  // One voting task per seated member who may vote: HD-TP seats five, the filer's own unit's member is recused.
  'TaskOpened',
  'TaskOpened',
  'TaskOpened',
  'TaskOpened',
  'VoteCast',
  'TaskClosed',
  'VoteCast',
  'TaskClosed',
  'VoteCast',
  'TaskClosed',
  'VoteCast',
  'TaskClosed',
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
