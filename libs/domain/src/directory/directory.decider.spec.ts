import type { DirectoryCommand } from './directory.commands';
import { directoryTarget, factsNeeded, type DirectoryRecord } from './directory.decider';
import type { FactsNeeded } from './directory.facts';
import type { ClusterState, UnitState } from './directory.types';
import { members, WHY } from './testing/fixtures';

const cmd = (c: Record<string, unknown>) => ({ reason: WHY, ...c }) as unknown as DirectoryCommand;
const none: FactsNeeded = { units: [], councils: [] };
const school = { unitId: 'TH-1', parentId: 'SO-GD', signingUnitId: 'SO-GD' } as UnitState;
const cluster = { clusterId: 'CUM-1', kind: 'BLOC', years: [] } as unknown as ClusterState;

describe('the record a directory command is about', () => {
  it.each<[DirectoryCommand, string, string]>([
    [cmd({ type: 'CloseUnit', unitId: 'SO-GD' }), 'unit', 'unit-SO-GD'],
    [cmd({ type: 'OpenTerm', councilId: 'HD-TP' }), 'council', 'council-HD-TP'],
    [cmd({ type: 'ReopenCampaign', campaignId: 'TK-2026' }), 'campaign', 'campaign-TK-2026'],
    [cmd({ type: 'SetClusterYear', clusterId: 'CUM-1' }), 'cluster', 'cluster-CUM-1'],
    [cmd({ type: 'EndSeat', subject: 'cb-1' }), 'person', 'person-cb-1'],
  ])('%o is the %s record of stream %s', (command, kind, streamId) => {
    expect(directoryTarget(command)).toEqual({ kind, id: streamId.slice(kind.length + 1), streamId });
  });
});

describe('what the store reads before deciding a directory command', () => {
  it.each<[string, DirectoryCommand, DirectoryRecord | null, FactsNeeded]>([
    [
      'a registration: parent, signing unit and successor, once each',
      cmd({ type: 'RegisterUnit', unitId: 'TH-1', parentId: 'SO-GD', signingUnitId: 'SO-GD', successorId: 'SO-YT' }),
      null,
      { ...none, units: ['SO-GD', 'SO-YT'] },
    ],
    ['a root registration: nothing', cmd({ type: 'RegisterUnit', unitId: 'TP', parentId: null }), null, none],
    [
      'a change: the unit, its parent on record, the new signing unit',
      cmd({ type: 'ChangeUnit', unitId: 'TH-1', signingUnitId: 'UBND-TP' }),
      school,
      { ...none, units: ['TH-1', 'SO-GD', 'UBND-TP'] },
    ],
    [
      'a change of no unit: the unit only',
      cmd({ type: 'ChangeUnit', unitId: 'TH-1' }),
      null,
      { ...none, units: ['TH-1'] },
    ],
    [
      'a move: the new parent and the signing unit given',
      cmd({ type: 'MoveUnit', unitId: 'TH-1', parentId: 'SO-YT', signingUnitId: 'UBND-TP' }),
      school,
      { ...none, units: ['SO-YT', 'UBND-TP'] },
    ],
    [
      'a move: else the signing unit on record',
      cmd({ type: 'MoveUnit', unitId: 'TH-1', parentId: 'SO-YT' }),
      school,
      { ...none, units: ['SO-YT', 'SO-GD'] },
    ],
    [
      'a move of no unit: the new parent',
      cmd({ type: 'MoveUnit', unitId: 'TH-1', parentId: 'SO-YT' }),
      null,
      { ...none, units: ['SO-YT'] },
    ],
    [
      'a merge: the successor, open cases and sub-units active after the end',
      cmd({ type: 'MergeUnit', unitId: 'TH-1', successorId: 'SO-YT', activeTo: '2026-06-30' }),
      school,
      { ...none, units: ['SO-YT'], openCasesOf: 'TH-1', activeChildrenOf: { unitId: 'TH-1', after: '2026-06-30' } },
    ],
    [
      'a closing without successor',
      cmd({ type: 'CloseUnit', unitId: 'TH-1', activeTo: '2026-06-30' }),
      school,
      { ...none, openCasesOf: 'TH-1', activeChildrenOf: { unitId: 'TH-1', after: '2026-06-30' } },
    ],
    [
      'a council: its unit',
      cmd({ type: 'RegisterCouncil', councilId: 'HD', unitId: 'UBND-TP' }),
      null,
      { ...none, units: ['UBND-TP'] },
    ],
    [
      "a term: its members' units, once each",
      cmd({ type: 'OpenTerm', councilId: 'HD', members: members(5) }),
      null,
      { ...none, units: ['SO-GD', 'SO-YT', 'UBND-TP'] },
    ],
    [
      "a membership change: the newcomers' units",
      cmd({ type: 'ChangeMembership', councilId: 'HD', join: members(2, ['SO-YT']), leave: ['tv-1'] }),
      null,
      { ...none, units: ['SO-YT'] },
    ],
    [
      'a launch: its unit and council',
      cmd({ type: 'LaunchCampaign', campaignId: 'TK', unitId: 'SO-GD', councilId: 'HD-SO-GD' }),
      null,
      { units: ['SO-GD'], councils: ['HD-SO-GD'] },
    ],
    [
      'a campaign change: the new council',
      cmd({ type: 'ChangeCampaign', campaignId: 'TK', councilId: 'HD-2' }),
      { councilId: 'HD-1' } as DirectoryRecord,
      { ...none, councils: ['HD-2'] },
    ],
    [
      'a campaign change: else its council on record',
      cmd({ type: 'ChangeCampaign', campaignId: 'TK' }),
      { councilId: 'HD-1' } as DirectoryRecord,
      { ...none, councils: ['HD-1'] },
    ],
    [
      'a cluster: its council',
      cmd({ type: 'RegisterCluster', clusterId: 'C', councilId: 'HD' }),
      null,
      { ...none, councils: ['HD'] },
    ],
    [
      'a cluster change: its new council',
      cmd({ type: 'ChangeCluster', clusterId: 'C', councilId: 'HD' }),
      null,
      { ...none, councils: ['HD'] },
    ],
    [
      "a cluster's year: its members, and their places in other clusters of its kind that year",
      cmd({ type: 'SetClusterYear', clusterId: 'CUM-1', year: 2026, members: ['SO-GD', 'SO-YT', 'SO-GD'] }),
      cluster,
      {
        ...none,
        units: ['SO-GD', 'SO-YT'],
        clusterYear: { kind: 'BLOC', year: 2026, excluding: 'CUM-1', units: ['SO-GD', 'SO-YT'] },
      },
    ],
    [
      'the year of a cluster not registered: its members only',
      cmd({ type: 'SetClusterYear', clusterId: 'CUM-1', year: 2026, members: ['SO-GD'] }),
      null,
      { ...none, units: ['SO-GD'] },
    ],
    [
      'a seat: its unit and council',
      cmd({ type: 'GrantSeat', subject: 's', unitId: 'SO-GD', councilId: 'HD-TP' }),
      null,
      { units: ['SO-GD'], councils: ['HD-TP'] },
    ],
    ['an administrator’s seat: nothing', cmd({ type: 'GrantSeat', subject: 's' }), null, none],
    ['the end of a seat: nothing', cmd({ type: 'EndSeat', subject: 's', seatId: 'x' }), null, none],
    ['closing a campaign: nothing', cmd({ type: 'CloseCampaign', campaignId: 'TK' }), null, none],
  ])('%s', (_what, command, state, needed) => {
    expect(factsNeeded(command, state)).toEqual(needed);
  });
});
