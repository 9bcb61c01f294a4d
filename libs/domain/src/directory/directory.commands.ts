import type { CivilDate } from '../calendar/civil-date';
import type { AuthorityLevel } from '../organisation/levels';
import type { CampaignWindows } from '../campaigns/campaign-windows';
import type { CampaignKind, ClusterKind, CouncilSeatKind, GrantedRole, UnitKind } from './directory.types';
import type { ScoringCriterion } from '../cluster-scoring/criteria';

/** Every directory command says why (the audit's "why"); the actor travels beside it, in metadata. */
interface Why {
  reason: string;
}

export type UnitCommand = Why &
  (
    | {
        type: 'RegisterUnit';
        unitId: string;
        name: string;
        kind: UnitKind;
        level: AuthorityLevel;
        parentId: string | null;
        /** Defaults to the unit itself, or for a sub-unit to its parent's signing unit. */
        signingUnitId?: string;
        activeFrom: CivilDate;
        /** For history: a unit that already ceased (e.g. a district closed on 30/6/2025). */
        activeTo?: CivilDate;
        successorId?: string;
      }
    | {
        type: 'ChangeUnit';
        unitId: string;
        name?: string;
        kind?: UnitKind;
        level?: AuthorityLevel;
        signingUnitId?: string;
      }
    | { type: 'MoveUnit'; unitId: string; parentId: string; signingUnitId?: string }
    | { type: 'MergeUnit'; unitId: string; successorId: string; activeTo: CivilDate }
    | { type: 'CloseUnit'; unitId: string; activeTo: CivilDate; successorId?: string }
  );

export interface SeatInput {
  memberId: string;
  name: string;
  seat: CouncilSeatKind;
  unitId: string;
}

export type CouncilCommand = Why &
  (
    | {
        type: 'RegisterCouncil';
        councilId: string;
        name: string;
        unitId: string;
        /** Must be the unit's level when given. */
        level?: AuthorityLevel;
        authorityName: string;
      }
    | { type: 'ChangeCouncil'; councilId: string; name?: string; authorityName?: string }
    /** A new term with its members, seated from its first day. */
    | { type: 'OpenTerm'; councilId: string; termId: string; from: CivilDate; to: CivilDate; members: SeatInput[] }
    /** Dated changes within a term: leavers sit until the day before `on`, joiners from `on`. */
    | {
        type: 'ChangeMembership';
        councilId: string;
        termId: string;
        on: CivilDate;
        leave: string[];
        join: SeatInput[];
      }
  );

export type CampaignCommand = Why &
  (
    | ({
        type: 'LaunchCampaign';
        campaignId: string;
        name: string;
        unitId: string;
        kind: CampaignKind;
        year: number;
        filingOpensOn: CivilDate;
        filingClosesOn: CivilDate;
        awards: string[];
        councilId: string;
        // Cluster and bloc scoring's criteria (docs/cluster-scoring.md).
        criteria?: ScoringCriterion[];
      } & Partial<CampaignWindows>)
    | ({
        type: 'ChangeCampaign';
        campaignId: string;
        name?: string;
        filingOpensOn?: CivilDate;
        filingClosesOn?: CivilDate;
        awards?: string[];
        councilId?: string;
        // Cluster and bloc scoring's criteria, changed while the campaign is open.
        criteria?: ScoringCriterion[];
      } & Partial<CampaignWindows>)
    | { type: 'CloseCampaign'; campaignId: string }
    | { type: 'ReopenCampaign'; campaignId: string }
  );

export type ClusterCommand = Why &
  (
    | { type: 'RegisterCluster'; clusterId: string; name: string; kind: ClusterKind; councilId: string }
    | { type: 'ChangeCluster'; clusterId: string; name?: string; councilId?: string }
    /** The members and the leader of one year, replacing what that year had. */
    | { type: 'SetClusterYear'; clusterId: string; year: number; members: string[]; leaderId: string }
  );

export type PersonCommand = Why &
  (
    | {
        type: 'GrantSeat';
        subject: string;
        name?: string;
        role: GrantedRole;
        unitId?: string;
        councilId?: string;
        lead?: boolean;
        from: CivilDate;
        to?: CivilDate;
      }
    /** `to` is the seat's last day. */
    | { type: 'EndSeat'; subject: string; seatId: string; to: CivilDate }
  );

export type DirectoryCommand = UnitCommand | CouncilCommand | CampaignCommand | ClusterCommand | PersonCommand;
export type DirectoryCommandType = DirectoryCommand['type'];
