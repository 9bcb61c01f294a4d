import { countedCollective } from '../eligibility/collective-counts';
import { countedInitiatives } from '../eligibility/initiative-counts';
import { countedClusterRank } from '../cluster-scoring/cluster-rank';
import { isRefusal, type Refusal } from '../refusal';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { NominationEvent } from './nomination.events';
import { checkUploads } from './dossier-files';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';
import { isOfficeOf, isUnitOfficerOf } from './permissions';
import { checkDraft, checkEligibilityOf, checkSubmission, missingDocuments } from './submission';

type Of<T extends NominationCommand['type']> = Extract<NominationCommand, { type: T }>;
export type Primary = NominationEvent[] | Refusal;

const blank = (s: string | undefined) => !s || s.trim().length === 0;

/** UNIT_PROPOSAL: the unit drafts, edits, submits, supplements or withdraws (docs/domain.md §5.1–5.2). */
export const proposal = {
  EditDraft(state: NominationState, c: Of<'EditDraft'>, ctx: DecisionContext): Primary {
    if (!isUnitOfficerOf(ctx.actor, state)) return refuse.notOwnUnit();
    if (state.status !== 'DRAFT') return refuse.wrongStage(c.type, state.stage, state.status);
    const merged = {
      awardCode: state.awardCode,
      kind: state.kind as Of<'EditDraft'>['changes']['kind'] & string,
      year: state.year,
      nominee: state.nominee!,
      council: state.council!,
      ...c.changes,
    };
    // The nominee stays in the unit that files for them.
    if (c.changes.nominee) merged.nominee = { ...c.changes.nominee, unitId: state.unitId };
    const invalid = checkDraft(merged, ctx.ruleSet, ctx.now);
    if (invalid) return invalid;
    const changes = c.changes.nominee ? { ...c.changes, nominee: merged.nominee } : c.changes;
    return [{ type: 'DraftUpdated', data: { changes } }];
  },

  SubmitDossier(state: NominationState, c: Of<'SubmitDossier'>, ctx: DecisionContext): Primary {
    if (!isUnitOfficerOf(ctx.actor, state)) return refuse.notOwnUnit();
    if (state.status !== 'DRAFT') return refuse.wrongStage(c.type, state.stage, state.status);
    const documents = checkUploads(state, c.documents, ctx.facts?.documents, ctx.ruleSet);
    if (isRefusal(documents)) return documents;
    const rules = checkSubmission(state, documents, ctx.ruleSet, ctx.facts, ctx.now);
    if (isRefusal(rules)) return rules;
    // Received complete: the rules in force now are frozen into the case (docs/domain.md §1).
    const collective = countedCollective(state.achievements, rules, ctx.facts, state.year);
    const initiatives = countedInitiatives(state.achievements, rules, ctx.facts);
    // Cluster and bloc scoring: the rank read, recorded by the cluster's vote or declared.
    const clusterRank = countedClusterRank(state.achievements, rules, ctx.facts, state.year);
    return [
      {
        type: 'DossierSubmitted',
        data: {
          documents,
          receivedAt: ctx.now,
          rules,
          ...(collective ? { collective } : {}),
          ...(initiatives ? { initiatives } : {}),
          ...(clusterRank ? { clusterRank } : {}),
        },
      },
    ];
  },

  RequestSupplement(state: NominationState, c: Of<'RequestSupplement'>, ctx: DecisionContext): Primary {
    if (!isOfficeOf(ctx.actor, state)) return refuse.notPermitted(c.type, ctx.actor.userId);
    if (state.status !== 'SUBMITTED') return refuse.wrongStage(c.type, state.stage, state.status);
    if (c.missing.length === 0)
      return refuse.emptyField('missing', 'danh sách tài liệu cần bổ sung', 'documents to supplement');
    if (blank(c.note)) return refuse.emptyField('note', 'nội dung yêu cầu bổ sung', 'what to supplement');
    return [
      {
        type: 'SupplementRequested',
        data: { missing: c.missing, note: c.note.trim(), requestedBy: ctx.actor.userId },
      },
    ];
  },

  SupplementDossier(state: NominationState, c: Of<'SupplementDossier'>, ctx: DecisionContext): Primary {
    if (!isUnitOfficerOf(ctx.actor, state)) return refuse.notOwnUnit();
    if (state.status !== 'SUPPLEMENT_REQUESTED' || !state.rules)
      return refuse.wrongStage(c.type, state.stage, state.status);
    const missing = missingDocuments(state.rules.requiredDocuments, [...state.documents, ...c.documents]);
    if (missing.length) return refuse.missingDocuments(missing, undefined, ctx.ruleSet?.documentTypes);
    if (c.documents.length === 0 && !c.achievements)
      return refuse.emptyField(
        'documents',
        'tài liệu hoặc thông tin bổ sung',
        'supplemented documents or achievements',
      );
    const documents = checkUploads(state, c.documents, ctx.facts?.documents, ctx.ruleSet);
    if (isRefusal(documents)) return documents;
    // New declarations are checked against the frozen rules and today's registry.
    if (c.achievements) {
      const ineligible = checkEligibilityOf(
        { ...state, achievements: c.achievements },
        state.rules,
        { [state.rules.award.code]: state.rules.award, ...ctx.ruleSet.awards },
        ctx.facts,
        ctx.now,
      );
      if (ineligible) return ineligible;
    }
    return [
      {
        type: 'DossierSupplemented',
        data: { documents, ...(c.achievements ? { achievements: c.achievements } : {}) },
      },
    ];
  },

  WithdrawNomination(state: NominationState, c: Of<'WithdrawNomination'>, ctx: DecisionContext): Primary {
    if (!isUnitOfficerOf(ctx.actor, state)) return refuse.notOwnUnit();
    if (state.stage === 'FINAL_DECISION') return refuse.wrongStage(c.type, state.stage, state.status);
    if (blank(c.reason)) return refuse.emptyField('reason', 'lý do rút hồ sơ', 'reason');
    return [{ type: 'NominationWithdrawn', data: { reason: c.reason.trim() } }];
  },
};
