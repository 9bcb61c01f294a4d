import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Actor, Role } from '@khen/domain';

export const ROLES_KEY = 'khen:roles';
export const PUBLIC_KEY = 'khen:public';

/** Roles allowed on a route; every route needs a token unless marked @Public(). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-khen-roles', roles));
/** No token needed: the document says so (security []; see http/openapi.ts finishDocument). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-khen-public', true));

export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest().actor,
);

/** Every seat the caller holds today (the token's and the directory's), the acted-as one among them. */
export const CurrentSeats = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor[] => ctx.switchToHttp().getRequest().seats ?? [],
);
