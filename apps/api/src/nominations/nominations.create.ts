import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import {
  draftNomination,
  isRefusal,
  refuse,
  toCivilDate,
  type Actor,
  type DraftChanges,
  type DraftInput,
} from '@khen/domain';
import { CampaignRecord, CouncilRecord, NominationView, RuleStore } from '@khen/projections';
import { NominationAlreadyExistsError, NominationGateway } from '@khen/temporal';
import { NOMINATION_GATEWAY } from '../cases/nomination-gateway.provider';
import { CaseReads } from '../cases/case-reads.service';
import { API_CONFIG, type ApiConfig } from '../config/api.config';
import { assertCampaignOpenForFiling, unitSnapshot } from '../directory/campaign-filing';
import type { Caller } from '../http/case-http';
import { problem, ProblemException } from '../problem/problem.exception';
import type { CreateNominationDto, EditDraftDto } from './dto/create-nomination.dto';

/** A nominee without an id of their own is keyed by unit and name (NFC, case-insensitive). */
export const defaultNomineeKey = (unitId: string, name: string) =>
  `${unitId}:${name.normalize('NFC').trim().toLocaleLowerCase('vi')}`;

/** What an edit of a draft changes: a new nominee is keyed and placed in the officer's unit, as at filing. */
export function draftChanges(dto: EditDraftDto, a: Actor): DraftChanges {
  const unitId = a.unitId ?? '';
  const { nominee, ...rest } = dto;
  return {
    ...rest,
    ...(nominee
      ? { nominee: { ...nominee, key: nominee.key ?? defaultNomineeKey(unitId, nominee.name), unitId } }
      : {}),
  };
}

/**
 * Filing a nomination: the directory gives the council, its level and authority, the campaign's year and
 * the unit as it is today (kept on the case); the draft is checked against the rules in force and the
 * campaign's awards; then its workflow starts.
 */
@Injectable()
export class NominationFiling {
  private readonly rules: RuleStore;

  constructor(
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
    @InjectRepository(CouncilRecord) private readonly councils: Repository<CouncilRecord>,
    @InjectRepository(CampaignRecord) private readonly campaigns: Repository<CampaignRecord>,
    private readonly reads: CaseReads,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly db: DataSource,
  ) {
    this.rules = new RuleStore(db.manager);
  }

  /** The draft a DTO describes, or the refusal that stops it before anything starts. */
  async draftFor(
    dto: CreateNominationDto,
    actor: Actor,
    nominationId = dto.nominationId ?? randomUUID(),
  ): Promise<DraftInput> {
    if (!actor.unitId) throw problem('NO_UNIT');
    const council = await this.councils.findOneBy({ councilId: dto.councilId });
    if (!council) throw problem('UNKNOWN_COUNCIL', { councilId: dto.councilId });
    const campaign = await this.campaigns.findOneBy({ campaignId: dto.campaignId });
    if (!campaign) throw problem('UNKNOWN_CAMPAIGN', { campaignId: dto.campaignId });
    const awardOffered = await assertCampaignOpenForFiling(this.db.manager, dto.campaignId, council);
    const unit = await unitSnapshot(this.db.manager, actor.unitId);
    const draft: DraftInput = {
      nominationId,
      awardCode: dto.awardCode,
      kind: dto.kind,
      unitId: actor.unitId,
      campaignId: dto.campaignId,
      year: dto.year ?? campaign.year,
      nominee: {
        ...dto.nominee,
        key: dto.nominee.key ?? defaultNomineeKey(actor.unitId, dto.nominee.name),
        unitId: actor.unitId,
      },
      council: { councilId: council.councilId, level: council.level, authorityId: council.authorityId },
      achievements: dto.achievements ?? {},
      ...(unit ? { unit } : {}),
    };
    const now = new Date().toISOString();
    const ruleSet = await this.rules.inForce(toCivilDate(new Date(now)));
    if (!ruleSet) throw ProblemException.fromRefusal(refuse.noRulesInForce(toCivilDate(new Date(now))));
    const drafted = draftNomination(draft, ruleSet, now);
    if (isRefusal(drafted)) throw ProblemException.fromRefusal(drafted);
    const notOffered = awardOffered(dto.awardCode, ruleSet);
    if (notOffered) throw ProblemException.fromRefusal(notOffered);
    return draft;
  }

  /** The case once its draft is readable, or its id while not yet (202: no worker answered in time). */
  async create(
    dto: CreateNominationDto,
    { actor, correlationId }: Caller,
  ): Promise<NominationView | { nominationId: string }> {
    const draft = await this.draftFor(dto, actor);
    // A case of that id exists even if Temporal lost its workflow (which would let the start through, and
    // the draft's append then meet the stream's events): refused before anything starts.
    if (dto.nominationId && (await this.reads.find(draft.nominationId))) throw problem('NOMINATION_EXISTS');
    try {
      await this.gateway.start({ draft, actor, correlationId });
    } catch (err) {
      if (err instanceof NominationAlreadyExistsError) throw problem('NOMINATION_EXISTS');
      throw err;
    }
    return (await this.waitForDraft(draft.nominationId)) ?? { nominationId: draft.nominationId };
  }

  /** The first event is appended by the workflow; wait, within the command bound, so the caller can read its case. */
  private async waitForDraft(id: string): Promise<NominationView | null> {
    const deadline = Date.now() + this.config.commandAnswerMs;
    for (let wait = 10; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
      const view = await this.reads.find(id);
      if (view) return view;
      await new Promise((r) => setTimeout(r, wait));
    }
    return null;
  }
}
