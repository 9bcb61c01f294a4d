import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HOLD_TYPES, NOMINATION_KINDS, toCivilDate, type Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { IsCivilDay } from '../problem/edge-validation';
import { ProblemException } from '../problem/problem.exception';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

class ImportEntryDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) nomineeKey!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) nomineeName!: string;
  @ApiProperty() @Matches(/^[A-Z0-9_]+$/) @MaxLength(32) awardCode!: string;
  @ApiProperty() @IsInt() @Min(1945) @Max(2100) year!: number;
  @ApiProperty({ enum: NOMINATION_KINDS }) @IsIn(NOMINATION_KINDS) kind!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) unitId!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) decisionNumber!: string;
  @ApiProperty() @Matches(DATE) @IsCivilDay() decisionDate!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) authorityId!: string;
}

class ImportDto {
  @ApiProperty({ type: [ImportEntryDto] })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ImportEntryDto)
  entries!: ImportEntryDto[];
}

class HoldDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) nomineeKey!: string;
  @ApiProperty({ enum: HOLD_TYPES }) @IsIn(HOLD_TYPES) type!: string;
  @ApiProperty({ example: '2026-11-01' }) @Matches(DATE) @IsCivilDay() since!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE) @IsCivilDay() until?: string;
  @ApiProperty({ example: 'Quyết định kỷ luật số 12/QĐ-KL' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reference!: string;
}

/**
 * The registry (sổ khen thưởng) and holds: reference data the rules check submissions against.
 * Awards decided here land in the registry from their events; history before the system is imported.
 */
@ApiTags('registry')
@ApiBearerAuth()
@Controller()
export class RegistryController {
  constructor(private readonly db: DataSource) {}

  @Get('registry')
  @Roles('ADMIN', 'TDKT_OFFICE', 'SLA_MONITOR')
  @ApiOperation({ summary: 'Tra cứu sổ khen thưởng theo người/tập thể' })
  registry(@Query('nomineeKey') nomineeKey: string) {
    if (!nomineeKey)
      throw new ProblemException(
        400,
        'FIELD_REQUIRED',
        'Cần mã định danh người/tập thể (nomineeKey).',
        'nomineeKey is required.',
        { field: 'nomineeKey' },
      );
    return this.db.query(
      `SELECT entry_id AS "entryId", nominee_key AS "nomineeKey", nominee_name AS "nomineeName", award_code AS "awardCode", year, kind, unit_id AS "unitId",
              decision_number AS "decisionNumber", to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", authority_id AS "authorityId", nomination_id AS "nominationId", source
       FROM award_registry WHERE nominee_key = $1 ORDER BY year, award_code`,
      [nomineeKey],
    );
  }

  @Post('registry/imports')
  @HttpCode(201)
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Nhập lịch sử khen thưởng trước khi dùng hệ thống (giữ nguyên nếu đã có)' })
  async import(@Body() dto: ImportDto, @CurrentActor() a: Actor) {
    let imported = 0;
    await this.db.transaction(async (m) => {
      for (const e of dto.entries) {
        const id = `import:${e.nomineeKey}:${e.awardCode}:${e.year}:${e.decisionNumber}`;
        const rows = await m.query(
          `INSERT INTO award_registry (entry_id, nominee_key, nominee_name, award_code, year, kind, unit_id, decision_number, decision_date, authority_id,
             signer_id, nomination_id, source, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, 'IMPORT', now()) ON CONFLICT (entry_id) DO NOTHING RETURNING entry_id`,
          [
            id,
            e.nomineeKey,
            e.nomineeName,
            e.awardCode,
            e.year,
            e.kind,
            e.unitId,
            e.decisionNumber,
            e.decisionDate,
            e.authorityId,
            `import:${a.userId}`,
          ],
        );
        imported += rows.length;
      }
    });
    return { imported, skipped: dto.entries.length - imported };
  }

  @Get('holds')
  @Roles('ADMIN', 'TDKT_OFFICE')
  @ApiOperation({ summary: 'Các trường hợp tạm hoãn xét khen thưởng đang có hiệu lực' })
  holds() {
    return this.db.query(
      `SELECT hold_id AS "holdId", nominee_key AS "nomineeKey", type, to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until, reference,
              created_by AS "createdBy" FROM nominee_holds WHERE until IS NULL OR until >= $1 ORDER BY since DESC`,
      [toCivilDate(new Date())],
    );
  }

  @Post('holds')
  @HttpCode(201)
  @Roles('ADMIN', 'TDKT_OFFICE')
  @ApiOperation({ summary: 'Ghi nhận kỷ luật, thanh tra hoặc khiếu nại: tạm hoãn xét khen thưởng (Luật TĐKT, Điều 5)' })
  async addHold(@Body() dto: HoldDto, @CurrentActor() a: Actor) {
    if (dto.until && dto.until < dto.since)
      throw new ProblemException(
        422,
        'INVALID_DATE',
        'Ngày kết thúc phải sau ngày bắt đầu.',
        'until must be after since.',
        { field: 'until' },
      );
    const holdId = randomUUID();
    await this.db.query(
      `INSERT INTO nominee_holds (hold_id, nominee_key, type, since, until, reference, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [holdId, dto.nomineeKey, dto.type, dto.since, dto.until ?? null, dto.reference, a.userId],
    );
    return { holdId };
  }

  @Post('holds/:holdId/lift')
  @HttpCode(200)
  @Roles('ADMIN', 'TDKT_OFFICE')
  @ApiOperation({ summary: 'Chấm dứt tạm hoãn từ hôm nay' })
  async lift(@Param('holdId') holdId: string) {
    const yesterday = toCivilDate(new Date(Date.now() - 24 * 3600 * 1000));
    const rows = await this.db.query(
      `UPDATE nominee_holds SET until = $2 WHERE hold_id = $1 AND (until IS NULL OR until > $2) RETURNING hold_id`,
      [holdId, yesterday],
    );
    if (!rows[1])
      throw new ProblemException(
        404,
        'HOLD_NOT_FOUND',
        'Không có trường hợp tạm hoãn đang hiệu lực này.',
        'No such active hold.',
        { field: 'holdId' },
      );
    return { holdId, until: yesterday };
  }
}
