import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { HOLD_TYPES, NOMINATION_KINDS } from '@khen/domain';
import { IsCivilDay, ListOf } from '../problem/edge-validation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ImportEntryDto {
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

export class ImportDto {
  @ListOf(ImportEntryDto, { max: 5000 })
  entries!: ImportEntryDto[];
}

export class HoldDto {
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
