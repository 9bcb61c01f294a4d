import {
  applyDecorators,
  Body,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import type { DirectoryImportFile } from '@khen/projections';
import {
  type AuthorityLevel,
  type CampaignKind,
  type ClusterKind,
  type DirectoryCommand,
  type GrantedRole,
  toCivilDate,
} from '@khen/domain';
import { Roles } from '../auth/roles.decorator';
import { Caller, CaseHttpInterceptor } from '../http/case-http';
import { Answers, AnswersAs, ContentChecked, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { BoundedIntPipe } from '../problem/edge-validation';
import { directoryCommand, seats } from './directory-admin.commands';
import {
  AuditQueryDto,
  ChangeCampaignDto,
  ChangeClusterDto,
  ChangeCouncilDto,
  ChangeMembershipDto,
  ChangeUnitDto,
  CloseUnitDto,
  ClusterYearDto,
  EndSeatDto,
  GrantSeatDto,
  ImportDirectoryDto,
  LaunchCampaignDto,
  MembersOnQueryDto,
  MergeUnitDto,
  MoveUnitDto,
  OpenTermDto,
  ReasonDto,
  RegisterClusterDto,
  RegisterCouncilDto,
  RegisterUnitDto,
} from './directory-admin.dto';
import { auditFilter, DirectoryAdmin } from './directory-admin.service';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Phiên bản bản ghi (ETag) đã đọc, ví dụ "3"; 412 nếu đã có người thay đổi',
  // As parseIfMatch takes it: "3", W/"3", 3, or * (any version).
  schema: { type: 'string', pattern: '^\\s*(\\*|(W/)?"?[0-9]{1,9}"?)?\\s*$' },
};

/** A change of the directory: ADMIN only, If-Match honoured, the record with its new ETag answered. */
const Change = (method: 'post' | 'patch' | 'put', path: string, summary: string, status = 200) =>
  applyDecorators(
    { post: Post, patch: Patch, put: Put }[method](path),
    HttpCode(status),
    Roles('ADMIN'),
    ApiOperation({ summary }),
    ApiHeader(IF_MATCH),
    Answers(status, RECORD, 'Bản ghi sau thay đổi, với phiên bản mới (ETag)'),
    Refuses(404, 409, 412, 422),
    UseInterceptors(CaseHttpInterceptor),
  );
const Read = (path: string, summary: string) =>
  applyDecorators(
    Get(path),
    ApiOperation({ summary }),
    Answers(200, RECORD, 'Bản ghi và phiên bản (ETag)'),
    Refuses(404),
    UseInterceptors(CaseHttpInterceptor),
  );
/** A directory record as answered (its fields depend on its kind). */
const RECORD = { type: 'object' };
const LIST = { type: 'array', items: { type: 'object' } };
/** A page of units: the items, and where the next page starts when there is one. */
const UNIT_PAGE = { type: 'object', required: ['items'], properties: { items: LIST, next: { type: 'object' } } };

/**
 * The directory administered through the API (docs/architecture.md, "Directory"): units, councils with
 * their terms and members, campaigns and clusters. Every change is audited (who, when, why, old → new).
 */
@SignedIn('directory', 'directory')
export class DirectoryAdminController {
  constructor(private readonly admin: DirectoryAdmin) {}

  private run(command: DirectoryCommand, caller: Caller) {
    return this.admin.execute(command, caller);
  }

  // Units

  @Change('post', 'units', 'Tạo đơn vị trong cây tổ chức', 201)
  registerUnit(@Body() b: RegisterUnitDto, @Caller() c: Caller) {
    return this.run(directoryCommand.registerUnit(b), c);
  }

  @Read('units/:unitId', 'Một đơn vị, đường dẫn từ gốc và phiên bản (ETag)')
  unit(@Param('unitId') unitId: string) {
    return this.admin.unit(unitId);
  }

  @Get('units/:unitId/children')
  @ApiOperation({ summary: 'Các đơn vị trực thuộc (cây tải dần), theo tên' })
  @Answers(200, UNIT_PAGE, 'Các đơn vị trực thuộc')
  @Refuses(404)
  children(@Param('unitId') unitId: string) {
    return this.admin.queries().children(unitId, { limit: 500 });
  }

  @Change('patch', 'units/:unitId', 'Đổi tên, loại, cấp hoặc đơn vị ký của đơn vị')
  changeUnit(@Param('unitId') unitId: string, @Body() b: ChangeUnitDto, @Caller() c: Caller) {
    return this.run(directoryCommand.changeUnit(unitId, b), c);
  }

  @Change('post', 'units/:unitId/move', 'Chuyển đơn vị sang đơn vị cấp trên khác')
  moveUnit(@Param('unitId') unitId: string, @Body() b: MoveUnitDto, @Caller() c: Caller) {
    return this.run({ type: 'MoveUnit', unitId, ...b }, c);
  }

  @Change('post', 'units/:unitId/merge', 'Sáp nhập đơn vị vào đơn vị khác (kế thừa hồ sơ đang xử lý)')
  mergeUnit(@Param('unitId') unitId: string, @Body() b: MergeUnitDto, @Caller() c: Caller) {
    return this.run({ type: 'MergeUnit', unitId, ...b }, c);
  }

  @Change('post', 'units/:unitId/close', 'Ngừng hoạt động đơn vị (hồ sơ đang xử lý cần đơn vị kế thừa)')
  closeUnit(@Param('unitId') unitId: string, @Body() b: CloseUnitDto, @Caller() c: Caller) {
    return this.run({ type: 'CloseUnit', unitId, ...b }, c);
  }

  // Councils

  @Change('post', 'councils', 'Tạo Hội đồng Thi đua – Khen thưởng của một đơn vị', 201)
  registerCouncil(@Body() b: RegisterCouncilDto, @Caller() c: Caller) {
    return this.run({ type: 'RegisterCouncil', ...b, level: b.level as AuthorityLevel | undefined }, c);
  }

  @Read('councils/:councilId', 'Một Hội đồng: nhiệm kỳ, thành viên theo thời gian, phiên bản (ETag)')
  council(@Param('councilId') councilId: string) {
    return this.admin.record('council', councilId);
  }

  @Get('councils/:councilId/members')
  @ApiOperation({ summary: 'Thành viên Hội đồng vào một ngày (?on=yyyy-MM-dd, mặc định hôm nay)' })
  @Answers(200, RECORD, 'Thành viên vào ngày đó')
  @Refuses(404)
  members(@Param('councilId') councilId: string, @Query() q: MembersOnQueryDto) {
    return this.admin.membersOn(councilId, q.on);
  }

  @Change('patch', 'councils/:councilId', 'Đổi tên Hội đồng hoặc cấp có thẩm quyền')
  changeCouncil(@Param('councilId') councilId: string, @Body() b: ChangeCouncilDto, @Caller() c: Caller) {
    return this.run({ type: 'ChangeCouncil', councilId, ...b }, c);
  }

  @Change('post', 'councils/:councilId/terms', 'Mở nhiệm kỳ mới với thành viên từ ngày đầu nhiệm kỳ', 201)
  openTerm(@Param('councilId') councilId: string, @Body() b: OpenTermDto, @Caller() c: Caller) {
    return this.run({ type: 'OpenTerm', councilId, ...b, members: seats(b.members) }, c);
  }

  @Change('post', 'councils/:councilId/terms/:termId/membership', 'Thay đổi thành viên trong nhiệm kỳ, từ một ngày')
  changeMembership(
    @Param('councilId') councilId: string,
    @Param('termId') termId: string,
    @Body() b: ChangeMembershipDto,
    @Caller() c: Caller,
  ) {
    return this.run(directoryCommand.changeMembership(councilId, termId, b), c);
  }

  // Campaigns

  @Change('post', 'campaigns', 'Phát động đợt thi đua (cấp phát động khen thưởng trong thẩm quyền)', 201)
  launchCampaign(@Body() b: LaunchCampaignDto, @Caller() c: Caller) {
    return this.run({ type: 'LaunchCampaign', ...b, kind: b.kind as CampaignKind }, c);
  }

  @Read('campaigns/:campaignId', 'Một đợt thi đua và phiên bản (ETag)')
  campaign(@Param('campaignId') campaignId: string) {
    return this.admin.record('campaign', campaignId);
  }

  @Change('patch', 'campaigns/:campaignId', 'Sửa tên, thời hạn nhận hồ sơ, hình thức khen thưởng của đợt')
  changeCampaign(@Param('campaignId') campaignId: string, @Body() b: ChangeCampaignDto, @Caller() c: Caller) {
    return this.run({ type: 'ChangeCampaign', campaignId, ...b }, c);
  }

  @Change('post', 'campaigns/:campaignId/close', 'Dừng nhận hồ sơ của đợt thi đua')
  closeCampaign(@Param('campaignId') campaignId: string, @Body() b: ReasonDto, @Caller() c: Caller) {
    return this.run({ type: 'CloseCampaign', campaignId, reason: b.reason }, c);
  }

  @Change('post', 'campaigns/:campaignId/reopen', 'Mở lại việc nhận hồ sơ của đợt thi đua')
  reopenCampaign(@Param('campaignId') campaignId: string, @Body() b: ReasonDto, @Caller() c: Caller) {
    return this.run({ type: 'ReopenCampaign', campaignId, reason: b.reason }, c);
  }

  // Clusters and blocs

  @Get('clusters')
  @ApiOperation({ summary: 'Các cụm, khối thi đua' })
  @Answers(200, LIST, 'Các cụm, khối thi đua')
  clusters() {
    return this.admin.clusters();
  }

  @Change('post', 'clusters', 'Tạo cụm hoặc khối thi đua', 201)
  registerCluster(@Body() b: RegisterClusterDto, @Caller() c: Caller) {
    return this.run({ type: 'RegisterCluster', ...b, kind: b.kind as ClusterKind }, c);
  }

  @Change('patch', 'clusters/:clusterId', 'Đổi tên cụm, khối thi đua hoặc Hội đồng tổ chức')
  changeCluster(@Param('clusterId') clusterId: string, @Body() b: ChangeClusterDto, @Caller() c: Caller) {
    return this.run({ type: 'ChangeCluster', clusterId, ...b }, c);
  }

  @Change('put', 'clusters/:clusterId/years/:year', 'Thành viên và đơn vị trưởng cụm, khối trong một năm')
  clusterYear(
    @Param('clusterId') clusterId: string,
    // The path's form of a year (PATH_PARAMETERS); the cluster's own range (2000–2100) is the decider's, 422.
    @Param('year', new BoundedIntPipe(1900, 2199)) year: number,
    @Body() b: ClusterYearDto,
    @Caller() c: Caller,
  ) {
    return this.run({ type: 'SetClusterYear', clusterId, year, ...b }, c);
  }

  // People's seats (the person's own record: subject = the user id at the identity provider)

  @Roles('ADMIN')
  @Read('people/:subject', 'Một người: các vai trò được giao (đơn vị, cơ quan thường trực) và phiên bản (ETag)')
  person(@Param('subject') subject: string) {
    return this.admin.record('person', subject);
  }

  @Change('post', 'people/:subject/seats', 'Giao cho một người một vai trò có thời hạn (ký cho đơn vị, cán bộ…)', 201)
  grantSeat(@Param('subject') subject: string, @Body() b: GrantSeatDto, @Caller() c: Caller) {
    return this.run({ type: 'GrantSeat', subject, ...b, role: b.role as GrantedRole }, c);
  }

  @Change('post', 'people/:subject/seats/:seatId/end', 'Kết thúc vai trò của một người từ một ngày')
  endSeat(
    @Param('subject') subject: string,
    @Param('seatId') seatId: string,
    @Body() b: EndSeatDto,
    @Caller() c: Caller,
  ) {
    return this.run({ type: 'EndSeat', subject, seatId, to: b.to, reason: b.reason }, c);
  }

  // Import

  @Post('imports')
  @HttpCode(200)
  @Roles('ADMIN')
  @ContentChecked()
  @Answers(200, RECORD, 'Kết quả từng dòng')
  @Refuses(409, 422)
  @ApiOperation({
    summary: 'Nhập sơ đồ tổ chức (đơn vị, Hội đồng và thành viên, đợt thi đua): chỉ ghi phần khác, kết quả từng dòng',
  })
  import(@Body() b: ImportDirectoryDto, @Caller() c: Caller) {
    const { reason, ...file } = b;
    return this.admin.import(file as unknown as DirectoryImportFile, reason, c);
  }

  // The audit

  @Get('audit')
  @Roles('ADMIN')
  @Answers(200, LIST, 'Nhật ký danh mục')
  @ApiOperation({
    summary: 'Nhật ký danh mục: ai, khi nào, vì sao, giá trị cũ → mới (?kind, recordId, actorId, from, to, before)',
  })
  audit(@Query() q: AuditQueryDto) {
    return this.admin.audit(auditFilter(q));
  }

  @Get('audit/export')
  @Roles('ADMIN')
  @AnswersAs(200, { 'text/csv': { type: 'string' } }, 'Nhật ký danh mục (CSV)')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'Xuất nhật ký danh mục (CSV, cùng bộ lọc)' })
  async auditExport(@Query() q: AuditQueryDto) {
    const name = `nhat-ky-danh-muc-${toCivilDate(new Date())}.csv`;
    return new StreamableFile(await this.admin.auditCsv(auditFilter(q)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${name}"`,
    });
  }
}
