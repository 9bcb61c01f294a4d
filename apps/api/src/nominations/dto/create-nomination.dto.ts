import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

/** Loại hình khen thưởng (domain.md §4). */
export const NOMINATION_KINDS = ['CONG_TRANG', 'THEO_DOT', 'DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN', 'DOI_NGOAI'] as const;
const ID = /^[A-Za-z0-9_.-]+$/;

export class NomineeDto {
  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ['INDIVIDUAL', 'COLLECTIVE'] })
  @IsIn(['INDIVIDUAL', 'COLLECTIVE'])
  subject!: 'INDIVIDUAL' | 'COLLECTIVE';

  @ApiPropertyOptional({ example: 'Giáo viên' })
  @IsOptional() @IsString() @MaxLength(200)
  position?: string;
}

export class CreateNominationDto {
  @ApiPropertyOptional({ description: 'Mã hồ sơ do client tạo (UUID) để gửi lại an toàn; bỏ trống để hệ thống tạo.' })
  @IsOptional() @IsUUID()
  nominationId?: string;

  @ApiProperty({ example: 'LDTT' })
  @IsString() @IsNotEmpty() @MaxLength(32) @Matches(/^[A-Z0-9_]+$/)
  awardCode!: string;

  @ApiProperty({ enum: NOMINATION_KINDS, example: 'CONG_TRANG' })
  @IsIn(NOMINATION_KINDS)
  kind!: (typeof NOMINATION_KINDS)[number];

  @ApiProperty({ example: 'TONG-KET-2026' })
  @IsString() @IsNotEmpty() @MaxLength(64) @Matches(ID)
  campaignId!: string;

  @ApiProperty({ example: 'HD-TP' })
  @IsString() @IsNotEmpty() @MaxLength(64) @Matches(ID)
  councilId!: string;

  @ApiProperty({ type: NomineeDto })
  @IsObject() @ValidateNested() @Type(() => NomineeDto)
  nominee!: NomineeDto;
}
