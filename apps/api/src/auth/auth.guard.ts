import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { toCivilDate, type Role } from '@khen/domain';
import { DirectoryQueries } from '@khen/projections';
import type { KhenRequest } from '../http/khen-request';
import { problem } from '../problem/problem.exception';
import { ACTING_AS_HEADER, actingSeat, rolesOf, seatsOf } from './acting-as';
import { NO_ROLE } from './claims';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';

/**
 * Bearer token → the person and every seat they hold (the token's roles, and the directory's seats of
 * today: granted seats and council memberships by user id) → the one seat the request acts as
 * (X-Khen-Acting-As, else the token's first role) → the route's role check against that seat.
 * A refusal is logged once, by the problem filter (RefusalLog).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly db: DataSource,
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
    // Seats are links of the directory: a council seat given today counts from the next request.
    const directory = await new DirectoryQueries(this.db.manager).personSeatsAt(
      verified.userId,
      toCivilDate(new Date()),
    );
    const seats = seatsOf(verified, directory);
    const acting = actingSeat(seats, req.headers[ACTING_AS_HEADER]);
    if (!acting) throw problem('UNAUTHENTICATED', NO_ROLE);
    // Known from here on, so that a refusal names who was refused.
    req.actor = 'notHeld' in acting ? seats[0] : acting;
    req.seats = seats;
    if ('notHeld' in acting) throw problem('ACTING_AS_NOT_HELD', { requested: acting.notHeld, held: rolesOf(seats) });
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(acting.role)) throw problem('ROLE_NOT_ALLOWED', { role: acting.role, allowed });
    return true;
  }
}
