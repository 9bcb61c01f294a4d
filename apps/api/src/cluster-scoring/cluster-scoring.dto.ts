import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsHundredths } from '../problem/edge-validation';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const SHA256 = /^[a-f0-9]{64}$/;
const CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** A unit's self-score on one criterion, with its evidence: files uploaded through /api/documents, or a note. */
export class SelfScoreDto {
  @ApiProperty({ example: 35, minimum: 0, maximum: 10000, description: 'Điểm tự chấm (0 đến điểm tối đa)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsHundredths()
  @Min(0)
  @Max(10000)
  points!: number;

  @ApiPropertyOptional({
    type: [String],
    items: { type: 'string', pattern: SHA256.source },
    maxItems: 20,
    description: 'Minh chứng: mã SHA-256 của tệp đơn vị đã tải lên',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(SHA256, { each: true })
  documents?: string[];

  @ApiPropertyOptional({ maxLength: 2000, description: 'Ghi chú minh chứng' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** The leader's adjustment of a unit's score on one criterion, with why. */
export class AdjustScoreDto {
  @ApiProperty({ example: 'TC-1', pattern: CODE.source })
  @IsString()
  @MaxLength(32)
  @Matches(CODE)
  criterionId!: string;

  @ApiProperty({ example: 33, minimum: 0, maximum: 10000, description: 'Điểm sau điều chỉnh' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsHundredths()
  @Min(0)
  @Max(10000)
  points!: number;

  @ApiProperty({ example: 'Minh chứng chưa đủ', maxLength: 2000, description: 'Lý do điều chỉnh (bắt buộc)' })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

/** A member unit's vote on the leader's ranking (sealed at the edge). */
export class RankingVoteDto {
  @ApiProperty({ enum: ['APPROVE', 'DISAPPROVE'], description: 'Tán thành hay không tán thành bảng xếp hạng' })
  @IsIn(['APPROVE', 'DISAPPROVE'])
  choice!: 'APPROVE' | 'DISAPPROVE';
}

/** The emulation flag's nomination drafted from the result: the award and council default to the campaign's. */
export class FlagNominationDto {
  @ApiPropertyOptional({ example: 'CO_TINH', pattern: '^[A-Z0-9_]+$', maxLength: 32 })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Z0-9_]+$/)
  awardCode?: string;
}
