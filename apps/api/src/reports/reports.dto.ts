import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional } from 'class-validator';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@khen/domain';
import { OptionalCode, OptionalYear } from '../http/query-fields';
import { IsInstant } from '../problem/edge-validation';

/** What a board report covers, and the instant it is computed as of (docs/reports.md). */
export class ReportQueryDto {
  @OptionalYear()
  year?: number;

  @OptionalCode('TONG-KET-2026', 'Đợt thi đua')
  campaign?: string;

  @ApiPropertyOptional({ enum: AUTHORITY_LEVELS, description: 'Cấp của hội đồng xét' })
  @IsOptional()
  @IsIn(AUTHORITY_LEVELS)
  level?: AuthorityLevel;

  @OptionalCode('SO-GD', 'Đơn vị đề nghị')
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
