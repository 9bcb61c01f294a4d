import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, JWTPayload, SignJWT } from 'jose';
import { Actor, isAuthorityLevel, ROLES, Role } from '@khen/domain';
import { API_CONFIG, ApiConfig } from '../config/api.config';

/** Our claims, whoever signs the token: the actor and the scope of their role (docs/architecture.md §5). */
interface KhenClaims extends JWTPayload {
  name?: string;
  role?: Role;
  unitId?: string;
  councilId?: string;
  authorityId?: string;
  level?: string;
  lead?: boolean;
}

/** The roles a token may carry: SYSTEM and PUBLIC are never granted by a token. */
const TOKEN_ROLES = ROLES.filter((r) => r !== 'SYSTEM' && r !== 'PUBLIC');

/**
 * Bearer tokens: HS256 with a local key in development, and any OIDC issuer's keys (JWKS, RS256 or
 * ES256) when KHEN_OIDC_ISSUER and KHEN_OIDC_JWKS_URL are set. Either way the claims are ours.
 */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);
  private readonly secret: Uint8Array;
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    this.secret = new TextEncoder().encode(config.jwtSecret);
    if (config.oidc) this.jwks = createRemoteJWKSet(new URL(config.oidc.jwksUrl));
  }

  /** A development token (HS256), as `npm start` prints for the demo users. */
  async sign(actor: Actor, expiresIn = '30d'): Promise<string> {
    const claims: KhenClaims = {
      name: actor.displayName,
      role: actor.role,
      unitId: actor.unitId,
      councilId: actor.councilId,
      authorityId: actor.authorityId,
      level: actor.level,
      lead: actor.lead,
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(actor.userId)
      .setIssuer(this.config.jwtIssuer)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.secret);
  }

  /** The actor a bearer token speaks for, or why not. */
  async verify(token: string): Promise<Actor | { reason: string }> {
    try {
      const { payload } =
        this.jwks && this.config.oidc
          ? await jwtVerify<KhenClaims>(token, this.jwks, {
              issuer: this.config.oidc.issuer,
              audience: this.config.oidc.audience,
              algorithms: ['RS256', 'ES256', 'PS256'],
            })
          : await jwtVerify<KhenClaims>(token, this.secret, { issuer: this.config.jwtIssuer, algorithms: ['HS256'] });
      return toActor(payload);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.logger.debug(`token refused: ${reason}`);
      return { reason };
    }
  }
}

function toActor(c: KhenClaims): Actor | { reason: string } {
  if (typeof c.sub !== 'string' || !c.sub) return { reason: 'no subject' };
  // Claims end up in events and tables: PostgreSQL text cannot hold a NUL.
  if (Object.values(c).some((v) => typeof v === 'string' && v.includes('\u0000')))
    return { reason: 'a claim contains a NUL character' };
  if (!c.role || !(TOKEN_ROLES as readonly string[]).includes(c.role))
    return { reason: `role ${String(c.role)} not granted by tokens` };
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    userId: c.sub,
    displayName: str(c.name),
    role: c.role,
    unitId: str(c.unitId),
    councilId: str(c.councilId),
    authorityId: str(c.authorityId),
    level: isAuthorityLevel(c.level) ? c.level : undefined,
    lead: c.lead === true,
  };
}
