import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@khen/domain';
import { ProblemException } from '../problem/problem.exception';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';

/** Bearer token → actor; role check per route; every refusal logged with who, what and why. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Authorization');

  constructor(private readonly reflector: Reflector, private readonly tokens: TokenService) {}

  canActivate(ctx: ExecutionContext): boolean {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { actor?: unknown }>();
    const what = `${req.method} ${req.originalUrl}`;
    const header = req.headers.authorization ?? '';
    const actor = header.startsWith('Bearer ') ? this.tokens.verify(header.slice(7)) : undefined;
    if (!actor) {
      this.logger.warn(`refused anonymous ${what}: missing or invalid token`);
      throw new ProblemException(401, 'UNAUTHENTICATED', 'Chưa đăng nhập hoặc mã truy cập không hợp lệ.', 'Missing or invalid bearer token.');
    }
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(actor.role)) {
      this.logger.warn(`refused ${actor.userId} (${actor.role}) ${what}: role not allowed (${allowed.join(', ')})`);
      throw new ProblemException(403, 'ROLE_NOT_ALLOWED', `Vai trò ${actor.role} không được thực hiện thao tác này.`, `Role ${actor.role} may not do this.`);
    }
    req.actor = actor;
    return true;
  }
}
