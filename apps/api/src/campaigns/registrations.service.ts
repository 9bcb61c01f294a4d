import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { refuseCampaign, type RegistrationCommand } from '@khen/domain';
import { listRegistrations, RegistrationStore, type RegistrationRow } from '@khen/projections';
import { parseIfMatch } from '../directory/directory-admin.service';
import { storeMeta, type Caller } from '../http/case-http';
import { defaultNomineeKey } from '../nominations/nominations.create';
import { problem, ProblemException } from '../problem/problem.exception';
import type { RegisterTitleDto, RegistrationQueryDto, WithdrawRegistrationDto } from './registrations.dto';

/** One registration as answered; `version` is its campaign-and-unit stream's (the ETag of the unit's list). */
export type RegistrationView = RegistrationRow;

/** Registration (đăng ký thi đua, docs/campaigns.md): commands as events of the campaign-and-unit stream. */
@Injectable()
export class RegistrationsService {
  private readonly store: RegistrationStore;

  constructor(private readonly db: DataSource) {
    this.store = new RegistrationStore(db);
  }

  async register(campaignId: string, dto: RegisterTitleDto, caller: Caller): Promise<RegistrationView> {
    const unitId = dto.unitId ?? caller.actor.unitId ?? '';
    if (!unitId) throw ProblemException.fromRefusal(refuseCampaign.required('unitId', 'đơn vị đăng ký', 'unit'));
    const registrationId = randomUUID();
    await this.execute(
      {
        type: 'RegisterTitle',
        registrationId,
        campaignId,
        unitId,
        awardCode: dto.awardCode,
        // Keyed as a nomination keys its nominee, so that the nominee's nomination finds the registration.
        nominee: {
          subject: dto.nominee.subject,
          name: dto.nominee.name,
          key: dto.nominee.key?.trim() || defaultNomineeKey(unitId, dto.nominee.name ?? ''),
        },
      },
      caller,
    );
    return this.one(campaignId, registrationId);
  }

  async withdraw(
    campaignId: string,
    registrationId: string,
    dto: WithdrawRegistrationDto,
    caller: Caller,
  ): Promise<RegistrationView> {
    const [row] = (await this.db.query(
      `SELECT unit_id FROM campaign_registrations WHERE campaign_id = $1 AND registration_id = $2`,
      [campaignId, registrationId],
    )) as { unit_id: string }[];
    if (!row) throw ProblemException.fromRefusal(refuseCampaign.notFound(registrationId));
    await this.execute(
      { type: 'WithdrawRegistration', registrationId, campaignId, unitId: row.unit_id, reason: dto.reason },
      caller,
    );
    return this.one(campaignId, registrationId);
  }

  /** A unit officer sees their own unit's registrations; the TĐKT office and administrators any unit's, or all. */
  async list(
    campaignId: string,
    q: RegistrationQueryDto,
    caller: Caller,
  ): Promise<{ items: RegistrationView[]; version?: number }> {
    const unitId = caller.actor.role === 'UNIT_OFFICER' ? (caller.actor.unitId ?? '') : q.unitId;
    if (caller.actor.role === 'UNIT_OFFICER' && q.unitId && q.unitId !== unitId)
      throw ProblemException.fromRefusal(refuseCampaign.notOwnUnit(q.unitId));
    return listRegistrations(this.db, { campaignId, unitId });
  }

  private async execute(command: RegistrationCommand, caller: Caller): Promise<number> {
    const outcome = await this.store.execute(command, {
      ...storeMeta(caller),
      ifMatch: parseIfMatch(caller.ifMatch),
    });
    if (outcome.status === 'REFUSED') throw ProblemException.fromRefusal(outcome.refusal);
    if (outcome.status === 'STALE') throw problem('REGISTRATIONS_CHANGED', { version: outcome.actual });
    return outcome.version;
  }

  private async one(campaignId: string, registrationId: string): Promise<RegistrationView> {
    const { items } = await listRegistrations(this.db, { campaignId });
    return items.find((r) => r.registrationId === registrationId)!;
  }
}
