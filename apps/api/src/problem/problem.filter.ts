import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { KhenRequest } from '../http/khen-request';
import { problem, ProblemException } from './problem.exception';
import { RefusalLog } from './refusal-log';
import { isUnavailable } from './unavailable';

/** The one edge where errors become HTTP: RFC 7807 bodies with a catalogue code and a correlation id. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(private readonly refusals: RefusalLog) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<KhenRequest>();
    const correlationId = req.correlationId ?? '';
    const p = toProblem(exception);
    if (p.status === 503) res.setHeader('Retry-After', '2');
    if (p.status >= 500) {
      this.logger.error(
        `${correlationId} ${req.method} ${req.originalUrl}: ${p.code} ${exception instanceof Error ? exception.stack : String(exception)}`,
      );
    } else this.refusals.refused({ correlationId, actor: req.actor, what: `${req.method} ${req.originalUrl}` }, p);
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
}

/** What an error is to a client, in the catalogue's terms. */
export function toProblem(exception: unknown): ProblemException {
  if (exception instanceof ProblemException) return exception;
  // Errors of the body parsers (http-errors: a body over the limit, an unsupported charset or
  // encoding, malformed JSON) and Nest's own (no route, a pipe's refusal) are the client's: 4xx, never 500.
  const status = clientErrorStatus(exception);
  if (status) {
    const detail = (exception as Error).message;
    if (status === 413) return problem('PAYLOAD_TOO_LARGE', { detail });
    if (status === 415) return problem('UNSUPPORTED_MEDIA_TYPE', { detail });
    if (status === 404) return problem('NOT_FOUND', { detail });
    return problem('BAD_REQUEST', { detail });
  }
  if (isUnavailable(exception)) return problem('SERVICE_UNAVAILABLE');
  return problem('INTERNAL_ERROR');
}

/** The 4xx status of a client error (Nest's HttpException, or http-errors as body-parser throws), else undefined. */
function clientErrorStatus(exception: unknown): number | undefined {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return status >= 400 && status < 500 ? status : undefined;
  }
  if (!(exception instanceof Error)) return undefined;
  const e = exception as Error & { status?: unknown; statusCode?: unknown; expose?: unknown };
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  return e.expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
