import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { STAGES } from '@khen/domain';

const ID = /^[A-Za-z0-9_.-]+$/;

export class BoardQueryDto {
  @ApiPropertyOptional({
    enum: ['stalled', 'at-risk', 'breached', 'all'],
    description: 'stalled = có nguy cơ + quá hạn (mặc định)',
  })
  @IsOptional()
  @IsIn(['stalled', 'at-risk', 'breached', 'all'])
  status?: 'stalled' | 'at-risk' | 'breached' | 'all';
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES) stage?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID) @MaxLength(64) unit?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Z0-9_]+$/) @MaxLength(32) award?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID) @MaxLength(64) campaign?: string;
  @ApiPropertyOptional({ enum: ['breach', 'stage', 'unit'] }) @IsOptional() @IsIn(['breach', 'stage', 'unit']) sort?:
    'breach' | 'stage' | 'unit';
  @ApiPropertyOptional({ default: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2000) limit?: number;
  @ApiPropertyOptional({ default: 0, description: 'Bỏ qua bao nhiêu dòng (trang sau)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class WeeksQueryDto {
  @ApiPropertyOptional({ default: 12 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(104) weeks?: number;
}

export class DaysQueryDto {
  @ApiPropertyOptional({ default: 90 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(730) days?: number;
}
