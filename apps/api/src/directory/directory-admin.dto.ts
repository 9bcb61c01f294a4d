import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AUTHORITY_LEVELS,
  CAMPAIGN_KINDS,
  CLUSTER_KINDS,
  COUNCIL_SEATS,
  GRANTED_ROLES,
  RECORD_CODE,
  UNIT_KINDS,
} from '@khen/domain';
import { CIVIL_DAY_PATTERN } from '../http/openapi';
import { IsCivilDay, IsInstant, ListOf, IsHundredths } from '../problem/edge-validation';

/**
 * Bodies of the directory's administration. The validator checks the shape (text is text, a list is a
 * list, lengths); the directory's deciders check the rest and name the field in Vietnamese (422/409), with
 * words officials understand. The schemas state both (docs/openapi.md): a code's pattern, a date's form,
 * non-blank text, the enums, the year's bounds, so that what the document calls valid is what the server takes.
 */
type Doc = Record<string, unknown>;
const property = (optional: boolean | undefined, doc: Doc) => (optional ? ApiPropertyOptional(doc) : ApiProperty(doc));
/** Text the deciders want non-blank (checkText): at least one character that is not a space. */
const NON_BLANK = '\\S';
const Text = (o: { example?: string; description?: string; max?: number; optional?: boolean } = {}) => {
  const doc = { type: String, example: o.example, description: o.description, pattern: NON_BLANK, minLength: 1 };
  return (target: object, key: string) => {
    property(o.optional, doc)(target, key);
    if (o.optional) IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(o.max ?? 300)(target, key);
  };
};
/** A record's code (checkCode): upper-case letters, digits and single hyphens, at most 64 characters. */
const Code = (o: { example?: string; description?: string; optional?: boolean; nullable?: boolean } = {}) => {
  const doc = {
    type: String,
    example: o.example,
    description: o.description,
    pattern: RECORD_CODE.source,
    nullable: o.nullable,
  };
  return (target: object, key: string) => {
    property(o.optional, doc)(target, key);
    if (o.optional || o.nullable) IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(64)(target, key);
  };
};
/** One of a list (checkOneOf). */
const OneOf =
  (values: readonly string[], optional = false) =>
  (target: object, key: string) => {
    property(optional, { enum: values })(target, key);
    if (optional) IsOptional()(target, key);
    IsString()(target, key);
  };
const Day =
  (description: string, optional = false) =>
  (target: object, key: string) => {
    property(optional, {
      example: '2026-01-01',
      description: `${description} (yyyy-MM-dd)`,
      format: 'date',
      pattern: CIVIL_DAY_PATTERN,
    })(target, key);
    if (optional) IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(10)(target, key);
  };
const Why = () =>
  Text({ example: 'Theo Quyết định số 12/QĐ-UBND', description: 'Lý do thay đổi (ghi vào nhật ký)', max: 2000 });
const Year = () => (target: object, key: string) => {
  ApiProperty({ example: 2026, minimum: 2000, maximum: 2100 })(target, key);
  IsInt()(target, key);
};
/** Codes of records (units of a cluster), of awards (a campaign's: at least one, none twice) or members' ids. */
const Codes =
  (description: string, o: { optional?: boolean; awards?: boolean; members?: boolean } = {}) =>
  (target: object, key: string) => {
    // An award's code as the rule sets write it (ASCII, so that a length counts the same everywhere).
    const items = o.members
      ? { type: 'string' }
      : o.awards
        ? { type: 'string', pattern: '^[A-Z0-9_]+$', maxLength: 32 }
        : { type: 'string', pattern: RECORD_CODE.source };
    property(o.optional, {
      type: [String],
      description,
      items,
      ...(o.awards ? { minItems: 1, uniqueItems: true } : {}),
    })(target, key);
    if (o.optional) IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(1000)(target, key);
    IsString({ each: true })(target, key);
    MaxLength(o.members ? 200 : 64, { each: true })(target, key);
  };

