import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AUTHORITY_LEVELS, CAMPAIGN_KINDS, CLUSTER_KINDS, COUNCIL_SEATS, UNIT_KINDS } from '@khen/domain';
import { ListOf } from '../problem/edge-validation';

/**
 * Bodies of the directory's administration. The edge checks only the shape (text is text, a list is
 * a list); the directory's deciders check the rules and name the field in Vietnamese (422/409).
 */
const Text = (o: { example?: string; description?: string; max?: number; optional?: boolean } = {}) => {
  const doc = { example: o.example, description: o.description };
  return (target: object, key: string) => {
    (o.optional ? ApiPropertyOptional(doc) : ApiProperty(doc))(target, key);
    if (o.optional) IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(o.max ?? 300)(target, key);
  };
};
const Day = (description: string, optional = false) =>
  Text({ example: '2026-01-01', description: `${description} (yyyy-MM-dd)`, max: 10, optional });
const Why = () =>
  Text({ example: 'Theo Quyết định số 12/QĐ-UBND', description: 'Lý do thay đổi (ghi vào nhật ký)', max: 2000 });
const Codes =
  (description: string, optional = false) =>
  (target: object, key: string) => {
    (optional ? ApiPropertyOptional({ type: [String], description }) : ApiProperty({ type: [String], description }))(
      target,
      key,
    );
    if (optional) IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(1000)(target, key);
    IsString({ each: true })(target, key);
    MaxLength(64, { each: true })(target, key);
  };

