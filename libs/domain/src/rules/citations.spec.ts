import { isRefusal, type Refusal } from '../refusal';
import { checkQuota, quotaFor } from '../quota/quota';
import { decide } from '../nomination/nomination.decider';
import {
  ballotOpen,
  ctx,
  member,
  run,
  SYSTEM,
  start,
  submitted,
  officer,
  docs,
  withRules,
} from '../nomination/testing/fixtures';
import { basisTexts, citeInForce, citesWithin, DECREE, LAW } from './legal-basis';
import { checkRuleSet } from './rule-set.check';
import { SEED_RULE_SET } from './seed-rule-set';

const refused = (r: unknown): Refusal => {
  if (!isRefusal(r)) throw new Error('no refusal');
  return r;
};

describe('citations in force: a refusal cites the legal basis of the rule set frozen in the case', () => {
  it('splits a legal basis into its texts and tells a citation within it from one outside', () => {
    expect(basisTexts(`${LAW}; ${DECREE}`)).toEqual([LAW, DECREE]);
    expect(citesWithin({ legalBasis: DECREE, article: 'Điều 44' }, `${LAW}; ${DECREE}`)).toBe(true);
    expect(citesWithin({ legalBasis: `${DECREE}; ${LAW}` }, `${LAW}; ${DECREE}`)).toBe(true);
    expect(citesWithin({ legalBasis: 'Nghị định 91/2017/NĐ-CP' }, `${LAW}; ${DECREE}`)).toBe(false);
    expect(citeInForce({ legalBasis: 'Nghị định 91/2017/NĐ-CP', article: 'Điều 8' }, LAW)).toEqual({
      legalBasis: LAW,
    });
  });

  it('reads a legal basis as people write it: spaces around the texts, a trailing or doubled separator', () => {
    expect(basisTexts(`  ${LAW} ;${DECREE};; `)).toEqual([LAW, DECREE]);
    expect(basisTexts(' ; ')).toEqual([]);
  });

  it('takes a citation of no text, or of one text outside among others, as not within', () => {
    expect(citesWithin({ legalBasis: ' ; ' }, `${LAW}; ${DECREE}`)).toBe(false);
    expect(citesWithin({ legalBasis: `${LAW}; Nghị định 91/2017/NĐ-CP` }, `${LAW}; ${DECREE}`)).toBe(false);
    expect(citesWithin({ legalBasis: LAW }, LAW)).toBe(true);
  });

  it('has the quota refusal of the seed cite the texts the seed rests on, no repealed decree', () => {
    const r = refused(checkQuota(quotaFor(SEED_RULE_SET, 'CSTD_CS')!, { used: 3, base: 20 }, SEED_RULE_SET.awards));
    expect(r.code).toBe('OVER_QUOTA');
    expect(r.rule && citesWithin(r.rule, SEED_RULE_SET.legalBasis)).toBe(true);
    expect(JSON.stringify(r.rule)).not.toMatch(/91\/2017|hết hiệu lực/);
  });

  it('refuses to publish a rule set that cites a text outside its own legal basis, naming the field', () => {
    const rs = withRules((r) => {
      r.quotas[0] = { ...r.quotas[0]!, rule: { legalBasis: 'Nghị định 91/2017/NĐ-CP', article: 'Điều 8' } };
      r.awards.LDTT = { ...r.awards.LDTT!, legalBasis: { legalBasis: 'Nghị định 91/2017/NĐ-CP' } };
    });
    const problems = checkRuleSet(rs);
    expect(problems.map((p) => p.field)).toEqual(['awards.LDTT.legalBasis', 'quotas.0.rule']);
    expect(problems[0]!.reasonVi).toContain('Nghị định 91/2017/NĐ-CP');
  });

  it('cites the frozen rule set, not the one in force today, once the dossier is received complete', () => {
    // A case frozen on an older regime: its refusals cite that regime, not Decree 152/2025.
    const older = withRules((r) => {
      r.legalBasis = `${LAW}; Nghị định 98/2023/NĐ-CP`;
    });
    const frozen = run(
      submitted(),
      [
        { type: 'AppraiseDossier', opinion: 'Đạt' },
        { userId: 'ban', role: 'TDKT_OFFICE', councilId: 'HD' },
      ],
      [{ type: 'OpenBallot', members: [{ memberId: 'm1', unitId: 'A' }] }, SYSTEM],
    );
    const onOlder = { ...frozen, rules: { ...frozen.rules!, legalBasis: older.legalBasis } };
    const r = refused(decide(onOlder, { type: 'CastVote', sealedChoice: 'x' }, ctx(member('m9'))));
    expect(r.code).toBe('NOT_A_COUNCIL_MEMBER');
    expect(r.rule).toEqual({ legalBasis: older.legalBasis });
    // The same refusal on the seed's frozen rules keeps its own citation: Decree 152/2025 is in force there.
    const own = refused(decide(ballotOpen(), { type: 'CastVote', sealedChoice: 'x' }, ctx(member('m9'))));
    expect(own.rule?.legalBasis).toBe(DECREE);
  });

  it('cites the rule set in force before the dossier is frozen', () => {
    const inForce = withRules((x) => {
      x.legalBasis = 'Luật Thi đua, khen thưởng (sửa đổi) số 99/2026/QH15';
    });
    const r = refused(
      decide(
        start(),
        { type: 'SubmitDossier', documents: docs(['TO_TRINH']) },
        ctx(officer, undefined, { ruleSet: inForce }),
      ),
    );
    expect(r.code).toBe('MISSING_DOCUMENTS');
    expect(r.rule).toEqual({ legalBasis: inForce.legalBasis });
  });
});
