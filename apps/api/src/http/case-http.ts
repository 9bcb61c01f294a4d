import {
  applyDecorators,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  type NestInterceptor,
  Post,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import type { Actor, Role } from '@khen/domain';
import { Roles } from '../auth/roles.decorator';
import type { KhenRequest } from './khen-request';
import { Answers, CASE_SCHEMA, COMMAND_ACCEPTED_SCHEMA, COMMAND_REFUSALS, Refuses, UUID4_SCHEMA } from './openapi';

/** Who sends a command, with what it carries over HTTP: the correlation id and the version it expects. */
export interface Caller {
  actor: Actor;
  correlationId: string;
  /** The If-Match header: the case version the caller saw (412 STALE_VERSION if it changed). */
  ifMatch?: string;
  /** What was asked, for the refusal log: method and path. */
  what: string;
}

/** Who a store records as having acted (registrations, initiatives, cluster scoring), and the request's id. */
export function storeMeta(caller: Caller): {
  actor: { userId: string; role: string; unitId?: string; displayName?: string };
  correlationId: string;
} {
  const { userId, role, unitId, displayName } = caller.actor;
  return { actor: { userId, role, unitId, displayName }, correlationId: caller.correlationId };
}

/**
 * The caller of this request: the verified actor, the request's correlation id, its If-Match (not for a
 * list of cases, `@Caller({ list: true })`: one header cannot hold each case's version).
 */
export const Caller = createParamDecorator((options: { list?: boolean } | undefined, ctx: ExecutionContext): Caller => {
  const req = ctx.switchToHttp().getRequest<KhenRequest>();
  return {
    actor: req.actor!,
    correlationId: req.correlationId ?? '',
    ifMatch: options?.list ? undefined : req.header('if-match'),
    what: `${req.method} ${req.originalUrl}`,
  };
});

const LOCATED = 'khen:located';
/** Where a created resource is: the path before its id, the body's member holding the id; 202 while not readable. */
interface Located {
  prefix: string;
  key: string;
  /** A body without a version is not readable yet: 202 instead of 201. */
  pendingWithoutVersion?: boolean;
}

/**
 * The HTTP side of an answer, in one place: a body that is a case (a read, or a recorded command)
 * carries its version as the ETag; a created resource gets its Location (a filing: 201 with the case,
 * or 202 while its draft is not readable yet).
 */
@Injectable()
export class CaseHttpInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = ctx.switchToHttp().getResponse<Response>();
    const located = this.reflector.get<Located | undefined>(LOCATED, ctx.getHandler());
    return next.handle().pipe(
      map((body: Record<string, unknown>) => {
        const version = typeof body?.version === 'number' ? body.version : undefined;
        if (version !== undefined) res.setHeader('ETag', `"${version}"`);
        if (located) {
          res.location(`${located.prefix}${String(body[located.key])}`);
          if (located.pendingWithoutVersion) res.status(version === undefined ? 202 : 201);
        }
        return body;
      }),
    );
  }
}

/** The answer's Location: `prefix` + the body's `key` (a bulk filing's progress, say). */
export const Located = (prefix: string, key: string) =>
  applyDecorators(SetMetadata(LOCATED, { prefix, key } satisfies Located), UseInterceptors(CaseHttpInterceptor));

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Phiên bản hồ sơ (ETag) mong đợi; 412 nếu đã thay đổi',
};

/** A command on a case: POST, 200 with the accepted result, ETag = the case's new version, If-Match honoured. */
export const CaseCommand = (path: string, roles: Role[], summary: string) =>
  applyDecorators(
    Post(path),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    ApiHeader(IF_MATCH),
    Answers(200, COMMAND_ACCEPTED_SCHEMA, 'Đã ghi nhận; ETag = phiên bản mới'),
    Refuses(...COMMAND_REFUSALS),
    UseInterceptors(CaseHttpInterceptor),
  );

/** A read of one case: its ETag is its version. */
export const CaseRead = (path: string, summary: string) =>
  applyDecorators(
    Get(path),
    ApiOperation({ summary }),
    Answers(200, CASE_SCHEMA, 'Hồ sơ; ETag = phiên bản'),
    UseInterceptors(CaseHttpInterceptor),
  );

/** Filing a case: 201 + the case, or 202 while its draft is not readable yet; Location and ETag. */
export const Filing = (roles: Role[], summary: string) =>
  applyDecorators(
    Post(),
    Roles(...roles),
    ApiOperation({ summary }),
    Answers(201, CASE_SCHEMA, 'Đã lập hồ sơ (Location, ETag)'),
    Answers(
      202,
      { type: 'object', required: ['nominationId'], properties: { nominationId: UUID4_SCHEMA } },
      'Đã nhận, bản nháp chưa đọc được',
    ),
    Refuses(409, 422, 503),
    SetMetadata(LOCATED, {
      prefix: '/api/nominations/',
      key: 'nominationId',
      pendingWithoutVersion: true,
    } satisfies Located),
    UseInterceptors(CaseHttpInterceptor),
  );
