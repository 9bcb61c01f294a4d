import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProblemException } from './problem.exception';
import { isUnavailable } from './unavailable';

const GENERIC_VI: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ.',
  401: 'Chưa đăng nhập.',
  403: 'Không có quyền thực hiện.',
  404: 'Không tìm thấy.',
  405: 'Phương thức không được hỗ trợ.',
  409: 'Xung đột trạng thái.',
  412: 'Dữ liệu đã thay đổi, vui lòng tải lại.',
  413: 'Nội dung gửi lên quá lớn.',
  415: 'Định dạng nội dung không được hỗ trợ.',
  422: 'Dữ liệu không hợp lệ.',
  429: 'Quá nhiều yêu cầu.',
};

/** The one edge where errors become HTTP: RFC 7807 bodies with a stable code and a correlation id. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request & { actor?: { userId: string } }>();
    const correlationId = String(res.getHeader('x-correlation-id') ?? '');
    const p = this.toProblem(exception);
    if (p.status === 503) res.setHeader('Retry-After', '2');
    const who = req.actor?.userId ?? 'anonymous';
    if (p.status >= 500) {
      this.logger.error(
        `${correlationId} ${req.method} ${req.originalUrl}: ${exception instanceof Error ? exception.stack : String(exception)}`,
      );
    } else {
      this.logger.warn(`refused ${who} ${req.method} ${req.originalUrl}: ${p.code} ${p.messageEn} [${correlationId}]`);
    }
    res
      .status(p.status)
      .type('application/problem+json')
      .json({
        type: `https://khen.local/problems/${p.code.toLowerCase().replace(/_/g, '-')}`,
        title: p.messageVi,
        status: p.status,
        code: p.code,
        detail: p.messageVi,
        detailEn: p.messageEn,
        ...p.extra,
        correlationId,
      });
  }

  private toProblem(exception: unknown): ProblemException {
    if (exception instanceof ProblemException) return exception;
    // Errors of the body parsers (http-errors: a body over the limit, an unsupported charset or
    // encoding, malformed JSON) are the client's: their own 4xx status, never a 500.
    const clientError = clientErrorStatus(exception);
    if (clientError) {
      const code =
        clientError === 413
          ? 'PAYLOAD_TOO_LARGE'
          : clientError === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : clientError === 400
              ? 'BAD_REQUEST'
              : `HTTP_${clientError}`;
      return new ProblemException(
        clientError,
        code,
        GENERIC_VI[clientError] ?? 'Yêu cầu không được chấp nhận.',
        (exception as Error).message,
      );
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code =
        status === 404
          ? 'NOT_FOUND'
          : status === 413
            ? 'PAYLOAD_TOO_LARGE'
            : status === 400
              ? 'BAD_REQUEST'
              : `HTTP_${status}`;
      return new ProblemException(
        status,
        code,
        GENERIC_VI[status] ?? 'Yêu cầu không được chấp nhận.',
        exception.message,
      );
    }
    if (isUnavailable(exception)) {
      return new ProblemException(
        503,
        'SERVICE_UNAVAILABLE',
        'Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít giây.',
        'The service is briefly unavailable; please retry in a few seconds.',
      );
    }
    return new ProblemException(
      500,
      'INTERNAL_ERROR',
      'Lỗi hệ thống, vui lòng thử lại sau.',
      'Internal error; please retry later.',
    );
  }
}

/** The 4xx status of an http-errors client error (what body-parser throws), else undefined. */
function clientErrorStatus(exception: unknown): number | undefined {
  if (!(exception instanceof Error) || exception instanceof HttpException) return undefined;
  const e = exception as Error & { status?: unknown; statusCode?: unknown; expose?: unknown; type?: unknown };
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  return e.expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
