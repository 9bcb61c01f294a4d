import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkEligibility } from './eligibility';
import { collectiveCounts, countedCollective } from './collective-counts';
import type { RegistryEntry } from './facts';

const ldtt = (key: string, year = 2026, awardCode = 'LDTT'): RegistryEntry => ({
  nomineeKey: key,
  awardCode,
  year,
  kind: 'CONG_TRANG',
});
const declared = { members: 10, completedDuties: 10, ldtt: 10, cstdCs: 1 };
const keys = Array.from({ length: 10 }, (_, i) => `NV-${i + 1}`);

describe('a collective’s counts: the registry for the members it knows, the declaration for the others', () => {
  it('takes the declaration when no member is listed, or none is in the registry', () => {
    expect(collectiveCounts(declared, [], 2026)).toMatchObject({ ...declared, source: 'DECLARED', fromRegistry: 0 });
    expect(collectiveCounts({ ...declared, memberKeys: keys }, [ldtt('OTHER')], 2026)).toMatchObject({
      ldtt: 10,
      source: 'DECLARED',
    });
  });

  it('counts every listed member by its records when the registry knows them all, whatever was declared', () => {
    const records = [...keys.slice(0, 6).map((k) => ldtt(k)), ...keys.slice(6).map((k) => ldtt(k, 2025))];
    records.push(ldtt('NV-1', 2026, 'CSTD_CS'));
    expect(collectiveCounts({ ...declared, memberKeys: keys }, records, 2026)).toEqual({
      members: 10,
      completedDuties: 10,
      ldtt: 6,
      cstdCs: 1,
      source: 'REGISTRY',
      fromRegistry: 10,
      declared: 0,
    });
  });

  it('a Chiến sĩ thi đua of the year counts as «Lao động tiên tiến»', () => {
    const records = keys.map((k) => ldtt(k, 2026, 'CSTD_CS'));
    expect(collectiveCounts({ ...declared, memberKeys: keys }, records, 2026)).toMatchObject({ ldtt: 10, cstdCs: 10 });
  });

  it('mixes: the declared counts stand only for the members the registry does not know, never for more', () => {
    // Four known members, one of them LĐTT; six unknown: the ten declared count for at most those six.
    const records = [ldtt('NV-1'), ldtt('NV-2', 2025), ldtt('NV-3', 2025), ldtt('NV-4', 2025)];
    expect(collectiveCounts({ ...declared, memberKeys: keys }, records, 2026)).toMatchObject({
      members: 10,
      ldtt: 7,
      source: 'MIXED',
      fromRegistry: 4,
      declared: 6,
    });
  });

  it('mixes the Chiến sĩ thi đua too, and never counts more members completing their duties than listed', () => {
    // NV-1 is CSTĐ cơ sở in the registry; one more is declared among the six members it does not know.
    const records = [ldtt('NV-1', 2026, 'CSTD_CS'), ldtt('NV-2'), ldtt('NV-3'), ldtt('NV-4')];
    expect(
      collectiveCounts({ members: 12, completedDuties: 12, ldtt: 6, cstdCs: 1, memberKeys: keys }, records, 2026),
    ).toMatchObject({ members: 10, completedDuties: 10, ldtt: 10, cstdCs: 2, source: 'MIXED' });
  });

  it('is recorded for an award that asks for the results among other options', () => {
    const ttldxs = SEED_RULE_SET.awards.TTLDXS!;
    const results = ttldxs.prerequisites.find((p) => p.type === 'COLLECTIVE_RESULTS')!;
    const rule = results.rule;
    const award = {
      ...ttldxs,
      prerequisites: [
        { type: 'CLUSTER_LEAD' as const, rule },
        {
          type: 'ANY_OF' as const,
          rule,
          options: [{ type: 'INITIATIVE' as const, scope: 'UNIT' as const, rule }, results],
        },
      ],
    };
    const achievements = { collective: { ...declared, memberKeys: keys } };
    expect(countedCollective(achievements, { award }, { members: [] }, 2026)).toMatchObject({ source: 'DECLARED' });
    const without = { ...award, prerequisites: award.prerequisites.slice(0, 1) };
    expect(countedCollective(achievements, { award: without }, { members: [] }, 2026)).toBeUndefined();
  });

  it('is recorded only for an award that asks for a collective’s results, and only with facts that read the records', () => {
    const award = SEED_RULE_SET.awards.TTLDXS!;
    const achievements = { collective: { ...declared, memberKeys: keys } };
    expect(countedCollective(achievements, { award }, { members: [] }, 2026)).toMatchObject({ source: 'DECLARED' });
    expect(countedCollective(achievements, { award }, undefined, 2026)).toBeUndefined();
    expect(countedCollective(achievements, { award: SEED_RULE_SET.awards.LDTT! }, { members: [] }, 2026)).toBe(
      undefined,
    );
  });
});

describe('TTLDXS (≥ 70 % of members «Lao động tiên tiến») against the registry', () => {
  const award = SEED_RULE_SET.awards.TTLDXS!;
  const check = (collective: object, members: RegistryEntry[]) =>
    checkEligibility({
      nominationId: 'n',
      award,
      awards: SEED_RULE_SET.awards,
      chainCountingKinds: ['CONG_TRANG'],
      subject: 'COLLECTIVE',
      year: 2026,
      kind: 'CONG_TRANG',
      achievements: { collective: collective as never },
      facts: { registry: [], members, holds: [], pending: [] },
      today: '2026-12-01',
    });

  it('refuses a declared 100 % that the registry shows is 60 %', () => {
    const records = [...keys.slice(0, 6).map((k) => ldtt(k)), ...keys.slice(6).map((k) => ldtt(k, 2025))];
    records.push(ldtt('NV-1', 2026, 'CSTD_CS'));
    expect(check({ ...declared, memberKeys: keys }, records)).toMatchObject({ code: 'PREREQUISITE_NOT_MET' });
  });

  it('passes 7 of 10 from the registry, and passes the same declaration with no member listed', () => {
    const records = [...keys.slice(0, 7).map((k) => ldtt(k)), ...keys.slice(7).map((k) => ldtt(k, 2025))];
    records.push(ldtt('NV-1', 2026, 'CSTD_CS'));
    expect(check({ ...declared, memberKeys: keys }, records)).toBeUndefined();
    expect(check(declared, [])).toBeUndefined();
  });
});
