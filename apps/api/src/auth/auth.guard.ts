import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Actor, Role } from '@khen/domain';
import { ProblemException } from '../problem/problem.exception';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';

const ROLE_VI: Record<Role, string> = {
  UNIT_OFFICER: 'cán bộ đơn vị',
  TDKT_OFFICE: 'Ban Thi đua – Khen thưởng',
  COUNCIL_MEMBER: 'thành viên Hội đồng',
  AUTHORITY: 'người có thẩm quyền',
  ADMIN: 'quản trị viên',
  SLA_MONITOR: 'giám sát tiến độ',
  PUBLIC: 'người dân',
  SYSTEM: 'hệ thống',
};

/** Bearer token → actor; role check per route; every refusal logged with who, what and why. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Authorization');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const what = `${req.method} ${req.originalUrl}`;
    const header = req.headers.authorization ?? '';
    const verified = header.startsWith('Bearer ')
      ? await this.tokens.verify(header.slice(7))
      : { reason: 'no bearer token', messageVi: 'Chưa đăng nhập.', messageEn: 'Not signed in (no bearer token).' };
    if ('reason' in verified) {
      this.logger.warn(`refused anonymous ${what}: ${verified.reason}`);
      if ('unavailable' in verified)
        throw new ProblemException(503, 'SERVICE_UNAVAILABLE', verified.messageVi, verified.messageEn);
      throw new ProblemException(401, 'UNAUTHENTICATED', verified.messageVi, verified.messageEn);
    }
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(verified.role)) {
      this.logger.warn(
        `refused ${verified.userId} (${verified.role}) ${what}: role not allowed (${allowed.join(', ')})`,
      );
      throw new ProblemException(
        403,
        'ROLE_NOT_ALLOWED',
        `Vai trò ${ROLE_VI[verified.role]} không được thực hiện thao tác này (dành cho: ${allowed.map((r) => ROLE_VI[r]).join(', ')}).`,
        `Role ${verified.role} may not do this (allowed: ${allowed.join(', ')}).`,
      );
    }
    req.actor = verified;
    return true;
  }
}
