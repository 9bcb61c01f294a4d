import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  documentsToCheck,
  toCivilDate,
  type NominationCommand,
  type NominationState,
  type SubmissionFacts,
} from '@khen/domain';
import { loadSubmissionFacts, RuleStore } from '@khen/projections';

/**
 * The facts outside the stream that a command of NEEDS_FACTS is checked against (registry, holds, other
 * cases, quota, uploads), read by the API so that the Update's validator can refuse without leaving a trace.
 */
@Injectable()
export class CaseFacts {
  private readonly rules: RuleStore;

  constructor(private readonly db: DataSource) {
    this.rules = new RuleStore(db.manager);
  }

  /** The facts of a command on a case: registry, holds, other cases, quota, and the uploads its documents name. */
  async of(state: NominationState, command: NominationCommand): Promise<SubmissionFacts | undefined> {
    const ruleSet = await this.rules.inForce(toCivilDate(new Date()));
    if (!ruleSet || !state.nominee) return undefined;
    return loadSubmissionFacts(
      this.db.manager,
      {
        nominationId: state.nominationId,
        nomineeKey: state.nominee.key,
        unitId: state.unitId,
        campaignId: state.campaignId,
        awardCode: state.awardCode,
        documents: documentsToCheck(state, command),
        memberKeys: state.achievements?.collective?.memberKeys,
      },
      ruleSet,
    );
  }
}
