import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { Actor, draftNomination, isRefusal, NominationCommand, SEED_RULE_SET } from '@khen/domain';
import { CouncilRecord, NominationView } from '@khen/projections';
import { NominationAlreadyExistsError, NominationGateway, refusalFromFailure } from '@khen/temporal';
import type { CommandAccepted, HumanCommandType } from '@khen/workflows/nomination.contract';
import { ProblemException } from '../problem/problem.exception';
import type { CreateNominationDto } from './dto/create-nomination.dto';
import { NOMINATION_GATEWAY } from './nomination-gateway.provider';
import { NominationsQueries } from './nominations.queries';

const DRAFT_VISIBLE_TIMEOUT_MS = 15_000;

/** Commands go HTTP → Temporal Update; they never write to PostgreSQL themselves (design.md §2). */
@Injectable()
export class NominationsCommands {
  constructor(
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
    @InjectRepository(CouncilRecord) private readonly councils: Repository<CouncilRecord>,
    private readonly queries: NominationsQueries,
  ) {}

  async create(dto: CreateNominationDto, actor: Actor, correlationId: string): Promise<NominationView | { nominationId: string }> {
    if (!actor.unitId) throw new ProblemException(403, 'NO_UNIT', 'Tài khoản không gắn với đơn vị nào.', 'The account belongs to no unit.');
    const council = await this.councils.findOneBy({ councilId: dto.councilId });
    if (!council) {
      throw new ProblemException(422, 'UNKNOWN_COUNCIL', `Không có Hội đồng "${dto.councilId}".`, `No council "${dto.councilId}".`, { field: 'councilId' });
    }
    const draft = {
      nominationId: dto.nominationId ?? randomUUID(), awardCode: dto.awardCode, kind: dto.kind, unitId: actor.unitId,
      campaignId: dto.campaignId, nominee: { ...dto.nominee, unitId: actor.unitId },
      council: { councilId: council.councilId, members: council.members },
    };
    // Refuse before anything starts: a bad draft records nothing.
    const drafted = draftNomination(draft, SEED_RULE_SET);
    if (isRefusal(drafted)) throw ProblemException.fromRefusal(drafted);
    try {
      await this.gateway.start({ draft, actor, correlationId });
    } catch (err) {
      if (err instanceof NominationAlreadyExistsError) {
        throw new ProblemException(409, 'NOMINATION_EXISTS', 'Hồ sơ với mã này đã tồn tại.', 'A nomination with this id already exists.', { field: 'nominationId' });
      }
      throw err;
    }
    return (await this.waitForDraft(draft.nominationId)) ?? { nominationId: draft.nominationId };
  }

  /** The first event is appended by the workflow; wait briefly so the caller can read its case. */
  private async waitForDraft(id: string): Promise<NominationView | null> {
    const deadline = Date.now() + DRAFT_VISIBLE_TIMEOUT_MS;
    for (let wait = 20; Date.now() < deadline; wait = Math.min(wait * 2, 250)) {
      const view = await this.queries.find(id);
      if (view) return view;
      await new Promise((r) => setTimeout(r, wait));
    }
    return null;
  }

  async execute(id: string, type: HumanCommandType, command: NominationCommand, actor: Actor, correlationId: string, ifMatch?: string): Promise<CommandAccepted> {
    const view = await this.queries.get(id);
    if (ifMatch !== undefined && ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(view.version)) {
      throw new ProblemException(412, 'STALE_VERSION', `Hồ sơ đã thay đổi (phiên bản hiện tại ${view.version}); vui lòng tải lại.`, `The nomination changed (current version ${view.version}); reload it.`, { field: 'If-Match' });
    }
    try {
      return await this.gateway.execute(id, type, { command, actor, correlationId });
    } catch (err) {
      const refusal = refusalFromFailure(err);
      if (refusal) throw ProblemException.fromRefusal(refusal);
      throw err;
    }
  }
}
