import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import { users } from '../support/test-stack';

/**
 * Production sign-in (docs/architecture.md §5): any OIDC issuer signs the tokens, the API checks them against
 * the issuer's published keys (JWKS) and reads our claims. The issuer here is a real HTTP server.
 */
describe('bearer tokens from an OIDC issuer', () => {
  let server: Server;
  let issuer: string;
  let jwksRequests = 0;
  let issuerKey: KeyLike;
  let otherKey: KeyLike;
  let tokens: TokenService;
  const audience = 'khen-api';
  const claims = { name: 'Lê Thu Hà', role: 'TDKT_OFFICE', unitId: 'BAN-TDKT', councilId: 'HD-TP', lead: true };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    issuerKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'khen-test-1', alg: 'RS256', use: 'sig' };
    server = createServer((req, res) => {
      if (req.url !== '/realms/khen/protocol/openid-connect/certs') return void res.writeHead(404).end();
      jwksRequests++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    issuer = `${base}/realms/khen`;
    tokens = new TokenService(
      loadApiConfig({
        KHEN_OIDC_ISSUER: issuer,
        KHEN_OIDC_JWKS_URL: `${base}/realms/khen/protocol/openid-connect/certs`,
        KHEN_OIDC_AUDIENCE: audience,
      }),
    );
  });
  afterAll(async () => new Promise<void>((resolve) => server?.close(() => resolve())));

  /** A token as the issuer would sign it; each test spoils one thing. */
  function token(
    over: {
      key?: KeyLike;
      kid?: string;
      iss?: string;
      aud?: string;
      exp?: number | string;
      sub?: string;
      role?: string;
    } = {},
  ) {
    return new SignJWT({ ...claims, ...(over.role ? { role: over.role } : {}) })
      .setProtectedHeader({ alg: 'RS256', kid: over.kid ?? 'khen-test-1' })
      .setSubject(over.sub ?? 'ha.lt@hanoi.gov.vn')
      .setIssuer(over.iss ?? issuer)
      .setAudience(over.aud ?? audience)
      .setIssuedAt()
      .setExpirationTime(over.exp ?? '5m')
      .sign(over.key ?? issuerKey);
  }

  it("accepts a token signed by the issuer's key and reads the actor from our claims", async () => {
    const actor = await tokens.verify(await token());
    // The person, and the seats the token gives them (the directory adds its own at the guard).
    expect(actor).toEqual({
      userId: 'ha.lt@hanoi.gov.vn',
      displayName: 'Lê Thu Hà',
      seats: [
        {
          userId: 'ha.lt@hanoi.gov.vn',
          displayName: 'Lê Thu Hà',
          role: 'TDKT_OFFICE',
          unitId: 'BAN-TDKT',
          councilId: 'HD-TP',
          authorityId: undefined,
          level: undefined,
          lead: true,
        },
      ],
    });
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it.each([
    ["signed by another key under the issuer's key id", () => token({ key: otherKey })],
    ['signed by a key the issuer does not publish', () => token({ key: otherKey, kid: 'unknown-key' })],
    ['expired a minute ago', () => token({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ['from another issuer', () => token({ iss: 'https://sso.example.vn/realms/khen' })],
    ['for another audience', () => token({ aud: 'another-app' })],
    ['granting the SYSTEM role', () => token({ role: 'SYSTEM' })],
  ])('refuses a token %s', async (_name, make) => {
    const result = await tokens.verify(await make());
    expect(result).toEqual({
      reason: expect.any(String),
      messageVi: expect.any(String),
      messageEn: expect.any(String),
    });
  });

  it('accepts the HS256 demo tokens beside the issuer outside production only', async () => {
    const devToken = await new TokenService(loadApiConfig({})).sign(users.office);
    expect(await tokens.verify(devToken)).toMatchObject({
      userId: 'ban-tdkt',
      seats: [expect.objectContaining({ role: 'TDKT_OFFICE' })],
    });
    const production = new TokenService(
      loadApiConfig({
        NODE_ENV: 'production',
        KHEN_OIDC_ISSUER: issuer,
        KHEN_OIDC_JWKS_URL: `${issuer}/protocol/openid-connect/certs`,
        KHEN_OIDC_AUDIENCE: audience,
      }),
    );
    expect(await production.verify(devToken)).toEqual({
      reason: expect.stringContaining('not accepted'),
      messageVi: expect.stringContaining('nơi cấp không được hệ thống chấp nhận'),
      messageEn: expect.any(String),
    });
    expect(await production.verify(await token())).toMatchObject({ userId: 'ha.lt@hanoi.gov.vn' });
  });

  it('refuses to start in production without an issuer', () => {
    expect(() => loadApiConfig({ NODE_ENV: 'production', KHEN_JWT_SECRET: 'a-long-production-secret' })).toThrow(
      /KHEN_OIDC_ISSUER/,
    );
  });
});
