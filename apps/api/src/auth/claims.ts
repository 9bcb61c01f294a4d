import type { JWTPayload } from 'jose';
import { isAuthorityLevel, ROLES, type Actor, type Role } from '@khen/domain';

/** Our claims, whoever signs the token: the person and the roles they hold (docs/architecture.md, "Sign-in"). */
export interface KhenClaims extends JWTPayload {
  name?: string;
  /** One role: the form every token had first, still accepted. */
  role?: Role;
  /** Several roles (a claim array); `role`, when also present, comes first. */
  roles?: Role[];
  /** Keycloak's realm roles: those named like a Khen role count, the realm's own (offline_access…) are ignored. */
  realm_access?: { roles?: string[] };
  unitId?: string;
  councilId?: string;
  authorityId?: string;
  level?: string;
  lead?: boolean;
}

/** Why a token speaks for nobody: for the log (English) and for the person (Vietnamese, English). */
export interface TokenRefusal {
  reason: string;
  messageVi: string;
  messageEn: string;
}

/** A verified person: who they are, and the seats their token gives them, the first one acted as by default. */
export interface TokenPerson {
  userId: string;
  displayName?: string;
  seats: Actor[];
}

/** The roles a token may carry: SYSTEM and PUBLIC are never granted by a token. */
const TOKEN_ROLES = ROLES.filter((r) => r !== 'SYSTEM' && r !== 'PUBLIC');
const isTokenRole = (r: unknown): r is Role => (TOKEN_ROLES as readonly unknown[]).includes(r);

const refused = (reason: string, messageVi: string, messageEn: string): TokenRefusal => ({
  reason,
  messageVi,
  messageEn,
});

/** The person holds no Khen role at all (neither in the token nor in the directory). */
export const NO_ROLE: TokenRefusal = refused(
  'no Khen role in the token or the directory',
  'Tài khoản chưa được gán vai trò nào trong hệ thống Khen; vui lòng liên hệ quản trị viên.',
  'The account has no Khen role; contact an administrator.',
);

/**
 * THE one place where a verified token's claims become a person with seats: the subject is the user id,
 * the roles are `role`, `roles` and Keycloak's realm roles (in that order, each once), and the scope
 * (unit, council, authority, level, lead) is read from our claims, which the identity provider puts in
 * (Keycloak: user attributes through protocol mappers). A token's scope claims apply to each of its roles;
 * seats with scopes of their own come from the directory (auth.guard.ts combines both). People, passwords,
 * MFA and groups live in the identity provider; Khen keeps no user table.
 */
export function personFromClaims(c: KhenClaims): TokenPerson | TokenRefusal {
  if (typeof c.sub !== 'string' || !c.sub)
    return refused('no subject', 'Mã truy cập không cho biết người dùng.', 'The token names no user.');
  // Claims end up in events and tables: PostgreSQL text cannot hold a NUL.
  const texts = [c, c.roles, c.realm_access?.roles].flatMap((o) =>
    o && typeof o === 'object' ? Object.values(o) : [],
  );
  if (texts.some((v) => typeof v === 'string' && v.includes('\u0000')))
    return refused(
      'a claim contains a NUL character',
      'Mã truy cập chứa ký tự không hợp lệ.',
      'The token contains an invalid character.',
    );
  const named: unknown[] = [];
  if (c.role !== undefined) named.push(c.role);
  if (c.roles !== undefined) named.push(...(Array.isArray(c.roles) ? c.roles : [c.roles]));
  const refusedRole = named.find((r) => !isTokenRole(r));
  if (refusedRole !== undefined)
    return refused(
      `role ${String(refusedRole)} not granted by tokens`,
      'Mã truy cập ghi một vai trò không có trong hệ thống Khen; vui lòng liên hệ quản trị viên.',
      'The token names a role Khen does not grant; contact an administrator.',
    );
  const realm = Array.isArray(c.realm_access?.roles) ? c.realm_access.roles : [];
  if (realm.includes('SYSTEM') || realm.includes('PUBLIC'))
    return refused(
      'realm role SYSTEM or PUBLIC not granted by tokens',
      'Mã truy cập ghi một vai trò không có trong hệ thống Khen; vui lòng liên hệ quản trị viên.',
      'The token names a role Khen does not grant; contact an administrator.',
    );
  const roles = [...new Set([...(named as Role[]), ...realm.filter(isTokenRole)])];
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const displayName = str(c.name);
  const scope = {
    unitId: str(c.unitId),
    councilId: str(c.councilId),
    authorityId: str(c.authorityId),
    level: isAuthorityLevel(c.level) ? c.level : undefined,
    // A claim mapped without a JSON type arrives as the string "true".
    lead: c.lead === true || (c.lead as unknown) === 'true',
  };
  return { userId: c.sub, displayName, seats: roles.map((role) => ({ userId: c.sub!, displayName, role, ...scope })) };
}

/** The actor a token alone speaks for: its first role (a token with one `role` claim: exactly as it always was). */
export function actorFromClaims(c: KhenClaims): Actor | TokenRefusal {
  const person = personFromClaims(c);
  if ('reason' in person) return person;
  return person.seats[0] ?? NO_ROLE;
}
