import { actorFromClaims } from './claims';

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
  ])('refuses a token with %s, saying why in Vietnamese', (_why, claims) => {
    expect(actorFromClaims(claims)).toEqual({
      reason: expect.any(String),
      messageVi: expect.any(String),
      messageEn: expect.any(String),
    });
  });
});
