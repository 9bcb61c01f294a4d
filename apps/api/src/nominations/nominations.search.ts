import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { OUTCOMES, STAGES, type Actor } from '@khen/domain';
import { decodeCursor, encodeCursor } from '../cases/keyset';
import { IsInstant } from '../problem/edge-validation';

const ID = /^[A-Za-z0-9_.-]+$/;

export class SearchQueryDto {
  @ApiPropertyOptional({ description: 'Tên, mã định danh người/tập thể được đề nghị hoặc số hồ sơ (HS-2026-000123)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nominee?: string;
  @ApiPropertyOptional({ description: 'Số hồ sơ (HS-2026-000123)', example: 'HS-2026-000123' })
  @IsOptional()
  @Matches(/^HS-[0-9]{4}-[0-9]{6,9}$/)
  caseNumber?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID) @MaxLength(64) unitId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Z0-9_]+$/) @MaxLength(32) awardCode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID) @MaxLength(64) campaignId?: string;
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES) stage?: string;
  @ApiPropertyOptional({ enum: OUTCOMES }) @IsOptional() @IsIn(OUTCOMES) outcome?: string;
  @ApiPropertyOptional({ description: 'Người đã thao tác trên hồ sơ (mã người dùng)' })
  @IsOptional()
  @Matches(ID)
  @MaxLength(64)
  actor?: string;
  @ApiPropertyOptional({ description: 'Cập nhật từ (ISO)' }) @IsOptional() @IsDateString() @IsInstant() from?: string;
  @ApiPropertyOptional({ description: 'Cập nhật đến (ISO)' }) @IsOptional() @IsDateString() @IsInstant() to?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

export interface CaseRow {
  nominationId: string;
  nomineeName: string;
  nomineeKey: string;
  caseNumber: string | null;
  awardCode: string;
  kind: string;
  year: number;
  unitId: string;
  /** The unit's name as it was at filing (null for cases filed before it was kept). */
  unitName: string | null;
  campaignId: string;
  councilId: string;
  stage: string;
  status: string;
  outcome: string | null;
  version: number;
  slaDeadline: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Cases across the store, newest change first, keyset-paged, restricted to what the actor may read. */
@Injectable()
export class CaseSearch {
  constructor(private readonly db: DataSource) {}

  async list(q: SearchQueryDto, actor: Actor): Promise<{ items: CaseRow[]; nextCursor: string | null }> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      args.push(value);
      where.push(sql.replace('?', `$${args.length}`));
    };
    switch (actor.role) {
      case 'UNIT_OFFICER':
        add('unit_id = ?', actor.unitId ?? '');
        break;
      case 'TDKT_OFFICE':
      case 'COUNCIL_MEMBER':
        add('council_id = ?', actor.councilId ?? '');
        break;
      case 'AUTHORITY':
        add('authority_id = ?', actor.authorityId ?? '');
        break;
      default:
        break;
    }
    if (q.nominee) {
      args.push(`%${q.nominee.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, q.nominee, q.nominee.trim().toUpperCase());
      where.push(
        `(nominee_name ILIKE $${args.length - 2} OR nominee_key = $${args.length - 1} OR case_number = $${args.length})`,
      );
    }
    if (q.caseNumber) add('case_number = ?', q.caseNumber.toUpperCase());
    if (q.unitId) add('unit_id = ?', q.unitId);
    if (q.awardCode) add('award_code = ?', q.awardCode);
    if (q.campaignId) add('campaign_id = ?', q.campaignId);
    if (q.stage) add('stage = ?', q.stage);
    if (q.outcome) add('outcome = ?', q.outcome);
    if (q.from) add('updated_at >= ?', q.from);
    if (q.to) add('updated_at <= ?', q.to);
    if (q.actor)
      add(
        // A vote (and the voting task it closes) is not searchable by its member: who voted is secret.
        `EXISTS (SELECT 1 FROM events e WHERE e.stream_id = nominations.stream_id AND e.metadata->>'actorId' = ?
           AND e.type <> 'VoteCast' AND NOT (e.type = 'TaskClosed' AND e.data->>'taskId' LIKE '%:CAST_VOTE:%'))`,
        q.actor,
      );
    const after = decodeCursor(q.cursor, 2);
    if (after) {
      args.push(after[0], after[1]);
      where.push(`(updated_at, nomination_id) < ($${args.length - 1}::timestamptz, $${args.length})`);
    }
    const limit = q.limit ?? 50;
    args.push(limit + 1);
    const rows = (await this.db.query(
      `SELECT nomination_id AS "nominationId", nominee_name AS "nomineeName", nominee_key AS "nomineeKey", case_number AS "caseNumber", award_code AS "awardCode", kind, year,
              unit_id AS "unitId", state->'unit'->>'name' AS "unitName", campaign_id AS "campaignId", council_id AS "councilId", stage, status, outcome, version,
              sla_deadline AS "slaDeadline", created_at AS "createdAt", updated_at AS "updatedAt"
       FROM nominations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY updated_at DESC, nomination_id DESC LIMIT $${args.length}`,
      args,
    )) as (CaseRow & { updatedAt: Date })[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        ...r,
        updatedAt: new Date(r.updatedAt).toISOString(),
        createdAt: new Date(r.createdAt).toISOString(),
        slaDeadline: r.slaDeadline ? new Date(r.slaDeadline).toISOString() : null,
      })),
      nextCursor:
        rows.length > limit && last ? encodeCursor([new Date(last.updatedAt).toISOString(), last.nominationId]) : null,
    };
  }
}
