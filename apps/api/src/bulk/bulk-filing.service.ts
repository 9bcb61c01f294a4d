import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { refuse, toCivilDate, type Actor } from '@khen/domain';
import { CampaignRecord, CouncilRecord, RuleStore } from '@khen/projections';
import { NominationGateway } from '@khen/temporal';
import { NOMINATION_GATEWAY } from '../cases/nomination-gateway.provider';
import type { Caller } from '../http/case-http';
import { findNul, nulRefused } from '../problem/edge-validation';
import { assertCampaignOpenForFiling, unitSnapshot } from '../directory/campaign-filing';
import { problem, ProblemException } from '../problem/problem.exception';
import { parseCsv, readXlsx, type Table } from './bulk-file';
import { mapColumns, rowsToDrafts } from './bulk-rows';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_ROWS = 2000;

/** A v4-shaped UUID from a hash: the same file gives the same ids, so uploading it twice files nothing twice. */
export function uuidFromHash(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface Upload {
  body: unknown;
  campaignId?: string;
  councilId?: string;
  contentType?: string;
  fileName?: string;
}

/** Bulk filing: a CSV or XLSX of nominees → one workflow each (each row checked as one filing is), progress as it runs. */
@Injectable()
export class BulkFiling {
  private readonly rules: RuleStore;

  constructor(
    private readonly db: DataSource,
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
    @InjectRepository(CouncilRecord) private readonly councils: Repository<CouncilRecord>,
    @InjectRepository(CampaignRecord) private readonly campaigns: Repository<CampaignRecord>,
  ) {
    this.rules = new RuleStore(db.manager);
  }

  async upload(
    { body, campaignId = '', councilId = '', contentType, fileName }: Upload,
    { actor: a, correlationId }: Caller,
  ) {
    if (!Buffer.isBuffer(body) || body.length === 0) throw problem('EMPTY_FILE');
    if (!a.unitId) throw problem('NO_UNIT');
    const campaign = await this.campaigns.findOneBy({ campaignId });
    if (!campaign) throw problem('UNKNOWN_CAMPAIGN', { campaignId });
    const council = await this.councils.findOneBy({ councilId });
    if (!council) throw problem('UNKNOWN_COUNCIL', { councilId });
    const awardOffered = await assertCampaignOpenForFiling(this.db.manager, campaignId, council);
    const unit = await unitSnapshot(this.db.manager, a.unitId);
    const table = await read(body, contentType);
    // Cells become nominees' names in events: PostgreSQL could never store a NUL, and the case would hang.
    const nul = findNul({ header: table.header, rows: table.rows });
    if (nul) throw nulRefused(nul);
    if (table.rows.length > MAX_ROWS) throw problem('TOO_MANY_ROWS', { rows: table.rows.length, max: MAX_ROWS });
    const columns = mapColumns(table.header);
    if (Array.isArray(columns)) throw problem('BAD_HEADER', { errors: columns });
    const now = new Date().toISOString();
    const ruleSet = await this.rules.inForce(toCivilDate(new Date(now)));
    if (!ruleSet) throw ProblemException.fromRefusal(refuse.noRulesInForce(toCivilDate(new Date(now))));
    const fileHash = createHash('sha256').update(body).digest('hex');
    const bulkId = uuidFromHash('bulk', a.unitId, campaign.campaignId, council.councilId, fileHash);
    const { drafts, rejected } = rowsToDrafts(table, columns, {
      unitId: a.unitId,
      campaignId: campaign.campaignId,
      campaignYear: campaign.year,
      ruleSet,
      now,
      council: { councilId: council.councilId, level: council.level, authorityId: council.authorityId },
      unit,
      awardOffered: (code) => awardOffered(code, ruleSet),
      nominationIdFor: (row) => uuidFromHash(bulkId, String(row)),
    });
    const { started } = await this.gateway.startBulk({
      bulkId,
      unitId: a.unitId,
      campaignId: campaign.campaignId,
      fileName: (fileName ?? 'danh-sach').slice(0, 200),
      actor: a,
      rows: drafts,
      rejected,
      total: table.rows.length,
      correlationId,
    });
    return { bulkId, started, total: table.rows.length, valid: drafts.length, rejected: rejected.length };
  }

  /** An upload's progress and its rows' outcomes; a unit officer sees only their unit's uploads. */
  async progress(bulkId: string, a: Actor) {
    const [row] = (await this.db.query(
      `SELECT bulk_id AS "bulkId", unit_id AS "unitId", campaign_id AS "campaignId", file_name AS "fileName", total, processed, filed, failed, status,
              rows, created_at AS "createdAt", updated_at AS "updatedAt" FROM bulk_filings WHERE bulk_id = $1`,
      [bulkId],
    )) as { unitId: string; rows: { row: number }[] }[];
    if (!row || (a.role === 'UNIT_OFFICER' && row.unitId !== a.unitId)) throw problem('BULK_NOT_FOUND');
    return { ...row, rows: [...row.rows].sort((x, y) => x.row - y.row) };
  }
}

async function read(body: Buffer, type: string | undefined): Promise<Table> {
  const isZip = body[0] === 0x50 && body[1] === 0x4b;
  try {
    return isZip || type?.startsWith(XLSX) ? await readXlsx(body) : parseCsv(body.toString('utf8'));
  } catch {
    throw problem('UNREADABLE_FILE');
  }
}
