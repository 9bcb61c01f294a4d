import { z } from 'zod';
import {
  AUTHORITY_LEVELS,
  ESCALATION_LEVELS,
  INITIATIVE_SCOPES,
  NOMINATION_KINDS,
  PROCEDURE_STEPS,
  RATINGS,
  STAGES,
  SUBJECTS,
  type Prerequisite,
  type RuleSet,
} from '@khen/domain';

// The shape of a rule document as an admin publishes it; its meaning is checked by the domain.
const ref = z.object({ legalBasis: z.string().min(1).max(500), article: z.string().max(200).optional() });
const code = z
  .string()
  .regex(/^[A-Z0-9_]+$/)
  .max(32);
const kind = z.enum(NOMINATION_KINDS);
const certainty = z.enum(['C', 'OLD', 'U']);
const stageBudgets = z.partialRecord(z.enum(STAGES), z.number().int().positive().max(365));

const base = { rule: ref, appliesTo: z.array(z.enum(SUBJECTS)).optional(), certainty: certainty.optional() };
const prerequisite: z.ZodType<Prerequisite> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ ...base, type: z.literal('RATING'), minimum: z.enum(RATINGS), years: z.number().int() }),
    z.object({
      ...base,
      type: z.literal('CHAIN'),
      awardCode: code,
      count: z.number().int(),
      everyYears: z.number().int(),
    }),
    z.object({
      ...base,
      type: z.literal('AWARDS_WITHIN'),
      awardCode: code,
      count: z.number().int(),
      withinYears: z.number().int(),
    }),
    z.object({ ...base, type: z.literal('SAME_YEAR_AWARD'), awardCode: code }),
    z.object({ ...base, type: z.literal('INITIATIVE'), scope: z.enum(INITIATIVE_SCOPES) }),
    z.object({
      ...base,
      type: z.literal('COLLECTIVE_RESULTS'),
      completedDutiesPercent: z.number(),
      ldttPercent: z.number(),
      minCstdCs: z.number().int(),
    }),
    z.object({ ...base, type: z.literal('CLUSTER_LEAD') }),
    z.object({ ...base, type: z.literal('REGISTERED') }),
    z.object({ ...base, type: z.literal('ANY_OF'), options: z.array(prerequisite).min(1) }),
  ]),
) as z.ZodType<Prerequisite>;

const ballot = z.object({
  comparison: z.enum(['AT_LEAST', 'MORE_THAN']),
  percent: z.number(),
  denominator: z.enum(['ALL_MEMBERS', 'MEMBERS_PRESENT']),
  quorumPercent: z.number(),
});
const procedureCode = z.enum(['STANDARD', 'DISCLOSURE_FIRST', 'SIMPLIFIED']);

const award = z.object({
  code,
  nameVi: z.string().min(1).max(300),
  nameEn: z.string().min(1).max(300),
  category: z.enum(['EMULATION_TITLE', 'COMMENDATION', 'ORDER', 'LOCAL_TITLE']),
  subjects: z.array(z.enum(SUBJECTS)),
  decidingLevels: z.array(z.enum(AUTHORITY_LEVELS)),
  allowedKinds: z.array(kind),
  requiredDocuments: z.partialRecord(kind, z.array(code)),
  prerequisites: z.array(prerequisite),
  ballot,
  procedure: procedureCode,
  disclosure: z.object({ workingDays: z.number().int() }),
  slaWorkingDays: stageBudgets,
  rewardMultiple: z.number().nonnegative().optional(),
  legalBasis: ref,
  certainty,
});

export const ruleSetSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/)
      .max(64),
    legalBasis: z.string().min(1).max(1000),
    effectiveFrom: z.string(),
    effectiveTo: z.string().optional(),
    note: z.string().max(2000).optional(),
    awards: z.record(code, award),
    procedures: z.record(
      procedureCode,
      z.object({
        code: procedureCode,
        nameVi: z.string(),
        nameEn: z.string(),
        steps: z.array(z.enum(PROCEDURE_STEPS)),
        rule: ref.optional(),
      }),
    ),
    simplifiedKinds: z.array(kind),
    chainCountingKinds: z.array(kind),
    documentTypes: z.record(code, z.object({ nameVi: z.string().min(1), nameEn: z.string().min(1) })),
    documentsByKind: z.record(kind, z.array(code)),
    slaByKind: z.partialRecord(kind, stageBudgets),
    quotas: z.array(
      z.object({
        awardCode: code,
        rule: ref,
        certainty,
        limit: z.discriminatedUnion('type', [
          z.object({ type: z.literal('MAX'), count: z.number().int() }),
          z.object({
            type: z.literal('PERCENT_OF'),
            awardCode: code,
            percent: z.number(),
            minimum: z.number().int().nonnegative(),
          }),
        ]),
      }),
    ),
    sla: z.object({
      warningPercent: z.number(),
      escalationChain: z.array(z.enum(ESCALATION_LEVELS)),
      escalationWindowWorkingDays: z.number().int(),
      ballotWorkingDays: z.number().int(),
    }),
    campaignReminders: z
      .object({ workingDaysBefore: z.array(z.number().int().nonnegative().max(60)).min(1).max(10) })
      .optional(),
  })
  .strict() satisfies z.ZodType<Omit<RuleSet, 'version'>>;