export class RegisterUnitDto {
  @Text({ example: 'PHUONG-BA-DINH', max: 64 }) unitId!: string;
  @Text({ example: 'UBND phường Ba Đình' }) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsString() kind!: string;
  @ApiProperty({ enum: AUTHORITY_LEVELS }) @IsString() level!: string;
  @ApiProperty({ nullable: true, example: 'UBND-TP', description: 'Đơn vị cấp trên (null: tỉnh, bộ)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parentId!: string | null;
  @Text({ optional: true, max: 64, description: 'Đơn vị có thẩm quyền đề nghị (mặc định: chính đơn vị)' })
  signingUnitId?: string;
  @Day('Ngày bắt đầu hoạt động') activeFrom!: string;
  @Day('Ngày ngừng hoạt động, cho đơn vị trong lịch sử', true) activeTo?: string;
  @Text({ optional: true, max: 64 }) successorId?: string;
  @Why() reason!: string;
}

export class ChangeUnitDto {
  @Text({ optional: true }) name?: string;
  @ApiPropertyOptional({ enum: UNIT_KINDS }) @IsOptional() @IsString() kind?: string;
  @ApiPropertyOptional({ enum: AUTHORITY_LEVELS }) @IsOptional() @IsString() level?: string;
  @Text({ optional: true, max: 64 }) signingUnitId?: string;
  @Why() reason!: string;
}

export class MoveUnitDto {
  @Text({ max: 64 }) parentId!: string;
  @Text({ optional: true, max: 64 }) signingUnitId?: string;
  @Why() reason!: string;
}

export class MergeUnitDto {
  @Text({ max: 64, description: 'Đơn vị tiếp nhận (kế thừa hồ sơ đang xử lý)' }) successorId!: string;
  @Day('Ngày cuối cùng đơn vị hoạt động') activeTo!: string;
  @Why() reason!: string;
}

export class CloseUnitDto {
  @Day('Ngày cuối cùng đơn vị hoạt động') activeTo!: string;
  @Text({ optional: true, max: 64, description: 'Đơn vị kế thừa hồ sơ đang xử lý' }) successorId?: string;
  @Why() reason!: string;
}

export class RegisterCouncilDto {
  @Text({ example: 'HD-PHUONG-BA-DINH', max: 64 }) councilId!: string;
  @Text({ example: 'Hội đồng Thi đua – Khen thưởng phường Ba Đình' }) name!: string;
  @Text({ max: 64, description: 'Đơn vị có Hội đồng (người đứng đầu là cấp có thẩm quyền)' }) unitId!: string;
  @ApiPropertyOptional({ enum: AUTHORITY_LEVELS }) @IsOptional() @IsString() level?: string;
  @Text({ example: 'Chủ tịch UBND phường Ba Đình' }) authorityName!: string;
  @Why() reason!: string;
}

export class ChangeCouncilDto {
  @Text({ optional: true }) name?: string;
  @Text({ optional: true }) authorityName?: string;
  @Why() reason!: string;
}

export class SeatDto {
  @Text({ max: 200, description: 'Mã người dùng ở hệ thống đăng nhập' }) memberId!: string;
  @Text({ max: 200 }) name!: string;
  @ApiProperty({ enum: COUNCIL_SEATS }) @IsString() seat!: string;
  @Text({ max: 64, description: 'Đơn vị của thành viên (tránh xét hồ sơ đơn vị mình)' }) unitId!: string;
}

export class OpenTermDto {
  @Text({ example: '2026-2030', max: 64 }) termId!: string;
  @Day('Ngày bắt đầu nhiệm kỳ') from!: string;
  @Day('Ngày kết thúc nhiệm kỳ') to!: string;
  @ListOf(SeatDto, { max: 200 }) members!: SeatDto[];
  @Why() reason!: string;
}

export class ChangeMembershipDto {
  @Day('Ngày thay đổi có hiệu lực') on!: string;
  @Codes('Thành viên thôi giữ ghế (đến hết ngày trước)', true) leave?: string[];
  @ListOf(SeatDto, { max: 200, optional: true }) join?: SeatDto[];
  @Why() reason!: string;
}

export class LaunchCampaignDto {
  @Text({ example: 'CDS-PHUONG-2026', max: 64 }) campaignId!: string;
  @Text() name!: string;
  @Text({ max: 64, description: 'Đơn vị phát động (cấp đó khen thưởng)' }) unitId!: string;
  @ApiProperty({ enum: CAMPAIGN_KINDS }) @IsString() kind!: string;
  @ApiProperty({ example: 2026 }) @IsInt() year!: number;
  @Day('Ngày bắt đầu nhận hồ sơ') filingOpensOn!: string;
  @Day('Ngày kết thúc nhận hồ sơ') filingClosesOn!: string;
  @Codes('Các hình thức khen thưởng của đợt') awards!: string[];
  @Text({ max: 64, description: 'Hội đồng xét (của đơn vị phát động)' }) councilId!: string;
  @Why() reason!: string;
}

export class ChangeCampaignDto {
  @Text({ optional: true }) name?: string;
  @Day('Ngày bắt đầu nhận hồ sơ', true) filingOpensOn?: string;
  @Day('Ngày kết thúc nhận hồ sơ', true) filingClosesOn?: string;
  @Codes('Các hình thức khen thưởng của đợt', true) awards?: string[];
  @Text({ optional: true, max: 64 }) councilId?: string;
  @Why() reason!: string;
}

export class ReasonDto {
  @Why() reason!: string;
}

export class RegisterClusterDto {
  @Text({ example: 'CUM-1', max: 64 }) clusterId!: string;
  @Text() name!: string;
  @ApiProperty({ enum: CLUSTER_KINDS }) @IsString() kind!: string;
  @Text({ max: 64 }) councilId!: string;
  @Why() reason!: string;
}

export class ClusterYearDto {
  @Codes('Đơn vị thành viên trong năm') members!: string[];
  @Text({ max: 64, description: 'Đơn vị trưởng cụm, khối' }) leaderId!: string;
  @Why() reason!: string;
}

export class UnitRowDto {
  @Text({ max: 64 }) unitId!: string;
  @Text() name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsString() kind!: string;
  @ApiProperty({ enum: AUTHORITY_LEVELS }) @IsString() level!: string;
  @ApiProperty({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) parentId!: string | null;
  @Text({ optional: true, max: 64 }) signingUnitId?: string;
  @Day('Ngày bắt đầu hoạt động') activeFrom!: string;
}

export class TermDto {
  @Text({ max: 64 }) termId!: string;
  @Day('Ngày bắt đầu nhiệm kỳ') from!: string;
  @Day('Ngày kết thúc nhiệm kỳ') to!: string;
}

export class CouncilRowDto {
  @Text({ max: 64 }) councilId!: string;
  @Text() name!: string;
  @Text({ max: 64 }) unitId!: string;
  @Text() authorityName!: string;
  @ApiProperty({ type: TermDto }) @IsObject() @ValidateNested() @Type(() => TermDto) term!: TermDto;
  @ListOf(SeatDto, { max: 200 }) members!: SeatDto[];
}

export class CampaignRowDto {
  @Text({ max: 64 }) campaignId!: string;
  @Text() name!: string;
  @Text({ max: 64 }) unitId!: string;
  @ApiProperty({ enum: CAMPAIGN_KINDS }) @IsString() kind!: string;
  @ApiProperty() @IsInt() year!: number;
  @Day('Ngày bắt đầu nhận hồ sơ') filingOpensOn!: string;
  @Day('Ngày kết thúc nhận hồ sơ') filingClosesOn!: string;
  @Codes('Các hình thức khen thưởng của đợt') awards!: string[];
  @Text({ max: 64 }) councilId!: string;
}

/** An org chart to import: each row recorded only where it differs from the directory (idempotent). */
export class ImportDirectoryDto {
  @ListOf(UnitRowDto, { max: 10_000, optional: true }) units?: UnitRowDto[];
  @ListOf(CouncilRowDto, { max: 1_000, optional: true }) councils?: CouncilRowDto[];
  @ListOf(CampaignRowDto, { max: 5_000, optional: true }) campaigns?: CampaignRowDto[];
  @Why() reason!: string;
}
