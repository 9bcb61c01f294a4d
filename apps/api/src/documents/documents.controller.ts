import { Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canReadCase, type Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { ProblemException } from '../problem/problem.exception';

/**
 * Dossier documents by content hash, kept in PostgreSQL (no separate file service): the dossier
 * refers to a document by its SHA-256, so a stored copy proves what was filed.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(private readonly db: DataSource) {}

  @Post()
  @HttpCode(201)
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE')
  @ApiConsumes('application/octet-stream', 'application/pdf')
  @ApiOperation({ summary: 'Tải lên nội dung tài liệu (tối đa 10 MB); trả về SHA-256 để đưa vào hồ sơ' })
  async upload(
    @Req() req: Request & { body: unknown },
    @Headers('content-type') type: string | undefined,
    @CurrentActor() a: Actor,
  ) {
    const content = req.body;
    if (!Buffer.isBuffer(content) || content.length === 0) {
      throw new ProblemException(
        400,
        'EMPTY_DOCUMENT',
        'Không có nội dung tài liệu (gửi dạng nhị phân).',
        'No document content (send it as a binary body).',
        { field: 'body' },
      );
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    await this.db.query(
      `INSERT INTO documents (sha256, media_type, size, content, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (sha256) DO NOTHING`,
      [sha256, type ?? 'application/octet-stream', content.length, content, a.userId],
    );
    return { sha256, size: content.length, mediaType: type ?? 'application/octet-stream' };
  }

  /** Readable by its uploader and by whoever may read a case whose dossier lists it. */
  @Get(':sha256')
  async download(@Param('sha256') sha256: string, @CurrentActor() a: Actor, @Res() res: Response) {
    if (!/^[a-f0-9]{64}$/.test(sha256))
      throw new ProblemException(400, 'BAD_REQUEST', 'Mã SHA-256 không hợp lệ.', 'Invalid SHA-256.', {
        field: 'sha256',
      });
    const notFound = new ProblemException(
      404,
      'DOCUMENT_NOT_FOUND',
      'Không có tài liệu với mã này.',
      'No document with this hash.',
      { field: 'sha256' },
    );
    const [doc] = (await this.db.query(`SELECT media_type, content, uploaded_by FROM documents WHERE sha256 = $1`, [
      sha256,
    ])) as { media_type: string; content: Buffer; uploaded_by: string }[];
    if (!doc) throw notFound;
    if (doc.uploaded_by !== a.userId && !(await this.readableCaseLists(a, sha256))) throw notFound;
    res.type(doc.media_type).send(doc.content);
  }

  private async readableCaseLists(a: Actor, sha256: string): Promise<boolean> {
    const cases = (await this.db.query(
      `SELECT unit_id AS "unitId", council_id AS "councilId", authority_id AS "authorityId" FROM nominations WHERE state->'documents' @> $1::jsonb LIMIT 50`,
      [JSON.stringify([{ sha256 }])],
    )) as { unitId: string; councilId: string; authorityId: string }[];
    return cases.some((c) => canReadCase(a, c));
  }
}
