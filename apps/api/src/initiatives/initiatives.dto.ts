import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { INITIATIVE_SCOPES } from '@khen/domain';
import { IsCivilDay, ListOf } from '../problem/edge-validation';

const ID = /^[A-Za-z0-9_.-]+$/;

export class InitiativeAuthorDto {
  @ApiPropertyOptional({
    example: 'CCCD-001088012345',
    description: 'Mã định danh như của người được đề nghị khen thưởng; mặc định: đơn vị + họ tên',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[\p{L}\p{N}_.:-]+$/u)
  key?: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' }) @IsString() @MaxLength(200) name!: string;

  @ApiPropertyOptional({
    description: 'Tài khoản đăng nhập của tác giả (nếu có): người đó không được đánh giá sáng kiến',
  })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  userId?: string;
}

export class FileInitiativeDto {
  @ApiProperty({ example: 'Số hoá hồ sơ học sinh' }) @IsString() @MaxLength(500) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) summary?: string;
  @ApiProperty({ example: 'SO-GD' }) @IsString() @MaxLength(64) @Matches(ID) unitId!: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(1945) @Max(2100) year!: number;
  @ListOf(InitiativeAuthorDto, { max: 20, description: 'Tác giả, đồng tác giả' })
  authors!: InitiativeAuthorDto[];
}

export class AssessInitiativeDto {
  @ApiProperty({ description: 'Hội đồng sáng kiến công nhận (true) hay không (false)' })
  @IsBoolean()
  recognised!: boolean;

  @ApiPropertyOptional({ enum: INITIATIVE_SCOPES, description: 'Phạm vi ảnh hưởng; bắt buộc khi công nhận' })
  @ValidateIf((o: AssessInitiativeDto) => o.scope !== undefined)
  @IsIn(INITIATIVE_SCOPES)
  scope?: (typeof INITIATIVE_SCOPES)[number];

  @ApiProperty({ example: '2026-03-02', description: 'Ngày công nhận (không sau hôm nay)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsCivilDay()
  decidedOn!: string;

  @ApiPropertyOptional({ description: 'Lý do; bắt buộc khi không công nhận' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ example: '12/QĐ-HĐSK' }) @IsOptional() @IsString() @MaxLength(64) decisionNumber?: string;
}

export class InitiativeQueryDto {
  @ApiPropertyOptional({ example: 'SO-GD' }) @IsOptional() @IsString() @MaxLength(64) unitId?: string;
  @ApiPropertyOptional({ description: 'Mã định danh của một tác giả' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  authorKey?: string;
  @ApiPropertyOptional({ enum: ['FILED', 'RECOGNISED', 'NOT_RECOGNISED'] })
  @IsOptional()
  @IsIn(['FILED', 'RECOGNISED', 'NOT_RECOGNISED'])
  status?: string;
  @ApiPropertyOptional({ description: 'Tìm trong tên sáng kiến' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
}
