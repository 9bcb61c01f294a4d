import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsCivilDay } from '../problem/edge-validation';

export const FORMATS = ['pdf', 'docx'] as const;
export const KINDS = ['proposal', 'minutes', 'decision', 'certificates'] as const;

/** The decision a draft is made for: the number and date the office means to give it (blank lines if not). */
export class DraftQuery {
  @ApiPropertyOptional({ enum: FORMATS, description: 'PDF (phông chữ nhúng) hoặc DOCX để sửa; mặc định PDF' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];

  @ApiPropertyOptional({ example: '125/QĐ-UBND', description: 'Số, ký hiệu dự kiến (dự thảo quyết định)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  decisionNumber?: string;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'Ngày dự kiến ký (yyyy-MM-dd)' })
  @IsOptional()
  @IsDateString({ strict: true })
  @IsCivilDay()
  decisionDate?: string;
}

/** A list decision before it is signed: the cases it covers, one number, one date. */
export class ListDecisionDraftDto extends DraftQuery {
  @ApiProperty({ type: [String], description: 'Các hồ sơ trong quyết định (đang chờ quyết định)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @IsUUID('4', { each: true })
  nominationIds!: string[];
}
