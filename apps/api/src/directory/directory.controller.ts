import { Get } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { actorGroups, type Actor } from '@khen/domain';
import { seatKey } from '../auth/acting-as';
import { CurrentActor, CurrentSeats } from '../auth/roles.decorator';
import { SignedIn } from '../http/signed-in';
import { DirectoryQuery } from './directory.query';

/** Organisation data for pages and clients: councils, units, campaigns, and who I am. */
@SignedIn('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryQuery) {}

  @Get('me')
  @ApiOperation({
    summary: 'Người dùng hiện tại, vai trò đang đảm nhận, phạm vi, nhóm xử lý và mọi vai trò đang giữ',
    description:
      'The seat acted as (X-Khen-Acting-As: ROLE or ROLE:SCOPE, else the token’s first role) spread at the top, ' +
      'its key in actingAs, and every seat held today (token and directory) in seats, each with the key to send.',
  })
  me(@CurrentActor() a: Actor, @CurrentSeats() seats: Actor[]) {
    return {
      ...a,
      groups: actorGroups(a),
      actingAs: seatKey(a),
      seats: seats.map((s) => ({
        key: seatKey(s),
        role: s.role,
        unitId: s.unitId,
        councilId: s.councilId,
        authorityId: s.authorityId,
        level: s.level,
        lead: s.lead === true,
      })),
    };
  }

  @Get('directory/councils')
  councils() {
    return this.directory.councils();
  }

  @Get('directory/units')
  units() {
    return this.directory.units();
  }

  @Get('directory/campaigns')
  campaigns() {
    return this.directory.campaigns();
  }
}
