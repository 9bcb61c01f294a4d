import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORITY_LEVELS, ROLES, type Actor, type Role } from '@khen/domain';
import { DEMO_USERS } from '../../apps/api/src/demo/demo-users';
import { LOGIN_TEXTS_EN, LOGIN_TEXTS_VI } from './keycloak-login-texts';

/**
 * The Keycloak realm `khen` of `npm start`, `npm test` and docker/compose.yml, written to
 * config/keycloak/khen-realm.json by `npm run build && node dist/scripts/demo/keycloak-realm.js` (the
 * committed file must equal this output: test/integration/keycloak.int.spec.ts checks it). The people are the demo
 * users of apps/api/src/demo/demo-users.ts with one demo password. Their roles are realm roles (a person may
 * hold several: DEMO_REALM_ROLES), read into the tokens' `realm_access.roles`; the role acted as first and the
 * scope (unit, council, authority, level, lead) are user attributes that protocol mappers put into the
 * tokens as our claims (docs/architecture.md §5). apps/api/src/auth/claims.ts reads both.
 */
export const REALM = 'khen';
/** The pages' public client (authorization code + PKCE) and the audience the API requires. */
export const WEB_CLIENT_ID = 'khen-web';
export const API_AUDIENCE = 'khen-api';
/** A Keycloak import placeholder: the environment's KHEN_WEB_ORIGIN, else npm start's pages. */
const WEB_ORIGIN = '${KHEN_WEB_ORIGIN:http://127.0.0.1:3000}';
/** Demo only: every demo user's password (README; printed by npm start). */
export const DEMO_PASSWORD = 'khen-demo-2026';

/** The realm roles a token may carry: Khen's roles, never SYSTEM or PUBLIC (the API refuses those). */
export const KHEN_REALM_ROLES = ROLES.filter((r) => r !== 'SYSTEM' && r !== 'PUBLIC');

/**
 * Demo users holding more than their one demo role: the administrator also watches deadlines (SLA_MONITOR),
 * so that Keycloak's own tokens show a person with two roles. Everyone else holds their demo role.
 */
export const DEMO_REALM_ROLES: Partial<Record<string, Role[]>> = { 'quan-tri': ['ADMIN', 'SLA_MONITOR'] };

const ROLE_DESCRIPTIONS: Partial<Record<Role, string>> = {
  UNIT_OFFICER: 'Cán bộ thi đua của đơn vị (Unit officer)',
  TDKT_OFFICE: 'Ban Thi đua – Khen thưởng (Emulation and commendation office)',
  COUNCIL_MEMBER: 'Thành viên Hội đồng (Council member)',
  AUTHORITY: 'Người có thẩm quyền quyết định (Authority)',
  ADMIN: 'Quản trị hệ thống (Administrator)',
  SLA_MONITOR: 'Giám sát tiến độ (Deadline monitor)',
};

/** User attribute → claim (the claim names TokenService reads). */
const CLAIMS: { attribute: string; claim: string; type: 'String' | 'boolean' }[] = [
  { attribute: 'displayName', claim: 'name', type: 'String' },
  { attribute: 'role', claim: 'role', type: 'String' },
  { attribute: 'unitId', claim: 'unitId', type: 'String' },
  { attribute: 'councilId', claim: 'councilId', type: 'String' },
  { attribute: 'authorityId', claim: 'authorityId', type: 'String' },
  { attribute: 'level', claim: 'level', type: 'String' },
  { attribute: 'lead', claim: 'lead', type: 'boolean' },
];

const attributeMapper = (a: (typeof CLAIMS)[number]) => ({
  name: `khen-${a.claim}`,
  protocol: 'openid-connect',
  protocolMapper: 'oidc-usermodel-attribute-mapper',
  consentRequired: false,
  config: {
    'user.attribute': a.attribute,
    'claim.name': a.claim,
    'jsonType.label': a.type,
    'access.token.claim': 'true',
    'id.token.claim': 'true',
    'userinfo.token.claim': 'true',
    'introspection.token.claim': 'true',
    multivalued: 'false',
    'aggregate.attrs': 'false',
  },
});

/** Declarative user profile: our attributes, visible to the person, editable by administrators only. */
function userProfile(): string {
  const adminOnly = { view: ['admin', 'user'], edit: ['admin'] };
  const own = { view: ['admin', 'user'], edit: ['admin', 'user'] };
  const options = (values: readonly string[]) => ({ options: { options: [...values] } });
  const khen = (name: string, displayName: string, validations: object = { length: { max: 120 } }) => ({
    name,
    displayName,
    group: 'khen',
    permissions: adminOnly,
    multivalued: false,
    validations,
  });
  return JSON.stringify({
    attributes: [
      {
        name: 'username',
        displayName: '${username}',
        validations: {
          length: { min: 3, max: 255 },
          'username-prohibited-characters': {},
          'up-username-not-idn-homograph': {},
        },
        permissions: own,
        multivalued: false,
      },
      {
        name: 'email',
        displayName: '${email}',
        validations: { email: {}, length: { max: 255 } },
        permissions: own,
        multivalued: false,
      },
      {
        name: 'firstName',
        displayName: '${firstName}',
        validations: { length: { max: 255 } },
        permissions: own,
        multivalued: false,
      },
      {
        name: 'lastName',
        displayName: '${lastName}',
        validations: { length: { max: 255 } },
        permissions: own,
        multivalued: false,
      },
      khen('displayName', 'Tên hiển thị (Display name)', { length: { max: 200 } }),
      khen('role', 'Vai trò dùng mặc định (Role acted as first)', options(KHEN_REALM_ROLES)),
      khen('unitId', 'Mã đơn vị (Unit)'),
      khen('councilId', 'Mã Hội đồng (Council)'),
      khen('authorityId', 'Mã cơ quan có thẩm quyền (Authority)'),
      khen('level', 'Cấp quyết định (Level)', options(AUTHORITY_LEVELS)),
      khen('lead', 'Trưởng ban / chủ tịch (Lead)', options(['true', 'false'])),
    ],
    groups: [
      {
        name: 'user-metadata',
        displayHeader: 'User metadata',
        displayDescription: 'Attributes, which refer to user metadata',
      },
      {
        name: 'khen',
        displayHeader: 'Khen: vai trò và phạm vi (role and scope)',
        displayDescription: 'Đọc vào mã truy cập (read into the tokens)',
      },
    ],
  });
}

