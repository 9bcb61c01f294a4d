import type { Refusal } from '../refusal';
import { decideCampaign, evolveCampaign } from './campaign.decider';
import { decideCluster, evolveCluster } from './cluster.decider';
import { decideCouncil, evolveCouncil } from './council.decider';
import type {
  CampaignCommand,
  ClusterCommand,
  CouncilCommand,
  DirectoryCommand,
  PersonCommand,
  UnitCommand,
} from './directory.commands';
import type {
  CampaignEvent,
  ClusterEvent,
  CouncilEvent,
  DirectoryEvent,
  PersonEvent,
  UnitEvent,
} from './directory.events';
import type { DirectoryContext, FactsNeeded } from './directory.facts';
import { directoryStreamId, type DirectoryRecordKind } from './directory-streams';
import type { CampaignState, ClusterState, CouncilState, PersonState, UnitState } from './directory.types';
import { decidePerson, evolvePerson } from './person.decider';
import { decideUnit, evolveUnit } from './unit.decider';

export type DirectoryRecord = UnitState | CouncilState | CampaignState | ClusterState | PersonState;

const KIND_OF: Record<DirectoryCommand['type'], DirectoryRecordKind> = {
  RegisterUnit: 'unit',
  ChangeUnit: 'unit',
  MoveUnit: 'unit',
  MergeUnit: 'unit',
  CloseUnit: 'unit',
  RegisterCouncil: 'council',
  ChangeCouncil: 'council',
  OpenTerm: 'council',
  ChangeMembership: 'council',
  LaunchCampaign: 'campaign',
  ChangeCampaign: 'campaign',
  CloseCampaign: 'campaign',
  ReopenCampaign: 'campaign',
  RegisterCluster: 'cluster',
  ChangeCluster: 'cluster',
  SetClusterYear: 'cluster',
  GrantSeat: 'person',
  EndSeat: 'person',
};

/** The record a command is about: its kind, id and stream. */
export function directoryTarget(cmd: DirectoryCommand): { kind: DirectoryRecordKind; id: string; streamId: string } {
  const kind = KIND_OF[cmd.type];
  const id = {
    unit: () => (cmd as UnitCommand).unitId,
    council: () => (cmd as CouncilCommand).councilId,
    campaign: () => (cmd as CampaignCommand).campaignId,
    cluster: () => (cmd as ClusterCommand).clusterId,
    person: () => (cmd as PersonCommand).subject,
  }[kind]();
  return { kind, id, streamId: directoryStreamId(kind, id) };
}

/** The one decide of the directory: the record's own decider. */
export function decideDirectory(
  state: DirectoryRecord | null,
  cmd: DirectoryCommand,
  ctx: DirectoryContext,
): DirectoryEvent[] | Refusal {
  switch (KIND_OF[cmd.type]) {
    case 'unit':
      return decideUnit(state as UnitState | null, cmd as UnitCommand, ctx);
    case 'council':
      return decideCouncil(state as CouncilState | null, cmd as CouncilCommand, ctx);
    case 'campaign':
      return decideCampaign(state as CampaignState | null, cmd as CampaignCommand, ctx);
    case 'cluster':
      return decideCluster(state as ClusterState | null, cmd as ClusterCommand, ctx);
    case 'person':
      return decidePerson(state as PersonState | null, cmd as PersonCommand, ctx);
  }
}

/** The one evolve of the directory, by the kind of record the stream holds. */
export function evolveDirectory(
  kind: DirectoryRecordKind,
  state: DirectoryRecord | null,
  event: DirectoryEvent,
): DirectoryRecord | null {
  switch (kind) {
    case 'unit':
      return evolveUnit(state as UnitState | null, event as UnitEvent);
    case 'council':
      return evolveCouncil(state as CouncilState | null, event as CouncilEvent);
    case 'campaign':
      return evolveCampaign(state as CampaignState | null, event as CampaignEvent);
    case 'cluster':
      return evolveCluster(state as ClusterState | null, event as ClusterEvent);
    case 'person':
      return evolvePerson(state as PersonState | null, event as PersonEvent);
  }
}

const ids = (...values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** What the store reads, under the lock, before deciding this command. */
export function factsNeeded(cmd: DirectoryCommand, state: DirectoryRecord | null): FactsNeeded {
  const none: FactsNeeded = { units: [], councils: [] };
  switch (cmd.type) {
    case 'RegisterUnit':
      return { ...none, units: ids(cmd.parentId, cmd.signingUnitId, cmd.successorId) };
    case 'ChangeUnit':
      return { ...none, units: ids(cmd.unitId, (state as UnitState | null)?.parentId, cmd.signingUnitId) };
    case 'MoveUnit':
      return { ...none, units: ids(cmd.parentId, cmd.signingUnitId ?? (state as UnitState | null)?.signingUnitId) };
    case 'MergeUnit':
    case 'CloseUnit':
      return {
        ...none,
        units: ids(cmd.successorId),
        openCasesOf: cmd.unitId,
        activeChildrenOf: { unitId: cmd.unitId, after: cmd.activeTo },
      };
    case 'RegisterCouncil':
      return { ...none, units: [cmd.unitId] };
    case 'OpenTerm':
      return { ...none, units: ids(...cmd.members.map((m) => m.unitId)) };
    case 'ChangeMembership':
      return { ...none, units: ids(...cmd.join.map((m) => m.unitId)) };
    case 'LaunchCampaign':
      return { units: [cmd.unitId], councils: [cmd.councilId] };
    case 'ChangeCampaign':
      return { ...none, councils: ids(cmd.councilId ?? (state as CampaignState | null)?.councilId) };
    case 'RegisterCluster':
    case 'ChangeCluster':
      return { ...none, councils: ids(cmd.councilId) };
    case 'SetClusterYear': {
      const cluster = state as ClusterState | null;
      const units = ids(...cmd.members);
      return {
        ...none,
        units,
        ...(cluster
          ? { clusterYear: { kind: cluster.kind, year: cmd.year, excluding: cluster.clusterId, units } }
          : {}),
      };
    }
    case 'GrantSeat':
      return { units: ids(cmd.unitId), councils: ids(cmd.councilId) };
    default:
      return none;
  }
}
