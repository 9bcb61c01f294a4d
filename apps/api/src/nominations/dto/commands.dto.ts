import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayNotEmpty, IsArray, IsDateString, IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { REJECTION_REASONS } from '@khen/domain';
import { DocumentDto } from './document.dto';

export class SubmitDossierDto {
  @ApiProperty({ type: [DocumentDto] })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => DocumentDto)
  documents!: DocumentDto[];
}

export class RequestSupplementDto {
  @ApiProperty({ example: ['BIEN_BAN_HOP'] })
  @IsArray() @ArrayNotEmpty() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(64, { each: true })
  missing!: string[];

  @ApiProperty({ example: 'Bổ sung biên bản họp Hội đồng TĐKT đơn vị.' })
  @IsString() @MaxLength(2000)
  note!: string;
}

export class AppraiseDto {
  @ApiProperty({ example: 'Hồ sơ đầy đủ, đúng quy định.' })
  @IsString() @IsNotEmpty() @MaxLength(4000)
  opinion!: string;
}

export class VoteDto {
  @ApiProperty({ enum: ['APPROVE', 'DISAPPROVE'] })
  @IsIn(['APPROVE', 'DISAPPROVE'])
  choice!: 'APPROVE' | 'DISAPPROVE';
}

const REASONS = REJECTION_REASONS.filter((r) => r !== 'BALLOT_FAILED');

export class DecisionDto {
  @ApiProperty({ enum: ['AWARD', 'REJECT'] })
  @IsIn(['AWARD', 'REJECT'])
  outcome!: 'AWARD' | 'REJECT';

  @ApiPropertyOptional({ example: '125/QĐ-UBND' })
  @ValidateIf((d: DecisionDto) => d.outcome === 'AWARD') @IsString() @IsNotEmpty() @MaxLength(64)
  decisionNumber?: string;

  @ApiPropertyOptional({ example: '2026-12-20' })
  @ValidateIf((d: DecisionDto) => d.outcome === 'AWARD') @IsDateString({ strict: true })
  decisionDate?: string;

  @ApiPropertyOptional({ enum: REASONS })
  @ValidateIf((d: DecisionDto) => d.outcome === 'REJECT') @IsIn(REASONS)
  reasonCode?: (typeof REASONS)[number];

  @ApiPropertyOptional({ example: 'Chưa đáp ứng tiêu chuẩn theo Điều 24.' })
  @ValidateIf((d: DecisionDto) => d.outcome === 'REJECT') @IsString() @IsNotEmpty() @MaxLength(2000)
  reason?: string;
}

export class WithdrawDto {
  @ApiProperty({ example: 'Đơn vị rút hồ sơ để hoàn thiện.' })
  @IsString() @IsNotEmpty() @MaxLength(2000)
  reason!: string;
}