function user(a: Actor) {
  const attributes: Record<string, string[]> = { role: [a.role] };
  if (a.displayName) attributes.displayName = [a.displayName];
  for (const key of ['unitId', 'councilId', 'authorityId', 'level'] as const) {
    const value = a[key];
    if (value) attributes[key] = [value];
  }
  if (a.lead) attributes.lead = ['true'];
  return {
    // The subject of the tokens is our user id: council seats and recusals name members by it.
    id: a.userId,
    username: a.userId,
    enabled: true,
    email: `${a.userId}@khen.example`,
    emailVerified: true,
    attributes,
    // Every role the person holds (the `role` attribute names the one acted as first; it is among these).
    realmRoles: DEMO_REALM_ROLES[a.userId] ?? [a.role],
    credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
  };
}

export function khenRealm() {
  return {
    realm: REALM,
    enabled: true,
    displayName: 'Khen · Thi đua – Khen thưởng',
    sslRequired: 'external',
    registrationAllowed: false,
    resetPasswordAllowed: false,
    rememberMe: false,
    loginWithEmailAllowed: false,
    duplicateEmailsAllowed: false,
    // Brute force: 5 failures lock the account for a growing wait (1 min, doubling up to 15 min).
    bruteForceProtected: true,
    permanentLockout: false,
    failureFactor: 5,
    waitIncrementSeconds: 60,
    maxFailureWaitSeconds: 900,
    minimumQuickLoginWaitSeconds: 60,
    quickLoginCheckMilliSeconds: 1000,
    maxDeltaTimeSeconds: 43200,
    // Access tokens live 5 minutes; the pages refresh them while the session is alive (30 min idle, 10 h).
    accessTokenLifespan: 300,
    ssoSessionIdleTimeout: 1800,
    ssoSessionMaxLifespan: 36000,
    revokeRefreshToken: false,
    passwordPolicy: 'length(12) and notUsername and notEmail',
    internationalizationEnabled: true,
    supportedLocales: ['vi', 'en'],
    defaultLocale: 'vi',
    localizationTexts: { vi: LOGIN_TEXTS_VI, en: LOGIN_TEXTS_EN },
    roles: { realm: KHEN_REALM_ROLES.map((name) => ({ name, description: ROLE_DESCRIPTIONS[name] })) },
    // The pages' client carries Khen's realm roles only (fullScopeAllowed is off): not offline_access and the like.
    scopeMappings: [{ client: WEB_CLIENT_ID, roles: [...KHEN_REALM_ROLES] }],
    clients: [
      {
        clientId: WEB_CLIENT_ID,
        name: 'Khen (trang web / web pages)',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: true,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        frontchannelLogout: false,
        // KHEN_WEB_ORIGIN (read by Keycloak when it imports the realm): where the pages are served; the
        // browser calls the token endpoint from there (CORS). Loopback redirects match any port (RFC 8252 §7.3).
        redirectUris: [`${WEB_ORIGIN}/*`, 'http://127.0.0.1/*', 'http://localhost/*'],
        webOrigins: [WEB_ORIGIN, '+'],
        attributes: {
          'pkce.code.challenge.method': 'S256',
          'post.logout.redirect.uris': '+',
          'use.refresh.tokens': 'true',
          'oauth2.device.authorization.grant.enabled': 'false',
        },
        fullScopeAllowed: false,
        defaultClientScopes: ['basic', 'acr'],
        optionalClientScopes: [],
        protocolMappers: [
          {
            name: 'khen-api-audience',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-audience-mapper',
            consentRequired: false,
            config: {
              'included.custom.audience': API_AUDIENCE,
              'access.token.claim': 'true',
              'id.token.claim': 'false',
              'introspection.token.claim': 'true',
            },
          },
          {
            // The person's realm roles, as claims.ts reads them (the `roles` client scope is not asked for).
            name: 'khen-realm-roles',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-usermodel-realm-role-mapper',
            consentRequired: false,
            config: {
              'claim.name': 'realm_access.roles',
              'jsonType.label': 'String',
              multivalued: 'true',
              'access.token.claim': 'true',
              'id.token.claim': 'false',
              'userinfo.token.claim': 'true',
              'introspection.token.claim': 'true',
            },
          },
          ...CLAIMS.map(attributeMapper),
        ],
      },
    ],
    users: Object.values(DEMO_USERS).map(user),
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        {
          providerId: 'declarative-user-profile',
          subComponents: {},
          config: { 'kc.user.profile.config': [userProfile()] },
        },
      ],
    },
  };
}

export const realmJson = () => `${JSON.stringify(khenRealm(), null, 2)}\n`;

if (require.main === module) {
  const file = process.argv[2] ?? join(process.cwd(), 'config/keycloak/khen-realm.json');
  writeFileSync(file, realmJson());
  console.log(`wrote ${file}`);
}
