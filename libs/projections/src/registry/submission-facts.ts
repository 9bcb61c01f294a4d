import type { EntityManager } from 'typeorm';
import { loadDocumentLimits, type DocumentLimits } from '../documents/document-limits';
import { uploadsOf } from '../documents/uploads';
import { quotaFor, type QuotaRule, type QuotaUsage, type RuleSet, type SubmissionFacts } from '@khen/domain';

type Queryable = Pick<EntityManager, 'query'>;

export interface FactsInput {
  nominationId: string;
  nomineeKey: string;
  unitId: string;
  campaignId: string;
  awardCode: string;
  /** The uploads a command's documents name, and whose they must be. */
  documents?: { ownerId: string; hashes: string[] };
  /** A collective's listed members, whose registry records count for it (TTLDXS). */
  memberKeys?: string[];
}

/** Statuses that count a nomination as filed: received, under consideration or awarded. */
const FILED = `status NOT IN ('NEW', 'DRAFT', 'WITHDRAWN', 'REJECTED')`;

/** Registry, holds, the nominee's other open nominations, the unit's quota usage and the documents' uploads. */
export async function loadSubmissionFacts(
  q: Queryable,
  input: FactsInput,
  ruleSet: RuleSet,
  limits: DocumentLimits = loadDocumentLimits(),
): Promise<SubmissionFacts> {
  const registry = await q.query(
    `SELECT nominee_key AS "nomineeKey", award_code AS "awardCode", year, kind, decision_number AS "decisionNumber", nomination_id AS "nominationId"
     FROM award_registry WHERE nominee_key = $1 ORDER BY year`,
    [input.nomineeKey],
  );
  const members = input.memberKeys?.length
    ? await q.query(
        `SELECT nominee_key AS "nomineeKey", award_code AS "awardCode", year, kind FROM award_registry
         WHERE nominee_key = ANY($1::text[]) ORDER BY nominee_key, year`,
        [input.memberKeys],
      )
    : [];
  // The nominee's initiatives the initiative council recognised (docs/initiatives.md).
  const initiatives = await q.query(
    `SELECT initiative_id AS "initiativeId", title, scope, year, to_char(decided_on, 'YYYY-MM-DD') AS "recognisedOn"
     FROM initiatives WHERE author_keys @> ARRAY[$1::text] AND status = 'RECOGNISED' ORDER BY decided_on, initiative_id`,
    [input.nomineeKey],
  );
  // The nominee unit's places recorded by its clusters' scoring and vote (docs/cluster-scoring.md).
  const clusterResults = await q.query(
    `SELECT s.cluster_id AS "clusterId", s.campaign_id AS "campaignId", s.year, (r->>'rank')::int AS rank,
            (r->>'score')::float8 AS score
     FROM cluster_scorings s, jsonb_array_elements(s.state->'result'->'ranking') r
     WHERE s.result_units @> ARRAY[$1::text] AND r->>'unitId' = $1 ORDER BY s.year, s.cluster_id, s.campaign_id`,
    [input.nomineeKey],
  );
  const holds = await q.query(
    `SELECT hold_id AS "holdId", nominee_key AS "nomineeKey", type, to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until, reference
     FROM nominee_holds WHERE nominee_key = $1`,
    [input.nomineeKey],
  );
  const pending = await q.query(
    `SELECT nomination_id AS "nominationId", award_code AS "awardCode", year, kind FROM nominations
     WHERE nominee_key = $1 AND nomination_id <> $2 AND ${FILED} AND outcome IS NULL`,
    [input.nomineeKey, input.nominationId],
  );
  const quota = quotaFor(ruleSet, input.awardCode);
  const registration = await registrationFacts(q, input);
  return {
    registry: registry.map((r: { decisionNumber: string | null; nominationId: string | null }) => ({
      ...r,
      decisionNumber: r.decisionNumber ?? undefined,
      nominationId: r.nominationId ?? undefined,
    })),
    members,
    initiatives,
    clusterResults,
    holds: holds.map((h: { until: string | null }) => ({ ...h, until: h.until ?? undefined })),
    pending,
    ...(registration ? { registration } : {}),
    ...(quota ? { quota: await quotaUsage(q, { ...input, quota }) } : {}),
    ...(input.documents
      ? {
          documents: {
            ownerId: input.documents.ownerId,
            uploaded: await uploadsOf(q, input.documents.ownerId, input.documents.hashes),
            maxDossierBytes: limits.maxDossierBytes,
          },
        }
      : {}),
  };
}

/**
 * The nominee's registrations (đăng ký thi đua) in the nomination's campaign, when that campaign takes
 * registrations (docs/campaigns.md): the titles registered and not withdrawn. Undefined otherwise.
 */
export async function registrationFacts(
  q: Queryable,
  input: { campaignId: string; nomineeKey: string },
): Promise<SubmissionFacts['registration']> {
  const [campaign] = (await q.query(
    `SELECT 1 FROM campaigns WHERE campaign_id = $1 AND version > 0 AND state ? 'registrationClosesOn'`,
    [input.campaignId],
  )) as unknown[];
  if (!campaign) return undefined;
  const rows = (await q.query(
    `SELECT DISTINCT award_code FROM campaign_registrations
     WHERE campaign_id = $1 AND nominee_key = $2 AND status = 'REGISTERED' ORDER BY award_code`,
    [input.campaignId, input.nomineeKey],
  )) as { award_code: string }[];
  return { campaignId: input.campaignId, awardCodes: rows.map((r) => r.award_code) };
}

/** Nominations already filed against the quota by the unit in the campaign, this one excluded. */
export async function quotaUsage(
  q: Queryable,
  input: { nominationId: string; unitId: string; campaignId: string; quota: QuotaRule },
): Promise<QuotaUsage> {
  const count = async (awardCode: string) => {
    const [{ n }] = (await q.query(
      `SELECT count(*)::int AS n FROM nominations WHERE unit_id = $1 AND campaign_id = $2 AND award_code = $3 AND ${FILED} AND nomination_id <> $4`,
      [input.unitId, input.campaignId, awardCode, input.nominationId],
    )) as { n: number }[];
    return n;
  };
  const base = input.quota.limit.type === 'PERCENT_OF' ? await count(input.quota.limit.awardCode) : 0;
  return { awardCode: input.quota.awardCode, used: await count(input.quota.awardCode), base };
}

/** Whether a decision number is free for this decision: unused, or used by the same decision (a list). */
export async function decisionNumberConflict(
  q: Queryable,
  d: { authorityId: string; decisionNumber: string; decisionDate: string; signerId: string },
): Promise<boolean> {
  const rows = (await q.query(
    `SELECT to_char(decision_date, 'YYYY-MM-DD') AS date, signer_id FROM award_registry
     WHERE authority_id = $1 AND decision_number = $2 AND extract(year FROM decision_date) = $3`,
    [d.authorityId, d.decisionNumber, Number(d.decisionDate.slice(0, 4))],
  )) as { date: string; signer_id: string }[];
  return rows.some((r) => r.date !== d.decisionDate || r.signer_id !== d.signerId);
}
