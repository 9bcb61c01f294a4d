import { actorFromClaims, personFromClaims, type KhenClaims } from './claims';

/** The one mapping of a verified token's claims to an actor (docs/architecture.md §5). */
describe('actorFromClaims', () => {
  const base = { sub: 'hd-chu-tich', role: 'COUNCIL_MEMBER' as const, name: 'Phạm Quốc Hùng', councilId: 'HD-TP' };

  it('reads the subject as the user id and the role and scope from our claims', () => {
    expect(
      actorFromClaims({ ...base, unitId: 'SO-NV', lead: true, level: 'PROVINCE', authorityId: 'UBND-TP' }),
    ).toEqual({
      userId: 'hd-chu-tich',
      displayName: 'Phạm Quốc Hùng',
      role: 'COUNCIL_MEMBER',
      unitId: 'SO-NV',
      councilId: 'HD-TP',
      authorityId: 'UBND-TP',
      level: 'PROVINCE',
      lead: true,
    });
  });

  it('takes "true" as lead (a mapper without a JSON type) and ignores an unknown level or empty scope', () => {
    const actor = actorFromClaims({ ...base, lead: 'true' as unknown as boolean, level: 'GALAXY', unitId: '' });
    expect(actor).toMatchObject({ lead: true, level: undefined, unitId: undefined });
    expect(actorFromClaims({ ...base, lead: 'false' as unknown as boolean })).toMatchObject({ lead: false });
  });

  it.each([
    ['no subject', { ...base, sub: undefined }],
    ['no role', { ...base, role: undefined }],
    ['the SYSTEM role', { ...base, role: 'SYSTEM' as const }],
    ['the PUBLIC role', { ...base, role: 'PUBLIC' as const }],
    ['a NUL in a claim', { ...base, name: 'Phạm\u0000Hùng' }],
    ['a NUL in a role of the set', { ...base, roles: ['AUTHORITY\u0000' as 'AUTHORITY'] }],
    ['SYSTEM in the set of roles', { ...base, roles: ['AUTHORITY', 'SYSTEM' as 'AUTHORITY'] }],
    ['an unknown role in the set', { ...base, roles: ['CHU_TICH' as 'ADMIN'] }],
    ['SYSTEM among the realm roles', { ...base, realm_access: { roles: ['SYSTEM'] } }],
  ])('refuses a token with %s, saying why in Vietnamese', (_why, claims) => {
    expect(actorFromClaims(claims as KhenClaims)).toEqual({
      reason: expect.any(String),
      messageVi: expect.any(String),
      messageEn: expect.any(String),
    });
  });

  describe('a set of roles', () => {
    const person = { sub: 'hd-giao-duc', name: 'Ngô Đức Anh', unitId: 'SO-GD', councilId: 'HD-TP' };

    it('gives one seat per role of `role`, `roles` and the Khen realm roles, in that order and each once', () => {
      const p = personFromClaims({
        ...person,
        role: 'COUNCIL_MEMBER',
        roles: ['AUTHORITY', 'COUNCIL_MEMBER'],
        realm_access: { roles: ['offline_access', 'default-roles-khen', 'UNIT_OFFICER', 'AUTHORITY'] },
      });
      expect(p).toMatchObject({ userId: 'hd-giao-duc', displayName: 'Ngô Đức Anh' });
      expect('seats' in p && p.seats.map((s) => s.role)).toEqual(['COUNCIL_MEMBER', 'AUTHORITY', 'UNIT_OFFICER']);
      expect('seats' in p && p.seats[1]).toEqual({
        userId: 'hd-giao-duc',
        displayName: 'Ngô Đức Anh',
        role: 'AUTHORITY',
        unitId: 'SO-GD',
        councilId: 'HD-TP',
        authorityId: undefined,
        level: undefined,
        lead: false,
      });
    });

    it('acts as the first role when the token alone speaks, and reads Keycloak realm roles alone', () => {
      expect(actorFromClaims({ ...person, roles: ['AUTHORITY', 'COUNCIL_MEMBER'] })).toMatchObject({
        role: 'AUTHORITY',
      });
      expect(
        actorFromClaims({ ...person, realm_access: { roles: ['uma_authorization', 'TDKT_OFFICE'] } }),
      ).toMatchObject({ role: 'TDKT_OFFICE' });
    });

    it('leaves a person without any role in the token to the directory (no seat yet, not refused here)', () => {
      expect(personFromClaims({ ...person, realm_access: { roles: ['offline_access'] } })).toMatchObject({
        userId: 'hd-giao-duc',
        seats: [],
      });
      // The token alone speaks for nobody then.
      expect(actorFromClaims({ ...person })).toMatchObject({ messageVi: expect.stringContaining('chưa được gán') });
    });
  });
});
