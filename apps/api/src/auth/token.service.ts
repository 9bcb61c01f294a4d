import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { Actor, ROLES, Role } from '@khen/domain';
import { API_CONFIG, ApiConfig } from '../config/api.config';

interface KhenClaims {
  sub: string;
  name?: string;
  role: Role;
  unitId?: string;
  councilId?: string;
}

/** Local HS256 tokens in dev (design.md §5); an OIDC issuer's JWKS comes with the people issue. */
@Injectable()
export class TokenService {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  sign(actor: Actor, expiresIn: jwt.SignOptions['expiresIn'] = '30d'): string {
    const claims: KhenClaims = { sub: actor.userId, name: actor.displayName, role: actor.role, unitId: actor.unitId, councilId: actor.councilId };
    return jwt.sign(claims, this.config.jwtSecret, { algorithm: 'HS256', issuer: this.config.jwtIssuer, expiresIn });
  }

  /** The actor a bearer token speaks for, or undefined when the token is not ours or not valid. */
  verify(token: string): Actor | undefined {
    try {
      const c = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: this.config.jwtIssuer }) as KhenClaims;
      if (typeof c.sub !== 'string' || !ROLES.includes(c.role) || c.role === 'SYSTEM') return undefined;
      return { userId: c.sub, displayName: c.name, role: c.role, unitId: c.unitId, councilId: c.councilId };
    } catch {
      return undefined;
    }
  }
}
