import { Body, Get, Headers, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiProduces, ApiQuery } from '@nestjs/swagger';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { contentDisposition } from '../documents/file-response';
import { Answers, AnswersAs, FileBody, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { problem } from '../problem/problem.exception';
import { isStorableDay } from '../problem/edge-validation';
import { fieldRefused } from '../problem/validation-messages';
import { TEMPLATE_KINDS, type TemplateKind } from './drafting';
import { PDF_LAYOUT, TemplateStore } from './template-store';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const kindOf = (kind: string): TemplateKind => {
  if (!(TEMPLATE_KINDS as string[]).includes(kind))
    throw fieldRefused(
      'templateKind',
      `phải là một trong ${TEMPLATE_KINDS.join(', ')}`,
      `must be one of ${TEMPLATE_KINDS.join(', ')}`,
    );
  return kind as TemplateKind;
};
const TEMPLATE_SCHEMA = {
  type: 'object',
  required: ['kind', 'version', 'effectiveFrom', 'sha256', 'placeholders', 'pdfLayout'],
  properties: {
    kind: { type: 'string', enum: TEMPLATE_KINDS },
    version: { type: 'integer' },
    effectiveFrom: { type: 'string', format: 'date' },
    sha256: { type: 'string' },
    placeholders: { type: 'array', items: { type: 'string' } },
    pdfLayout: {
      type: 'string',
      enum: [PDF_LAYOUT],
      description:
        'Bản PDF theo bố cục có sẵn của loại văn bản (thể thức Nghị định 30/2020/NĐ-CP), không theo tệp DOCX tải lên; tệp DOCX tải lên chỉ dùng cho bản DOCX',
    },
  },
};

/** The paperwork's templates: versions in force by date, uploaded by administrators, read by the offices. */
@SignedIn('paperwork', 'paperwork/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplateStore) {}

  @Get()
  @Roles('ADMIN', 'TDKT_OFFICE', 'AUTHORITY')
  @Answers(200, {
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items: TEMPLATE_SCHEMA } },
  })
  @ApiOperation({ summary: 'Các phiên bản mẫu văn bản (tờ trình, biên bản, quyết định, bằng khen) và ngày hiệu lực' })
  list() {
    return this.templates.list();
  }

  @Get(':templateKind/:version')
  @Roles('ADMIN', 'TDKT_OFFICE', 'AUTHORITY')
  @ApiProduces(DOCX)
  @AnswersAs(200, { [DOCX]: { type: 'string', format: 'binary' } }, 'Tệp mẫu DOCX')
  @Refuses(
    [400, 'Số phiên bản không hợp lệ — not a version number'],
    [404, 'Không có phiên bản mẫu này — no such template version'],
  )
  @ApiOperation({ summary: 'Tải tệp mẫu DOCX của một phiên bản' })
  async docx(@Param('templateKind') kind: string, @Param('version') version: string) {
    const k = kindOf(kind);
    const n = Number(version);
    if (!(Number.isInteger(n) && n >= 1 && n <= 2_147_483_647))
      throw fieldRefused('version', 'phải là số nguyên dương', 'must be a positive whole number');
    // A version the document allows but nobody published: not found, like any record.
    const docx = await this.templates.docx(k, n);
    if (!docx) throw problem('TEMPLATE_VERSION_NOT_FOUND', { version: n });
    return new StreamableFile(docx, {
      type: DOCX,
      disposition: contentDisposition('attachment', `mau-${kind}-v${n}.docx`),
    });
  }

  @Post(':templateKind')
  @HttpCode(201)
  @Roles('ADMIN')
  @FileBody()
  @ApiConsumes(DOCX)
  @ApiBody({ required: true, schema: { type: 'string', format: 'binary', minLength: 1 } })
  @ApiQuery({ name: 'effectiveFrom', required: true, schema: { type: 'string', format: 'date' } })
  @ApiHeader({ name: 'X-File-Name', required: false })
  @Answers(201, TEMPLATE_SCHEMA, 'Phiên bản mới')
  @Refuses([422, 'Không phải DOCX đọc được, hoặc có trường thay thế không có trong dữ liệu của loại văn bản'])
  @ApiOperation({ summary: 'Tải lên phiên bản mẫu mới (DOCX có trường {tên}), hiệu lực từ một ngày; không sửa bản cũ' })
  publish(
    @Param('templateKind') kind: string,
    @Query('effectiveFrom') effectiveFrom: string | undefined,
    @Body() body: unknown,
    @Headers('x-file-name') fileName: string | undefined,
    @CurrentActor() a: Actor,
  ) {
    const u = checkedUpload(kind, effectiveFrom, body, fileName);
    return this.templates.publish(u.kind, u.docx, u.effectiveFrom, u.fileName, a.userId);
  }
}

/** A template version's upload, checked: its kind, a DOCX in the body, the civil day it takes effect from. */
function checkedUpload(kind: string, effectiveFrom: string | undefined, body: unknown, fileName: string | undefined) {
  const k = kindOf(kind);
  if (!isStorableDay(effectiveFrom))
    throw fieldRefused('effectiveFrom', 'phải là ngày có thật, dạng yyyy-MM-dd', 'must be a real day, yyyy-MM-dd');
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw fieldRefused('file', 'phải là tệp DOCX gửi trong thân yêu cầu', 'must be a DOCX file sent as the body');
  return { kind: k, docx: body, effectiveFrom, fileName: (fileName ?? `mau-${kind}.docx`).slice(0, 180) };
}
