import type { CampaignWindows } from '../campaigns/campaign-windows';
import type { CivilDate } from '../calendar/civil-date';
import type {
  CampaignState,
  ClusterState,
  ClusterYear,
  CouncilState,
  CouncilSeat,
  CouncilTerm,
  FieldChange,
  PersonSeat,
  UnitState,
} from './directory.types';

/** What every directory event carries for the audit: why, and each field's old → new value. */
export interface AuditData {
  reason: string;
  changes: FieldChange[];
}

export type UnitEvent =
  | { type: 'UnitRegistered'; data: AuditData & { unit: UnitState } }
  | { type: 'UnitChanged'; data: AuditData & { unitId: string; set: Partial<Pick<UnitState, ChangeableUnitField>> } }
  | { type: 'UnitMoved'; data: AuditData & { unitId: string; parentId: string; signingUnitId: string } }
  | { type: 'UnitMerged'; data: AuditData & { unitId: string; successorId: string; activeTo: CivilDate } }
  | { type: 'UnitClosed'; data: AuditData & { unitId: string; activeTo: CivilDate; successorId: string | null } };
export type ChangeableUnitField = 'name' | 'kind' | 'level' | 'signingUnitId';

export type CouncilEvent =
  | { type: 'CouncilRegistered'; data: AuditData & { council: Omit<CouncilState, 'terms' | 'seats'> } }
  | {
      type: 'CouncilChanged';
      data: AuditData & { councilId: string; set: Partial<Pick<CouncilState, 'name' | 'authorityName'>> };
    }
  | { type: 'CouncilTermOpened'; data: AuditData & { councilId: string; term: CouncilTerm; seats: CouncilSeat[] } }
  | {
      type: 'CouncilMembershipChanged';
      data: AuditData & {
        councilId: string;
        termId: string;
        on: CivilDate;
        /** Seats that end: their last day (the day before `on`). */
        left: { seatId: string; memberId: string; to: CivilDate }[];
        joined: CouncilSeat[];
      };
    };

export type CampaignEvent =
  | { type: 'CampaignLaunched'; data: AuditData & { campaign: CampaignState } }
  | {
      type: 'CampaignChanged';
      data: AuditData & {
        campaignId: string;
        set: Partial<
          Pick<CampaignState, 'name' | 'filingOpensOn' | 'filingClosesOn' | 'awards' | 'councilId'> &
            Pick<CampaignState, 'criteria'>
        > &
          Partial<CampaignWindows>;
      };
    }
  | { type: 'CampaignClosed'; data: AuditData & { campaignId: string } }
  | { type: 'CampaignReopened'; data: AuditData & { campaignId: string } };

export type ClusterEvent =
  | { type: 'ClusterRegistered'; data: AuditData & { cluster: Omit<ClusterState, 'years'> } }
  | {
      type: 'ClusterChanged';
      data: AuditData & { clusterId: string; set: Partial<Pick<ClusterState, 'name' | 'councilId'>> };
    }
  | { type: 'ClusterYearSet'; data: AuditData & { clusterId: string } & ClusterYear };

export type PersonEvent =
  | { type: 'PersonSeatGranted'; data: AuditData & { subject: string; name: string; seat: PersonSeat } }
  | { type: 'PersonSeatEnded'; data: AuditData & { subject: string; seatId: string; to: CivilDate } };

export type DirectoryEvent = UnitEvent | CouncilEvent | CampaignEvent | ClusterEvent | PersonEvent;
