import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalCode, OptionalYear } from '../http/query-fields';

/** The honour roll's search: free text over name, unit and award; year, award, unit; a page. */
export class HonourRollQueryDto {
  @ApiPropertyOptional({ description: 'Tìm theo họ tên, đơn vị, danh hiệu (không phân biệt dấu)', example: 'nguyen' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @OptionalYear()
  year?: number;

  @ApiPropertyOptional({ example: 'BK_TINH', description: 'Mã danh hiệu, hình thức' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]+$/)
  @MaxLength(32)
  award?: string;

  @OptionalCode('SO-GD', 'Mã đơn vị')
  unit?: string;

  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;

  @ApiPropertyOptional({ default: 0, description: 'Bỏ qua bao nhiêu dòng (trang sau)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}