export class RegisterUnitDto {
  @Code({ example: 'PHUONG-BA-DINH' }) unitId!: string;
  @Text({ example: 'UBND phường Ba Đình' }) name!: string;
  @OneOf(UNIT_KINDS) kind!: string;
  @OneOf(AUTHORITY_LEVELS) level!: string;
  @Code({ nullable: true, example: 'UBND-TP', description: 'Đơn vị cấp trên (null: tỉnh, bộ)' })
  parentId!: string | null;
  @Code({ optional: true, description: 'Đơn vị có thẩm quyền đề nghị (mặc định: chính đơn vị)' })
  signingUnitId?: string;
  @Day('Ngày bắt đầu hoạt động') activeFrom!: string;
  @Day('Ngày ngừng hoạt động, cho đơn vị trong lịch sử', true) activeTo?: string;
  @Code({ optional: true }) successorId?: string;
  @Why() reason!: string;
}

export class ChangeUnitDto {
  @Text({ optional: true }) name?: string;
  @OneOf(UNIT_KINDS, true) kind?: string;
  @OneOf(AUTHORITY_LEVELS, true) level?: string;
  @Code({ optional: true }) signingUnitId?: string;
  @Why() reason!: string;
}

export class MoveUnitDto {
  @Code() parentId!: string;
  @Code({ optional: true }) signingUnitId?: string;
  @Why() reason!: string;
}

export class MergeUnitDto {
  @Code({ description: 'Đơn vị tiếp nhận (kế thừa hồ sơ đang xử lý)' }) successorId!: string;
  @Day('Ngày cuối cùng đơn vị hoạt động') activeTo!: string;
  @Why() reason!: string;
}

export class CloseUnitDto {
  @Day('Ngày cuối cùng đơn vị hoạt động') activeTo!: string;
  @Code({ optional: true, description: 'Đơn vị kế thừa hồ sơ đang xử lý' }) successorId?: string;
  @Why() reason!: string;
}

export class RegisterCouncilDto {
  @Code({ example: 'HD-PHUONG-BA-DINH' }) councilId!: string;
  @Text({ example: 'Hội đồng Thi đua – Khen thưởng phường Ba Đình' }) name!: string;
  @Code({ description: 'Đơn vị có Hội đồng (người đứng đầu là cấp có thẩm quyền)' }) unitId!: string;
  @OneOf(AUTHORITY_LEVELS, true) level?: string;
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
  @OneOf(COUNCIL_SEATS) seat!: string;
  @Code({ description: 'Đơn vị của thành viên (tránh xét hồ sơ đơn vị mình)' }) unitId!: string;
}

export class OpenTermDto {
  @Code({ example: '2026-2030' }) termId!: string;
  @Day('Ngày bắt đầu nhiệm kỳ') from!: string;
  @Day('Ngày kết thúc nhiệm kỳ') to!: string;
  @ListOf(SeatDto, { max: 200 }) members!: SeatDto[];
  @Why() reason!: string;
}

export class ChangeMembershipDto {
  @Day('Ngày thay đổi có hiệu lực') on!: string;
  @Codes('Thành viên thôi giữ ghế (đến hết ngày trước)', { optional: true, members: true }) leave?: string[];
  @ListOf(SeatDto, { max: 200, optional: true }) join?: SeatDto[];
  @Why() reason!: string;
}

