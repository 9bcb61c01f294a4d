import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Actor } from '@khen/domain';
import { API_CONFIG, ApiConfig, OidcConfig } from '../config/api.config';
import { personFromClaims, KhenClaims, TokenPerson, TokenRefusal } from './claims';

/** The identity provider could not be asked for its keys: not the person's fault (503, not 401). */
export interface IssuerUnavailable extends TokenRefusal {
  unavailable: true;
}

const refused = (reason: string, messageVi: string, messageEn: string): TokenRefusal => ({
  reason,
  messageVi,
  messageEn,
});

/**
 * Bearer tokens (docs/architecture.md §5, "Sign-in"). Two issuers, told apart by the token's `iss`
 * and each verified with its own key and rules:
 * - the configured OpenID Connect issuer (KHEN_OIDC_ISSUER: Keycloak by default): RS256/ES256/PS256 against
 *   its JWKS, and the audience KHEN_OIDC_AUDIENCE;
 * - DEMO/TEST ONLY, never when NODE_ENV=production: HS256 tokens of the demo users signed with
 *   KHEN_JWT_SECRET (issuer KHEN_JWT_ISSUER), for tests that need many users quickly and the curl
 *   walk-through.
 * Any other issuer is refused. Either way the claims are ours, read by actorFromClaims.
 */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);
  private readonly secret: Uint8Array;
  private jwks?: Promise<JWTVerifyGetKey>;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    this.secret = new TextEncoder().encode(config.jwtSecret);
  }

  /** DEMO/TEST ONLY: a demo user's token (HS256), as `npm start` prints; refused in production. */
  async sign(actor: Actor, expiresIn = '30d'): Promise<string> {
    if (!this.config.demo) throw new Error('demo tokens are never issued in production');
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

  /** The person a bearer token speaks for, with the seats it gives them, or why not. */
  async verify(token: string): Promise<TokenPerson | TokenRefusal | IssuerUnavailable> {
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return refused('malformed token', 'Mã truy cập không đúng định dạng.', 'The bearer token is malformed.');
    }
    const oidc = this.config.oidc;
    try {
      if (oidc && issuer === oidc.issuer) {
        const { payload } = await jwtVerify<KhenClaims>(token, await this.issuerKeys(oidc), {
          issuer: oidc.issuer,
          audience: oidc.audience,
          algorithms: ['RS256', 'ES256', 'PS256'],
        });
        return personFromClaims(payload);
      }
      if (this.config.demo && issuer === this.config.jwtIssuer) {
        const { payload } = await jwtVerify<KhenClaims>(token, this.secret, {
          issuer: this.config.jwtIssuer,
          algorithms: ['HS256'],
        });
        return personFromClaims(payload);
      }
      return refused(
        `issuer ${JSON.stringify(issuer)} is not accepted${oidc ? ` (only ${oidc.issuer})` : ''}`,
        'Mã truy cập do một nơi cấp không được hệ thống chấp nhận; vui lòng đăng nhập lại qua trang đăng nhập của Khen.',
        'The token comes from an issuer this system does not accept; sign in again through Khen’s sign-in page.',
      );
    } catch (err) {
      const refusal = this.explain(err);
      this.logger.debug(`token refused: ${refusal.reason}`);
      return refusal;
    }
  }

  /** The issuer's keys: KHEN_OIDC_JWKS_URL, or the jwks_uri of its discovery document (asked once). */
  private issuerKeys(oidc: OidcConfig): Promise<JWTVerifyGetKey> {
    this.jwks ??= (async () => {
      let url = oidc.jwksUrl;
      if (!url) {
        const res = await fetch(`${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
          signal: AbortSignal.timeout(5000),
        });
        if (!res.ok) throw new IssuerDown(`discovery answered ${res.status}`);
        const doc = (await res.json()) as { issuer?: string; jwks_uri?: string };
        if (doc.issuer !== oidc.issuer || !doc.jwks_uri) throw new IssuerDown('discovery names another issuer');
        url = doc.jwks_uri;
      }
      return createRemoteJWKSet(new URL(url), { timeoutDuration: 5000 });
    })().catch((err: unknown) => {
      this.jwks = undefined;
      throw err instanceof IssuerDown ? err : new IssuerDown(String(err));
    });
    return this.jwks;
  }

  private explain(err: unknown): TokenRefusal | IssuerUnavailable {
    const reason = err instanceof Error ? err.message : String(err);
    if (err instanceof errors.JWTExpired)
      return refused(
        reason,
        'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.',
        'The session has expired; sign in again.',
      );
    if (err instanceof errors.JWTClaimValidationFailed && err.claim === 'aud')
      return refused(
        reason,
        'Mã truy cập không được cấp cho hệ thống Khen (sai đối tượng sử dụng); vui lòng đăng nhập lại qua trang đăng nhập của Khen.',
        'The token was not issued for Khen (wrong audience); sign in again through Khen’s sign-in page.',
      );
    if (err instanceof errors.JWTClaimValidationFailed && err.claim === 'iss')
      return refused(
        reason,
        'Mã truy cập do một nơi cấp không được hệ thống chấp nhận.',
        'The token comes from an issuer this system does not accept.',
      );
    if (issuerDown(err))
      return {
        ...refused(
          `identity provider unreachable: ${reason}`,
          'Chưa kiểm tra được mã truy cập vì nhà cung cấp định danh không phản hồi; vui lòng thử lại sau ít phút.',
          'The identity provider did not answer, so the token could not be checked; try again shortly.',
        ),
        unavailable: true,
      };
    return refused(
      reason,
      'Mã truy cập không hợp lệ (chữ ký hoặc nội dung sai); vui lòng đăng nhập lại.',
      'The bearer token is invalid (signature or content); sign in again.',
    );
  }
}

class IssuerDown extends Error {}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

/** Discovery or the JWKS could not be fetched: refused connection, timeout, or an answer other than 200. */
function issuerDown(err: unknown): boolean {
  if (err instanceof IssuerDown || err instanceof errors.JWKSTimeout) return true;
  if (err instanceof errors.JOSEError && /JSON Web Key Set HTTP response/.test(err.message)) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}
