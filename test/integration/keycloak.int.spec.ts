import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import { DEMO_USERS } from '../../apps/api/src/demo/demo-users';
import { loadDirectory } from '../../scripts/demo/demo-directory';
import { API_AUDIENCE, khenRealm } from '../../scripts/demo/keycloak-realm';
import { signInAtKeycloak, trustKeycloak } from '../support/keycloak';

/**
 * Sign-in through the embedded Keycloak (docs/architecture.md, "Sign-in"): the realm file, the claims its
 * mappers put into real Keycloak tokens, and what the API refuses: a token for another audience (Keycloak's
 * own account console), from another issuer, or signed by another key; demo tokens in production.
 */
describe('the API behind Keycloak', () => {
  let api: INestApplication;
  let issuer: string;
  const http = () => request(api.getHttpServer());
  const me = (token: string) => http().get('/api/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    issuer = trustKeycloak();
    api = await NestFactory.create(AppModule, { logger: ['error'], bodyParser: false });
    configureApp(api);
    await api.init();
  });
  afterAll(async () => api?.close());

  it('imports the realm file that scripts/demo/keycloak-realm.ts writes (one user per demo user)', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../config/keycloak/khen-realm.json'), 'utf8'));
    expect(file).toEqual(khenRealm());
    expect(file.users.map((u: { id: string }) => u.id).sort()).toEqual(
      Object.values(DEMO_USERS)
        .map((a) => a.userId)
        .sort(),
    );
  });

  it('tells the pages where to sign in', async () => {
    const res = await http().get('/api/auth/config').expect(200);
    expect(res.body).toEqual({
      oidc: { issuer, clientId: 'khen-web', scope: 'openid', audience: API_AUDIENCE },
      demo: true,
    });
  });

  it.each(['unitOfficer', 'office', 'member1', 'authoritySoGd'] as const)(
    "reads the actor %s from the claims of Keycloak's access token",
    async (key) => {
      const demo = DEMO_USERS[key];
      const { accessToken } = await signInAtKeycloak(demo.userId);
      const res = await me(accessToken).expect(200);
      expect(res.body).toMatchObject({ ...demo, lead: demo.lead === true });
    },
  );

  it("acts as either seat of the person Keycloak signs in: the token's role, and the directory's seat", async () => {
    // Ngô Đức Anh: COUNCIL_MEMBER in his Keycloak attributes; AUTHORITY of SO-GD granted in the directory.
    await loadDirectory(api.get(DataSource));
    const { accessToken } = await signInAtKeycloak(DEMO_USERS.member4.userId);
    const asMember = await me(accessToken).expect(200);
    expect(asMember.body).toMatchObject({
      role: 'COUNCIL_MEMBER',
      councilId: 'HD-TP',
      actingAs: 'COUNCIL_MEMBER:HD-TP',
    });
    expect(asMember.body.seats.map((s: { key: string }) => s.key)).toEqual(['COUNCIL_MEMBER:HD-TP', 'AUTHORITY:SO-GD']);
    const asSigner = await me(accessToken).set('X-Khen-Acting-As', 'AUTHORITY').expect(200);
    expect(asSigner.body).toMatchObject({ role: 'AUTHORITY', authorityId: 'SO-GD', level: 'DEPARTMENT' });
    const refused = await me(accessToken).set('X-Khen-Acting-As', 'ADMIN').expect(403);
    expect(refused.body).toMatchObject({
      code: 'ACTING_AS_NOT_HELD',
      detail: expect.stringContaining('quản trị viên'),
    });
  });

  it('gives a person with two realm roles both seats from the one Keycloak token, and acts as either', async () => {
    // quan-tri holds the realm roles ADMIN and SLA_MONITOR; `role` (ADMIN) names the one acted as first.
    const { accessToken } = await signInAtKeycloak(DEMO_USERS.admin.userId);
    const claims = decodeJwt(accessToken) as { realm_access?: { roles?: string[] }; role?: string };
    // Only Khen's roles reach the token (the realm's default roles are not mapped to the pages' client).
    expect([...(claims.realm_access?.roles ?? [])].sort()).toEqual(['ADMIN', 'SLA_MONITOR']);
    expect(claims.role).toBe('ADMIN');
    const asAdmin = await me(accessToken).expect(200);
    expect(asAdmin.body).toMatchObject({ role: 'ADMIN', actingAs: 'ADMIN' });
    expect(asAdmin.body.seats.map((s: { key: string }) => s.key)).toEqual(['ADMIN', 'SLA_MONITOR']);
    const asMonitor = await me(accessToken).set('X-Khen-Acting-As', 'SLA_MONITOR').expect(200);
    expect(asMonitor.body).toMatchObject({ role: 'SLA_MONITOR', actingAs: 'SLA_MONITOR', userId: 'quan-tri' });
    // A person with one role gets that one only.
    const officer = decodeJwt((await signInAtKeycloak(DEMO_USERS.unitOfficer.userId)).accessToken) as {
      realm_access?: { roles?: string[] };
    };
    expect(officer.realm_access?.roles).toEqual(['UNIT_OFFICER']);
  });

  it("refuses a token of the same issuer for another audience (Keycloak's account console): 401 in Vietnamese", async () => {
    const { accessToken } = await signInAtKeycloak(DEMO_USERS.admin.userId, {
      clientId: 'account-console',
      redirectUri: `${issuer}/account/`,
    });
    const res = await me(accessToken).expect(401);
    expect(res.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: expect.stringContaining('không được cấp cho hệ thống Khen'),
      detailEn: expect.stringContaining('wrong audience'),
    });
  });

  it('refuses a token from another issuer, and one in the name of Keycloak signed by another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forge = (iss: string) =>
      new SignJWT({ role: 'ADMIN', name: 'Kẻ mạo danh' })
        .setProtectedHeader({ alg: 'RS256', kid: 'not-keycloak' })
        .setSubject('quan-tri')
        .setIssuer(iss)
        .setAudience(API_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    const other = await me(await forge('https://sso.example.vn/realms/khen')).expect(401);
    expect(other.body.detail).toContain('nơi cấp không được hệ thống chấp nhận');
    const forged = await me(await forge(issuer)).expect(401);
    expect(forged.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: expect.stringContaining('không hợp lệ') });
  });

  it('accepts the demo tokens beside Keycloak outside production, never in production', async () => {
    const demoToken = await new TokenService(loadApiConfig({})).sign(DEMO_USERS.office);
    await me(demoToken).expect(200);
    const production = new TokenService(loadApiConfig({ NODE_ENV: 'production', KHEN_OIDC_ISSUER: issuer }));
    expect(await production.verify(demoToken)).toMatchObject({ reason: expect.stringContaining('not accepted') });
    const { accessToken } = await signInAtKeycloak(DEMO_USERS.office.userId);
    expect(await production.verify(accessToken)).toMatchObject({
      userId: 'ban-tdkt',
      seats: [expect.objectContaining({ role: 'TDKT_OFFICE' })],
    });
    await expect(production.sign(DEMO_USERS.office)).rejects.toThrow(/never issued in production/);
  });

  it('counts an issuer that cannot be asked for its keys as unavailable (503), not as a bad token (401)', async () => {
    const down = 'http://127.0.0.1:9/realms/khen';
    const tokens = new TokenService(loadApiConfig({ KHEN_OIDC_ISSUER: down }));
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('quan-tri')
      .setIssuer(down)
      .setAudience(API_AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await tokens.verify(token)).toMatchObject({
      unavailable: true,
      messageVi: expect.stringContaining('thử lại'),
    });
  });
});
