import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { actorGroups, type Actor } from '@khen/domain';
import { CurrentActor } from '../auth/roles.decorator';

/** Organisation data for pages and clients: councils, units, campaigns, and who I am. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(private readonly db: DataSource) {}

  @Get('me')
  @ApiOperation({ summary: 'Người dùng hiện tại, vai trò, phạm vi và nhóm xử lý' })
  me(@CurrentActor() a: Actor) {
    return { ...a, groups: actorGroups(a) };
  }

  @Get('directory/councils')
  councils() {
    return this.db.query(
      `SELECT council_id AS "councilId", name, level, authority_id AS "authorityId", authority_name AS "authorityName", members FROM councils ORDER BY council_id`,
    );
  }

  @Get('directory/units')
  units() {
    return this.db.query(
      `SELECT unit_id AS "unitId", name, parent_id AS "parentId", level FROM units ORDER BY unit_id`,
    );
  }

  @Get('directory/campaigns')
  campaigns() {
    return this.db.query(
      `SELECT campaign_id AS "campaignId", name, year, kind FROM campaigns ORDER BY year DESC, campaign_id`,
    );
  }
}
