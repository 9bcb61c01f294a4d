import type { AuthorityLevel, CouncilSeatKind, DirectoryCommand, UnitKind } from '@khen/domain';
import type { ChangeMembershipDto, ChangeUnitDto, RegisterUnitDto, SeatDto } from './directory-admin.dto';

/** A term's seats as the decider takes them (the form's seat names checked by the DTO). */
export const seats = (members: SeatDto[] | undefined) =>
  (members ?? []).map((m) => ({ ...m, seat: m.seat as CouncilSeatKind }));

/** The directory commands whose forms need more than their fields spread: read once, here. */
export const directoryCommand = {
  registerUnit: (b: RegisterUnitDto): DirectoryCommand => ({
    type: 'RegisterUnit',
    ...b,
    parentId: b.parentId ?? null,
    kind: b.kind as UnitKind,
    level: b.level as AuthorityLevel,
  }),
  changeUnit: (unitId: string, b: ChangeUnitDto): DirectoryCommand => ({
    type: 'ChangeUnit',
    unitId,
    ...b,
    kind: b.kind as UnitKind | undefined,
    level: b.level as AuthorityLevel | undefined,
  }),
  changeMembership: (councilId: string, termId: string, b: ChangeMembershipDto): DirectoryCommand => ({
    type: 'ChangeMembership',
    councilId,
    termId,
    on: b.on,
    leave: b.leave ?? [],
    join: seats(b.join),
    reason: b.reason,
  }),
};