/** A scoring criterion of a campaign (cluster and bloc scoring, docs/cluster-scoring.md). */
export class CriterionDto {
  @ApiProperty({
    example: 'TC-1',
    pattern: RECORD_CODE.source,
    maxLength: 32,
    description: 'Mã tiêu chí (không trùng)',
  })
  @IsString()
  @MaxLength(32)
  criterionId!: string;
  @Text({ example: 'Hoàn thành nhiệm vụ chính trị được giao' }) name!: string;
  @ApiProperty({ example: 1, minimum: 0.01, maximum: 10000, description: 'Hệ số (số dương)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsHundredths()
  @Min(0.01)
  @Max(10000)
  weight!: number;
  @ApiProperty({ example: 40, minimum: 0.01, maximum: 10000, description: 'Điểm tối đa (số dương)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsHundredths()
  @Min(0.01)
  @Max(10000)
  maxPoints!: number;
  @Text({ optional: true, max: 2000, description: 'Minh chứng yêu cầu' }) evidence?: string;
}

export class LaunchCampaignDto {
  @Code({ example: 'CDS-PHUONG-2026' }) campaignId!: string;
  @Text() name!: string;
  @Code({ description: 'Đơn vị phát động (cấp đó khen thưởng)' }) unitId!: string;
  @OneOf(CAMPAIGN_KINDS) kind!: string;
  @Year() year!: number;
  @Day('Ngày bắt đầu nhận hồ sơ') filingOpensOn!: string;
  @Day('Ngày kết thúc nhận hồ sơ') filingClosesOn!: string;
  @Codes('Các hình thức khen thưởng của đợt', { awards: true }) awards!: string[];
  @Code({ description: 'Hội đồng xét (của đơn vị phát động)' }) councilId!: string;
  // Cluster and bloc scoring.
  @ListOf(CriterionDto, { max: 100, optional: true, description: 'Tiêu chí chấm điểm thi đua cụm, khối' })
  criteria?: CriterionDto[];
  // Lifecycle windows (docs/campaigns.md), optional.
  @Day('Ngày bắt đầu nhận đăng ký thi đua', true) registrationOpensOn?: string;
  @Day('Hạn chót đăng ký thi đua', true) registrationClosesOn?: string;
  @Day('Ngày bắt đầu đánh giá, chấm điểm', true) evaluationOpensOn?: string;
  @Day('Hạn chót đánh giá, chấm điểm', true) evaluationClosesOn?: string;
  @Why() reason!: string;
}

export class ChangeCampaignDto {
  @Text({ optional: true }) name?: string;
  @Day('Ngày bắt đầu nhận hồ sơ', true) filingOpensOn?: string;
  @Day('Ngày kết thúc nhận hồ sơ', true) filingClosesOn?: string;
  @Codes('Các hình thức khen thưởng của đợt', { optional: true, awards: true }) awards?: string[];
  @Code({ optional: true }) councilId?: string;
  // Cluster and bloc scoring: the criteria, changed while the campaign is open.
  @ListOf(CriterionDto, { max: 100, optional: true, description: 'Tiêu chí chấm điểm thi đua cụm, khối' })
  criteria?: CriterionDto[];
  // Lifecycle windows (docs/campaigns.md).
  @Day('Ngày bắt đầu nhận đăng ký thi đua', true) registrationOpensOn?: string;
  @Day('Hạn chót đăng ký thi đua', true) registrationClosesOn?: string;
  @Day('Ngày bắt đầu đánh giá, chấm điểm', true) evaluationOpensOn?: string;
  @Day('Hạn chót đánh giá, chấm điểm', true) evaluationClosesOn?: string;
  @Why() reason!: string;
}

export class ReasonDto {
  @Why() reason!: string;
}

export class RegisterClusterDto {
  @Code({ example: 'CUM-1' }) clusterId!: string;
  @Text() name!: string;
  @OneOf(CLUSTER_KINDS) kind!: string;
  @Code() councilId!: string;
  @Why() reason!: string;
}

export class ChangeClusterDto {
  @Text({ optional: true }) name?: string;
  @Code({ optional: true, description: 'Hội đồng tổ chức cụm, khối' }) councilId?: string;
  @Why() reason!: string;
}

export class ClusterYearDto {
  @Codes('Đơn vị thành viên trong năm') members!: string[];
  @Code({ description: 'Đơn vị trưởng cụm, khối' }) leaderId!: string;
  @Why() reason!: string;
}

/**
 * A row of an import is reported, not refused: the import answers each row's outcome (recorded, unchanged, or
 * refused with the decider's reason at its field), so its rows' schemas say only the shape the validator checks.
 */
const Shape =
  (o: { max?: number; optional?: boolean; nullable?: boolean; description?: string } = {}) =>
  (target: object, key: string) => {
    property(o.optional, { type: String, nullable: o.nullable, description: o.description })(target, key);
    if (o.optional || o.nullable) IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(o.max ?? 300)(target, key);
  };

export class UnitRowDto {
  @Shape({ max: 64, description: 'Mã đơn vị' }) unitId!: string;
  @Shape() name!: string;
  @Shape({ max: 64, description: UNIT_KINDS.join(', ') }) kind!: string;
  @Shape({ max: 64, description: AUTHORITY_LEVELS.join(', ') }) level!: string;
  @Shape({ max: 64, nullable: true }) parentId!: string | null;
  @Shape({ max: 64, optional: true }) signingUnitId?: string;
  @Shape({ max: 10, description: 'yyyy-MM-dd' }) activeFrom!: string;
}

export class TermDto {
  @Shape({ max: 64 }) termId!: string;
  @Shape({ max: 10, description: 'yyyy-MM-dd' }) from!: string;
  @Shape({ max: 10, description: 'yyyy-MM-dd' }) to!: string;
}

export class SeatRowDto {
  @Shape({ max: 200 }) memberId!: string;
  @Shape({ max: 200 }) name!: string;
  @Shape({ max: 64, description: COUNCIL_SEATS.join(', ') }) seat!: string;
  @Shape({ max: 64 }) unitId!: string;
}

export class CouncilRowDto {
  @Shape({ max: 64 }) councilId!: string;
  @Shape() name!: string;
  @Shape({ max: 64 }) unitId!: string;
  @Shape() authorityName!: string;
  @ApiProperty({ type: TermDto }) @IsObject() @ValidateNested() @Type(() => TermDto) term!: TermDto;
  @ListOf(SeatRowDto, { max: 200 }) members!: SeatRowDto[];
}

export class CampaignRowDto {
  @Shape({ max: 64 }) campaignId!: string;
  @Shape() name!: string;
  @Shape({ max: 64 }) unitId!: string;
  @Shape({ max: 64, description: CAMPAIGN_KINDS.join(', ') }) kind!: string;
  @ApiProperty() @IsInt() year!: number;
  @Shape({ max: 10, description: 'yyyy-MM-dd' }) filingOpensOn!: string;
  @Shape({ max: 10, description: 'yyyy-MM-dd' }) filingClosesOn!: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  awards!: string[];
  @Shape({ max: 64 }) councilId!: string;
}

/** An org chart to import: each row recorded only where it differs from the directory (idempotent). */
export class ImportDirectoryDto {
  @ListOf(UnitRowDto, { max: 10_000, optional: true }) units?: UnitRowDto[];
  @ListOf(CouncilRowDto, { max: 1_000, optional: true }) councils?: CouncilRowDto[];
  @ListOf(CampaignRowDto, { max: 5_000, optional: true }) campaigns?: CampaignRowDto[];
  @Why() reason!: string;
}

/** A seat granted to a person: who signs for a unit, who runs an office, who leads a council's office. */
export class GrantSeatDto {
  @Text({ max: 200, optional: true, description: 'Họ tên người được giao (lần đầu)' }) name?: string;
  @OneOf(GRANTED_ROLES) role!: string;
  @Code({ optional: true, description: 'Đơn vị (người ký cho đơn vị, cán bộ của đơn vị)' }) unitId?: string;
  @Code({ optional: true, description: 'Hội đồng (cơ quan thường trực của Hội đồng)' }) councilId?: string;
  @ApiPropertyOptional({ description: 'Lãnh đạo cơ quan thường trực' }) @IsOptional() @IsBoolean() lead?: boolean;
  @Day('Giữ vai trò từ ngày') from!: string;
  @Day('Giữ vai trò đến hết ngày', true) to?: string;
  @Why() reason!: string;
}

/** The last day of a person's seat. */
export class EndSeatDto {
  @Day('Ngày cuối cùng giữ vai trò') to!: string;
  @Why() reason!: string;
}

const AUDIT_KINDS = ['unit', 'council', 'campaign', 'cluster', 'person'];

/** The audit's filters (GET /directory/audit and its CSV export). */
export class AuditQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_KINDS }) @IsOptional() @IsIn(AUDIT_KINDS) kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) recordId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @ApiPropertyOptional({ description: 'Từ ngày hoặc thời điểm (ISO)' })
  @IsOptional()
  @IsDateString()
  @IsInstant()
  from?: string;
  @ApiPropertyOptional({ description: 'Đến ngày hoặc thời điểm (ISO)' })
  @IsOptional()
  @IsDateString()
  @IsInstant()
  to?: string;
  @ApiPropertyOptional({ description: 'Trước vị trí (trang sau)' })
  @IsOptional()
  @Matches(/^[0-9]{1,18}$/)
  before?: string;
  @ApiPropertyOptional({ default: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) limit?: number;
}

/** Who sat on a council on a day (today by default). */
export class MembersOnQueryDto {
  @ApiPropertyOptional({ description: 'Ngày (yyyy-MM-dd), mặc định hôm nay' }) @IsOptional() @IsCivilDay() on?: string;
}
