import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { REGISTRATION_SUBJECTS } from '@khen/domain';

const CODE = /^[A-Z0-9][A-Z0-9_-]*$/;

export class RegisteredNomineeDto {
  @ApiProperty({ enum: REGISTRATION_SUBJECTS, description: 'Cá nhân hay tập thể' })
  @IsIn(REGISTRATION_SUBJECTS)
  subject!: (typeof REGISTRATION_SUBJECTS)[number];

  @ApiProperty({ example: 'Nguyễn Thị Lan', description: 'Họ tên cá nhân hoặc tên tập thể' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    example: 'CCCD-001088012345',
    description: 'Mã định danh như của người được đề nghị khen thưởng; mặc định: đơn vị + họ tên',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[\p{L}\p{N}_.:-]+$/u)
  key?: string;
}

export class RegisterTitleDto {
  @ApiPropertyOptional({
    example: 'THPT-CVA',
    description: 'Đơn vị đăng ký; mặc định: đơn vị của cán bộ (cán bộ đơn vị chỉ đăng ký cho đơn vị mình)',
    pattern: CODE.source,
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(CODE)
  unitId?: string;

  @ApiProperty({
    example: 'LDTT',
    description: 'Danh hiệu đăng ký (một danh hiệu, hình thức của đợt)',
    pattern: CODE.source,
  })
  @IsString()
  @MaxLength(64)
  @Matches(CODE)
  awardCode!: string;

  @ApiProperty({ type: RegisteredNomineeDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RegisteredNomineeDto)
  nominee!: RegisteredNomineeDto;
}

export class WithdrawRegistrationDto {
  @ApiProperty({ example: 'Chuyển công tác', description: 'Lý do rút đăng ký' })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class RegistrationQueryDto {
  @ApiPropertyOptional({
    example: 'THPT-CVA',
    description: 'Chỉ đăng ký của một đơn vị (cán bộ đơn vị: luôn là đơn vị mình)',
    pattern: CODE.source,
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(CODE)
  unitId?: string;
}
