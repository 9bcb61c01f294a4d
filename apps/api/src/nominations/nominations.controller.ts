import { Body, Get, Param, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseId, Uuid4 } from '../cases/case-id';
import { commandBody } from '../cases/command-bodies';
import { CaseReads } from '../cases/case-reads.service';
import { Caller, CaseCommand, CaseRead, Filing } from '../http/case-http';
import { SignedIn } from '../http/signed-in';
import { RequestSupplementDto, SubmitDossierDto, SupplementDto, WithdrawDto } from './dto/commands.dto';
import { CreateNominationDto, EditDraftDto } from './dto/create-nomination.dto';
import { draftChanges, NominationFiling } from './nominations.create';
import { CaseSearch, SearchQueryDto } from './nominations.search';

/** The unit's side of a case (stage UNIT_PROPOSAL) and its reads. Thin: one Update or one query each. */
@SignedIn('nominations', 'nominations')
export class NominationsController {
  constructor(
    private readonly filing: NominationFiling,
    private readonly cases: CaseCommands,
    private readonly reads: CaseReads,
    private readonly search: CaseSearch,
  ) {}

  @Filing(['UNIT_OFFICER'], 'Lập hồ sơ đề nghị (khởi tạo quy trình)')
  create(@Body() dto: CreateNominationDto, @Caller() c: Caller) {
    return this.filing.create(dto, c);
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách hồ sơ trong phạm vi của người dùng' })
  list(@Query() q: SearchQueryDto, @CurrentActor() a: Actor) {
    return this.search.list(q, a);
  }

  @CaseRead(':id', 'Xem hồ sơ (bản đọc)')
  get(@Param('id', CaseId) id: string, @CurrentActor() a: Actor) {
    return this.reads.view(id, a);
  }

  @Get(':id/events')
  @Roles('ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR')
  @ApiOperation({ summary: 'Các sự kiện của hồ sơ theo thứ tự (phiếu kín: chỉ ghi ai đã bỏ phiếu)' })
  async events(@Param('id', CaseId) id: string, @CurrentActor() a: Actor) {
    return this.reads.events(id, a);
  }

  @Get(':id/commands/:commandId')
  @ApiOperation({
    summary:
      'Kết quả một thao tác chưa kịp trả lời (503): đang chờ, đang ghi nhận, đã ghi nhận, bị từ chối; 404 nếu chưa đến hồ sơ',
  })
  command(@Param('id', CaseId) id: string, @Param('commandId', Uuid4) commandId: string, @Caller() c: Caller) {
    return this.cases.status(id, commandId, c);
  }

  @CaseCommand(':id/draft', ['UNIT_OFFICER'], 'Sửa hồ sơ nháp')
  edit(@Param('id', CaseId) id: string, @Body() dto: EditDraftDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'EditDraft', () => ({ changes: draftChanges(dto, c.actor) }));
  }

  @CaseCommand(':id/submit', ['UNIT_OFFICER'], 'Nộp hồ sơ (tiếp nhận đủ: khóa bộ quy tắc đang hiệu lực)')
  submit(@Param('id', CaseId) id: string, @Body() dto: SubmitDossierDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'SubmitDossier', () => ({ documents: dto.documents }));
  }

  @CaseCommand(':id/supplement-requests', ['TDKT_OFFICE'], 'Yêu cầu đơn vị bổ sung hồ sơ (dừng tính thời hạn)')
  requestSupplement(@Param('id', CaseId) id: string, @Body() dto: RequestSupplementDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'RequestSupplement', commandBody.requestSupplement(dto));
  }

  @CaseCommand(':id/supplements', ['UNIT_OFFICER'], 'Bổ sung hồ sơ theo yêu cầu')
  supplement(@Param('id', CaseId) id: string, @Body() dto: SupplementDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'SupplementDossier', commandBody.supplement(dto));
  }

  @CaseCommand(':id/withdrawal', ['UNIT_OFFICER'], 'Rút hồ sơ')
  withdraw(@Param('id', CaseId) id: string, @Body() dto: WithdrawDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'WithdrawNomination', () => ({ reason: dto.reason }));
  }
}
