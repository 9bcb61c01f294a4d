import { Body, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces } from '@nestjs/swagger';
import type { Actor } from '@khen/domain';
import { CurrentActor, Public, Roles } from '../auth/roles.decorator';
import { CaseId } from '../cases/case-id';
import { Answers, AnswersAs, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { fieldRefused } from '../problem/validation-messages';
import { DraftAnswer, DRAFT_HASH_HEADER } from './draft-answer.interceptor';
import { KINDS, DraftQuery, ListDecisionDraftDto } from './paperwork.dto';
import { PaperworkService, type DraftKind } from './paperwork.service';
import { CertificateVerification, VERIFICATION_SCHEMA } from './certificate-verification';

const FILE_CONTENT = {
  'application/pdf': { type: 'string', format: 'binary' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { type: 'string', format: 'binary' },
};
const DRAFT_DESCRIPTION = `Bản dự thảo (tải về); mã SHA-256 của nó ở tiêu đề ${DRAFT_HASH_HEADER}. Bản DOCX theo mẫu đang có hiệu lực; bản PDF theo bố cục có sẵn (thể thức Nghị định 30/2020/NĐ-CP), kể cả khi đã tải lên mẫu DOCX mới`;

const kindOf = (kind: string): DraftKind => {
  if (!(KINDS as readonly string[]).includes(kind))
    throw fieldRefused('kind', `phải là một trong ${KINDS.join(', ')}`, `must be one of ${KINDS.join(', ')}`);
  return kind as DraftKind;
};

/** The paperwork of a case: drafts from templates, certificates for a decision, their public verification. */
@SignedIn('paperwork')
export class PaperworkController {
  constructor(
    private readonly paperwork: PaperworkService,
    private readonly verification: CertificateVerification,
  ) {}

  @Get('nominations/:id/drafts/:kind')
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE', 'AUTHORITY', 'ADMIN')
  @UseInterceptors(DraftAnswer)
  @ApiParam({ name: 'kind', enum: KINDS })
  @ApiProduces(...Object.keys(FILE_CONTENT))
  @AnswersAs(200, FILE_CONTENT, DRAFT_DESCRIPTION)
  @Refuses(404, [409, 'Hồ sơ chưa có bước này (chưa bỏ phiếu, chưa đến bước quyết định, chưa khen thưởng)'])
  @ApiOperation({
    summary:
      'Dự thảo văn bản của hồ sơ: tờ trình, biên bản họp Hội đồng, quyết định (một người hoặc danh sách), bằng khen (PDF, mỗi trang một người)',
  })
  draft(
    @Param('id', CaseId) id: string,
    @Param('kind') kind: string,
    @Query() q: DraftQuery,
    @CurrentActor() a: Actor,
  ) {
    const k = kindOf(kind);
    return this.paperwork.draft(id, k, k === 'certificates' ? 'pdf' : (q.format ?? 'pdf'), a, {
      decisionNumber: q.decisionNumber,
      decisionDate: q.decisionDate,
    });
  }

  @Post('paperwork/decision-drafts')
  @HttpCode(200)
  @Roles('TDKT_OFFICE', 'AUTHORITY', 'ADMIN')
  @UseInterceptors(DraftAnswer)
  @ApiProduces(...Object.keys(FILE_CONTENT))
  @AnswersAs(200, FILE_CONTENT, DRAFT_DESCRIPTION)
  @Refuses(404, [409, 'Có hồ sơ chưa đến bước quyết định'])
  @ApiOperation({ summary: 'Dự thảo quyết định khen thưởng theo danh sách (một số, một ngày, nhiều hồ sơ)' })
  listDecision(@Body() dto: ListDecisionDraftDto, @CurrentActor() a: Actor) {
    return this.paperwork.listDecision(dto.nominationIds, dto.format ?? 'pdf', a, {
      decisionNumber: dto.decisionNumber,
      decisionDate: dto.decisionDate,
    });
  }

  @Get('public/certificates/:code')
  @Public()
  @Answers(200, VERIFICATION_SCHEMA, 'Bằng khen, giấy khen mang mã này')
  @Refuses([404, 'Không có bằng khen nào mang mã này'])
  @ApiOperation({ summary: 'Xác minh bằng khen, giấy khen theo mã in trên bằng (mã QR)' })
  verify(@Param('code') code: string) {
    return this.verification.verify(code);
  }
}
