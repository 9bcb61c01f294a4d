import type { JWTPayload } from 'jose';
import { isAuthorityLevel, ROLES, type Actor, type Role } from '@khen/domain';

/** Our claims, whoever signs the token: the actor and the scope of their role (docs/architecture.md §5). */
export interface KhenClaims extends JWTPayload {
  name?: string;
  role?: Role;
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

/** The roles a token may carry: SYSTEM and PUBLIC are never granted by a token. */
const TOKEN_ROLES = ROLES.filter((r) => r !== 'SYSTEM' && r !== 'PUBLIC');

const refused = (reason: string, messageVi: string, messageEn: string): TokenRefusal => ({
  reason,
  messageVi,
  messageEn,
});

/**
 * THE one place where a verified token's claims become an actor: the subject is the user id, and the
 * role and its scope (unit, council, authority, level, lead) are read from our claims, which the
 * identity provider puts in (Keycloak: user attributes through protocol mappers). People, passwords,
 * MFA and groups live in the identity provider; Khen keeps no user table. Seats held in the directory
 * will be combined with the claims here, and nowhere else.
 */
export function actorFromClaims(c: KhenClaims): Actor | TokenRefusal {
  if (typeof c.sub !== 'string' || !c.sub)
    return refused('no subject', 'Mã truy cập không cho biết người dùng.', 'The token names no user.');
  // Claims end up in events and tables: PostgreSQL text cannot hold a NUL.
  if (Object.values(c).some((v) => typeof v === 'string' && v.includes('\u0000')))
    return refused(
      'a claim contains a NUL character',
      'Mã truy cập chứa ký tự không hợp lệ.',
      'The token contains an invalid character.',
    );
  if (!c.role || !(TOKEN_ROLES as readonly string[]).includes(c.role))
    return refused(
      `role ${String(c.role)} not granted by tokens`,
      'Tài khoản chưa được gán vai trò nào trong hệ thống Khen; vui lòng liên hệ quản trị viên.',
      'The account has no Khen role; contact an administrator.',
    );
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    userId: c.sub,
    displayName: str(c.name),
    role: c.role,
    unitId: str(c.unitId),
    councilId: str(c.councilId),
    authorityId: str(c.authorityId),
    level: isAuthorityLevel(c.level) ? c.level : undefined,
    // A claim mapped without a JSON type arrives as the string "true".
    lead: c.lead === true || (c.lead as unknown) === 'true',
  };
}
