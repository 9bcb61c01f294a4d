import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NOMINATION_KINDS, SUBJECTS } from '@khen/domain';
import { AchievementsDto } from './achievements.dto';

const ID = /^[A-Za-z0-9_.-]+$/;

export class NomineeDto {
  @ApiPropertyOptional({
    example: 'CCCD-001088012345',
    description: 'Mã định danh (số CCCD, mã cán bộ, mã tập thể); mặc định: đơn vị + họ tên',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[\p{L}\p{N}_.:-]+$/u)
  key?: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: SUBJECTS })
  @IsIn(SUBJECTS)
  subject!: (typeof SUBJECTS)[number];

  @ApiPropertyOptional({ example: 'Giáo viên' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;

  @ApiPropertyOptional({ enum: ['FEMALE', 'MALE'] })
  @IsOptional()
  @IsIn(['FEMALE', 'MALE'])
  gender?: 'FEMALE' | 'MALE';

  @ApiPropertyOptional({ description: 'Người trực tiếp lao động, sản xuất, công tác' })
  @IsOptional()
  @IsBoolean()
  directWorker?: boolean;

  @ApiPropertyOptional({
    description: 'Tập thể nhỏ (tổ, đội, phòng, khoa…) — chỉ với tập thể; dùng cho báo cáo (small collective)',
  })
  @IsOptional()
  @IsBoolean()
  smallCollective?: boolean;
}

export class CreateNominationDto {
  @ApiPropertyOptional({ description: 'Mã hồ sơ do client tạo (UUID) để gửi lại an toàn; bỏ trống để hệ thống tạo.' })
  @IsOptional()
  @IsUUID('4')
  nominationId?: string;

  @ApiProperty({ example: 'LDTT' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  @Matches(/^[A-Z0-9_]+$/)
  awardCode!: string;

  @ApiProperty({ enum: NOMINATION_KINDS, example: 'CONG_TRANG' })
  @IsIn(NOMINATION_KINDS)
  kind!: (typeof NOMINATION_KINDS)[number];

  @ApiProperty({ example: 'TONG-KET-2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(ID)
  campaignId!: string;

  @ApiProperty({ example: 'HD-SO-GD' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(ID)
  councilId!: string;

  @ApiPropertyOptional({ example: 2026, description: 'Năm thành tích; mặc định: năm của đợt thi đua' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiProperty({ type: NomineeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NomineeDto)
  nominee!: NomineeDto;

  @ApiPropertyOptional({ type: AchievementsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AchievementsDto)
  achievements?: AchievementsDto;
}

export class EditDraftDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Z0-9_]+$/)
  awardCode?: string;

  @ApiPropertyOptional({ enum: NOMINATION_KINDS })
  @IsOptional()
  @IsIn(NOMINATION_KINDS)
  kind?: (typeof NOMINATION_KINDS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ type: NomineeDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NomineeDto)
  nominee?: NomineeDto;

  @ApiPropertyOptional({ type: AchievementsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AchievementsDto)
  achievements?: AchievementsDto;
}
