import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource, Repository } from 'typeorm';
import { toCivilDate, type CouncilMember, type RuleSet, type SubmissionFacts } from '@khen/domain';
import { CalendarStore, CouncilRecord, councilMembersOn, loadSubmissionFacts, RuleStore } from '@khen/projections';
import type { RuleContext, SubmissionContextInput } from '@khen/workflows/nomination.contract';

/** Reads the workflow needs from PostgreSQL: rules in force, calendars, facts, council members. */
@Injectable()
export class RulesActivity {
  private readonly rules: RuleStore;
  private readonly calendars: CalendarStore;

  constructor(
    private readonly db: DataSource,
    @InjectRepository(CouncilRecord) private readonly councils: Repository<CouncilRecord>,
  ) {
    this.rules = new RuleStore(db.manager);
    this.calendars = new CalendarStore(db.manager);
  }

  async loadRuleContext({ asOf }: { asOf: string }): Promise<RuleContext> {
    return { ruleSet: await this.ruleSetAt(asOf), schedules: await this.calendars.latest() };
  }

  async loadSubmissionContext(input: SubmissionContextInput): Promise<{ ruleSet: RuleSet; facts: SubmissionFacts }> {
    const ruleSet = await this.ruleSetAt(input.asOf);
    return { ruleSet, facts: await loadSubmissionFacts(this.db.manager, input, ruleSet) };
  }

  async loadCouncilMembers({ councilId }: { councilId: string }): Promise<CouncilMember[]> {
    const council = await this.councils.findOneBy({ councilId });
    if (!council) throw ApplicationFailure.nonRetryable(`council ${councilId} not found`, 'COUNCIL_NOT_FOUND');
    // A council administered in the directory: those seated on the day its review opens (today, Việt Nam).
    const seated = await councilMembersOn(this.db.manager, councilId, toCivilDate(new Date()));
    if (seated) return seated;
    return council.members.map(({ memberId, unitId }) => ({ memberId, unitId }));
  }

  private async ruleSetAt(asOf: string): Promise<RuleSet> {
    const date = toCivilDate(new Date(asOf));
    const ruleSet = await this.rules.inForce(date);
    // Retryable: an admin may be publishing the missing version; the case waits rather than fails.
    if (!ruleSet) throw ApplicationFailure.retryable(`no rule set in force on ${date}`, 'NO_RULES_IN_FORCE');
    return ruleSet;
  }
}
