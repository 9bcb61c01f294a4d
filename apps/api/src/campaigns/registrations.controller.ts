import { applyDecorators, Body, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { Uuid4 } from '../cases/case-id';
import { Caller, CaseHttpInterceptor } from '../http/case-http';
import { Answers, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { CampaignIdPipe } from './campaign-id.pipe';
import { RegisterTitleDto, RegistrationQueryDto, WithdrawRegistrationDto } from './registrations.dto';
import { RegistrationsService } from './registrations.service';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Phiên bản đăng ký thi đua của đơn vị (ETag của danh sách) đã đọc, ví dụ "3"; 412 nếu đã thay đổi',
  schema: { type: 'string', pattern: '^\\s*(\\*|(W/)?"?[0-9]{1,9}"?)?\\s*$' },
};

/** One registration (đăng ký thi đua) as the read model keeps it. */
const REGISTRATION = {
  type: 'object',
  required: [
    'registrationId',
    'campaignId',
    'unitId',
    'awardCode',
    'nominee',
    'registeredOn',
    'registeredBy',
    'status',
    'version',
  ],
  properties: {
    registrationId: { type: 'string', format: 'uuid' },
    campaignId: { type: 'string' },
    unitId: { type: 'string' },
    awardCode: { type: 'string' },
    nominee: {
      type: 'object',
      required: ['subject', 'key', 'name'],
      properties: {
        subject: { type: 'string', enum: ['INDIVIDUAL', 'COLLECTIVE'] },
        key: { type: 'string' },
        name: { type: 'string' },
      },
    },
    registeredOn: { type: 'string', format: 'date' },
    registeredBy: { type: 'string' },
    status: { type: 'string', enum: ['REGISTERED', 'WITHDRAWN'] },
    withdrawnOn: { type: 'string', format: 'date' },
    withdrawnBy: { type: 'string' },
    withdrawalReason: { type: 'string' },
    version: { type: 'integer' },
  },
};

/** A registration command's route: who may send it, its If-Match, its answer and its refusals (403: another unit). */
const RegistrationCommand = (status: 200 | 201, summary: string, answer: string, otherUnit: string) =>
  applyDecorators(
    HttpCode(status),
    Roles('UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN'),
    ApiOperation({ summary }),
    ApiHeader(IF_MATCH),
    Answers(status, REGISTRATION, answer),
    Refuses(404, 409, 412, 422, [403, otherUnit]),
    UseInterceptors(CaseHttpInterceptor),
  );

/**
 * Registration (đăng ký thi đua, docs/campaigns.md): a unit officer registers their unit and its people for the
 * titles of a campaign before its registration deadline, and withdraws; the TĐKT office and administrators act
 * for any unit and see every unit's registrations. Events on a stream per campaign and unit; no workflow.
 */
@SignedIn('campaigns', 'campaigns')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post(':campaignId/registrations')
  @RegistrationCommand(
    201,
    'Đăng ký thi đua: đơn vị đăng ký danh hiệu cho đơn vị hoặc cá nhân của đơn vị',
    'Đã đăng ký; ETag = phiên bản mới của đăng ký của đơn vị',
    'Cán bộ đơn vị đăng ký cho đơn vị khác — a unit officer registering another unit',
  )
  register(
    @Param('campaignId', CampaignIdPipe) campaignId: string,
    @Body() dto: RegisterTitleDto,
    @Caller() caller: Caller,
  ) {
    return this.registrations.register(campaignId, dto, caller);
  }

  @Post(':campaignId/registrations/:registrationId/withdrawal')
  @RegistrationCommand(
    200,
    'Rút một đăng ký thi đua (có lý do)',
    'Đăng ký đã rút; ETag = phiên bản mới của đăng ký của đơn vị',
    'Cán bộ đơn vị rút đăng ký của đơn vị khác — another unit',
  )
  withdraw(
    @Param('campaignId', CampaignIdPipe) campaignId: string,
    @Param('registrationId', Uuid4) registrationId: string,
    @Body() dto: WithdrawRegistrationDto,
    @Caller() caller: Caller,
  ) {
    return this.registrations.withdraw(campaignId, registrationId, dto, caller);
  }

  @Get(':campaignId/registrations')
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN')
  @ApiOperation({
    summary: 'Các đăng ký thi đua của đợt: cán bộ đơn vị thấy của đơn vị mình, Ban TĐKT và quản trị thấy tất cả',
  })
  @Answers(
    200,
    {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: REGISTRATION }, version: { type: 'integer' } },
    },
    'Danh sách; của một đơn vị: ETag = phiên bản đăng ký của đơn vị',
  )
  @Refuses(404, [403, 'Cán bộ đơn vị xem đăng ký của đơn vị khác — another unit'])
  @UseInterceptors(CaseHttpInterceptor)
  list(
    @Param('campaignId', CampaignIdPipe) campaignId: string,
    @Query() q: RegistrationQueryDto,
    @Caller({ list: true }) caller: Caller,
  ) {
    return this.registrations.list(campaignId, q, caller);
  }
}
