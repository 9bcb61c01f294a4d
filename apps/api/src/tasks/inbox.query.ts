import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { STAGES, TASK_TYPES } from '@khen/domain';
import { IsInstant } from '../problem/edge-validation';

const ID = /^[A-Za-z0-9_.-]+$/;
export const SCOPES = ['all', 'mine', 'groups'] as const;
export const SORTS = ['due', 'breach', 'priority', 'age'] as const;
export type Sort = (typeof SORTS)[number];

/** Inbox filters and order. Every field is optional; a saved view fills them in. */
export class InboxQueryDto {
  @ApiPropertyOptional({ enum: SCOPES, description: 'mine: việc của tôi; groups: việc của nhóm; all: cả hai' })
  @IsOptional()
  @IsIn(SCOPES)
  scope?: (typeof SCOPES)[number];
  @ApiPropertyOptional({ enum: TASK_TYPES }) @IsOptional() @IsIn(TASK_TYPES) type?: string;
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES) stage?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Z0-9_]+$/) @MaxLength(32) award?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID) @MaxLength(64) unit?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID) @MaxLength(64) campaign?: string;
  @ApiPropertyOptional({ description: 'Chỉ việc đã quá hạn' })
  @IsOptional()
  @Transform(({ value }) =>
    value === true || value === 'true' ? true : value === false || value === 'false' ? false : value,
  )
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional({ description: 'Hạn trước thời điểm (ISO)' })
  @IsOptional()
  @IsDateString()
  @IsInstant()
  dueBefore?: string;
  @ApiPropertyOptional({
    enum: SORTS,
    description: 'due: hạn xử lý; breach: hạn của giai đoạn; priority: ưu tiên; age: việc cũ nhất trước',
  })
  @IsOptional()
  @IsIn(SORTS)
  sort?: Sort;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ description: 'Tên một bộ lọc đã lưu' }) @IsOptional() @IsString() @MaxLength(64) view?: string;
}
