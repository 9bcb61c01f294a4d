import { Get } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { actorGroups, type Actor } from '@khen/domain';
import { CurrentActor } from '../auth/roles.decorator';
import { SignedIn } from '../http/signed-in';
import { DirectoryQuery } from './directory.query';

/** Organisation data for pages and clients: councils, units, campaigns, and who I am. */
@SignedIn('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryQuery) {}

  @Get('me')
  @ApiOperation({ summary: 'Người dùng hiện tại, vai trò, phạm vi và nhóm xử lý' })
  me(@CurrentActor() a: Actor) {
    return { ...a, groups: actorGroups(a) };
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
