import { SignJWT } from 'jose';
import type { FuzzContext } from './requests';

/** Tokens a client could forge or mangle: made once (signing is async), then picked from. */
export async function forgedTokens(
  ctx: Pick<FuzzContext, 'token' | 'users' | 'jwtSecret' | 'jwtIssuer'>,
): Promise<string[]> {
  const secret = new TextEncoder().encode(ctx.jwtSecret);
  const base = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ctx.jwtIssuer).setIssuedAt();
  return [
    'Bearer not.a.jwt',
    `Bearer ${ctx.token(ctx.users.admin).slice(0, -4)}AAAA`,
    `Bearer ${await base({ role: 'SYSTEM' }).setSubject('system').setExpirationTime('1h').sign(secret)}`,
    `Bearer ${await base({ role: 'PUBLIC' }).setSubject('x').setExpirationTime('1h').sign(secret)}`,
    `Bearer ${await base({ role: 'ADMIN' })
      .setSubject('quan-tri')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret)}`,
    `Bearer ${await base({ role: 'ADMIN' }).setSubject('quan-tri').setExpirationTime('1h').sign(new TextEncoder().encode('a-different-secret-of-32-bytes!!'))}`,
    `Bearer ${await base({ role: '__proto__', unitId: { $ne: 1 } })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(secret)}`,
    `Bearer ${await base({ role: 'UNIT_OFFICER', unitId: 'Ư'.repeat(3000) })
      .setSubject('a\u0000b')
      .setExpirationTime('1h')
      .sign(secret)}`,
    `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"quan-tri","role":"ADMIN"}').toString('base64url')}.`,
    `Basic ${Buffer.from('admin:admin').toString('base64')}`,
    'Bearer ',
    'bearer x',
  ];
}
