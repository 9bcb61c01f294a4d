import { Body, Controller, Get, HttpCode, Ip, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { CaseId } from '../cases/case-id';
import { Caller } from '../http/case-http';
import { ObjectionDto } from '../nominations/dto/commands.dto';
import { AwardsQuery } from './awards.query';
import { DisclosuresQuery } from './disclosures.query';
import { HonourRollQueryDto } from './honour-roll.dto';
import { PublicObjections } from './objections.service';
import { EvidenceUploadDoc } from '../documents/documents.openapi';
import { Answers, Refuses, UUID4_SCHEMA } from '../http/openapi';

/** What the public sees without a token: the lists under disclosure, and a form to object (docs/domain.md §5.4). */
const OBJECTION_RECEIPT_SCHEMA = {
  type: 'object',
  required: ['objectionId', 'trackingCode', 'nominationId', 'messageVi'],
  properties: {
    objectionId: UUID4_SCHEMA,
    trackingCode: { type: 'string', pattern: '^PA-[0-9A-F]{8}$' },
    nominationId: UUID4_SCHEMA,
    messageVi: { type: 'string' },
  },
};

@ApiTags('public')
@Controller('public')
export class PublicController {
  constructor(
    private readonly disclosuresQuery: DisclosuresQuery,
    private readonly objections: PublicObjections,
    private readonly awards: AwardsQuery,
  ) {}

  @Public()
  @Get('awards')
  @ApiOperation({
    summary:
      'Bảng vinh danh: danh sách đã được khen thưởng, tìm theo tên, đơn vị, danh hiệu, năm; có phân trang; quyết định đã ký (PDF) khi có (không cần đăng nhập)',
  })
  awarded(@Query() q: HonourRollQueryDto) {
    return this.awards.search(q);
  }

  @Public()
  @Get('disclosures')
  @ApiOperation({ summary: 'Danh sách công khai lấy ý kiến (không cần đăng nhập)' })
  async disclosures() {
    return { items: await this.disclosuresQuery.open() };
  }

  @Public()
  @Get('objections/:code')
  @ApiOperation({ summary: 'Tình trạng giải quyết một ý kiến phản ánh, theo mã tiếp nhận (không cần đăng nhập)' })
  objection(@Param('code') code: string) {
    return this.objections.status(code.slice(0, 32));
  }

  @Public()
  @Post('disclosures/:id/objections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Gửi ý kiến phản ánh về một hồ sơ đang công khai (giới hạn số lần mỗi giờ)' })
  @Answers(201, OBJECTION_RECEIPT_SCHEMA, 'Đã nhận ý kiến phản ánh')
  @Refuses(409, [422, 'Tệp đính kèm chưa được tải lên cho hồ sơ này, hoặc nội dung không đạt'], 429, 503)
  object(@Param('id', CaseId) id: string, @Body() dto: ObjectionDto, @Ip() ip: string, @Caller() c: Caller) {
    return this.objections.file(id, dto, ip ?? 'unknown', c);
  }

  @Public()
  @Post('disclosures/:id/evidence')
  @HttpCode(201)
  @EvidenceUploadDoc()
  @ApiOperation({
    summary:
      'Tải lên một tệp chứng cứ kèm ý kiến phản ánh (multipart/form-data, trường «file»; PDF, JPG, PNG; tối đa 5 MB); trả về SHA-256 để ghi vào ý kiến (không cần đăng nhập, giới hạn số lần mỗi giờ)',
  })
  evidence(@Param('id', CaseId) id: string, @Req() req: Request, @Ip() ip: string) {
    return this.objections.uploadEvidence(id, req, ip ?? 'unknown');
  }
}
