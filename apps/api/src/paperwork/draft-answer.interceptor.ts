import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  StreamableFile,
} from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { contentDisposition, FILE_HEADERS } from '../documents/file-response';
import type { DraftFile } from './paperwork.service';

/** The header that names a draft by the SHA-256 of its bytes (the signed decision records it). */
export const DRAFT_HASH_HEADER = 'X-Khen-Draft-Sha256';

/** A drafted file as the answer: its type, a download with its Vietnamese name, and its hash in a header. */
@Injectable()
export class DraftAnswer implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<StreamableFile> {
    return next.handle().pipe(
      map((file: DraftFile) => {
        const res = ctx.switchToHttp().getResponse<Response>();
        for (const [k, v] of Object.entries(FILE_HEADERS)) res.setHeader(k, v);
        res.setHeader(DRAFT_HASH_HEADER, file.sha256);
        res.setHeader('Access-Control-Expose-Headers', DRAFT_HASH_HEADER);
        return new StreamableFile(file.content, {
          type: file.mediaType,
          length: file.content.length,
          disposition: contentDisposition('attachment', file.fileName),
        });
      }),
    );
  }
}
