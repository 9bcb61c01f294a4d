import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@khen/domain';
import { IsInstant } from '../problem/edge-validation';

const ID = /^[A-Za-z0-9_.-]+$/;

/** What a board report covers, and the instant it is computed as of (docs/reports.md). */
export class ReportQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Năm thành tích' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: 'TONG-KET-2026', description: 'Đợt thi đua' })
  @IsOptional()
  @Matches(ID)
  @MaxLength(64)
  campaign?: string;

  @ApiPropertyOptional({ enum: AUTHORITY_LEVELS, description: 'Cấp của hội đồng xét' })
  @IsOptional()
  @IsIn(AUTHORITY_LEVELS)
  level?: AuthorityLevel;

  @ApiPropertyOptional({ example: 'SO-GD', description: 'Đơn vị đề nghị' })
  @IsOptional()
  @Matches(ID)
  @MaxLength(64)
  unit?: string;

  @ApiPropertyOptional({
    description: 'Tính tại thời điểm (ISO): chỉ các sự kiện đã ghi đến lúc đó; mặc định: bây giờ',
  })
  @IsOptional()
  @IsDateString()
  @IsInstant()
  asOf?: string;
}

export class ReportExportQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'] }) @IsOptional() @IsIn(['csv', 'xlsx']) format?: 'csv' | 'xlsx';
}
