import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NominationState } from '@khen/domain';
import { nominationStreamId } from '@khen/projections';
import type { CaseFacts, DirectoryFacts } from './drafting';

/** Where the drafts' place names come from (the seat of the issuing body). */
const PLACE = () => process.env.KHEN_DOCUMENT_PLACE ?? 'Hà Nội';

/** What the drafts read: the case's folded state and events, the directory's names, a decision's cases. */
@Injectable()
export class PaperworkSources {
  constructor(private readonly db: DataSource) {}

  /** A case with the instant its ballot was counted (the last ReviewClosed of its stream). */
  async caseFacts(state: NominationState): Promise<CaseFacts> {
    const [row] = await this.db.query(
      `SELECT max(recorded_at) AS at FROM events WHERE stream_id = $1 AND type = 'ReviewClosed'`,
      [nominationStreamId(state.nominationId)],
    );
    return { state, ...(row?.at ? { ballotClosedAt: new Date(row.at).toISOString() } : {}) };
  }

  /** The directory as the drafts name things today: units, campaigns, the case's council and its chair. */
  async directory(councilIds: string[]): Promise<(councilId?: string) => DirectoryFacts> {
    const [units, campaigns, councils] = await Promise.all([
      this.db.query(`SELECT unit_id, name FROM units`),
      this.db.query(`SELECT campaign_id, name FROM campaigns`),
      this.db.query(`SELECT council_id, name, authority_name, members FROM councils WHERE council_id = ANY($1)`, [
        councilIds,
      ]),
    ]);
    const unitNames = new Map<string, string>(units.map((u: { unit_id: string; name: string }) => [u.unit_id, u.name]));
    const campaignNames = new Map<string, string>(
      campaigns.map((c: { campaign_id: string; name: string }) => [c.campaign_id, c.name]),
    );
    const byId = new Map(
      councils.map((c: { council_id: string; name: string; authority_name: string; members: [] }) => [
        c.council_id,
        { name: c.name, authorityName: c.authority_name, members: c.members },
      ]),
    );
    return (councilId?: string) => ({
      place: PLACE(),
      unitName: (id) => unitNames.get(id) ?? id,
      campaignName: (id) => campaignNames.get(id) ?? id,
      council: councilId ? (byId.get(councilId) as DirectoryFacts['council']) : undefined,
    });
  }

  /** Every award of one decision (its number, its authority, its year): a list decision's cases, in filing order. */
  async awardsOf(decision: {
    decisionNumber: string;
    authorityId: string;
    decisionDate: string;
  }): Promise<NominationState[]> {
    const rows = await this.db.query(
      `SELECT state FROM nominations
        WHERE outcome = 'AWARDED' AND state->'decision'->>'decisionNumber' = $1
          AND state->'decision'->>'authorityId' = $2 AND left(state->'decision'->>'decisionDate', 4) = $3
        ORDER BY created_at, nomination_id`,
      [decision.decisionNumber, decision.authorityId, decision.decisionDate.slice(0, 4)],
    );
    return rows.map((r: { state: NominationState }) => r.state);
  }

  /** The award a certificate's code names: the code is made from the case id (certificateCode). */
  async awardByCode(code: string, codeOf: (id: string) => string): Promise<NominationState | undefined> {
    const prefix = code.replace(/-/g, '').toLowerCase();
    const rows = await this.db.query(
      `SELECT state FROM nominations
        WHERE outcome = 'AWARDED'
          AND left(encode(sha256(convert_to('khen-certificate:' || nomination_id, 'UTF8')), 'hex'), 12) = $1`,
      [prefix],
    );
    return rows
      .map((r: { state: NominationState }) => r.state)
      .find((s: NominationState) => codeOf(s.nominationId) === code);
  }
}
