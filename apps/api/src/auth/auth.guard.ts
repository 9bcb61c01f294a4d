import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@khen/domain';
import type { KhenRequest } from '../http/khen-request';
import { problem } from '../problem/problem.exception';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';

/** Bearer token → actor; role check per route. A refusal is logged once, by the problem filter (RefusalLog). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<KhenRequest>();
    const header = req.headers.authorization ?? '';
    const verified = header.startsWith('Bearer ')
      ? await this.tokens.verify(header.slice(7))
      : { reason: 'no bearer token', messageVi: 'Chưa đăng nhập.', messageEn: 'Not signed in (no bearer token).' };
    if ('reason' in verified) {
      // The identity provider's keys could not be fetched: not the caller's fault, retry later.
      if ('unavailable' in verified) throw problem('SERVICE_UNAVAILABLE');
      throw problem('UNAUTHENTICATED', verified);
    }
    // Known from here on, so that a refusal of the role names who was refused.
    req.actor = verified;
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(verified.role))
      throw problem('ROLE_NOT_ALLOWED', { role: verified.role, allowed });
    return true;
  }
}
