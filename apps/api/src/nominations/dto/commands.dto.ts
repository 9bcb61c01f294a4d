import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDateString,
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
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OBJECTION_MAX_EVIDENCE, REJECTION_REASONS } from '@khen/domain';
import { RequiredWhen } from '../../http/openapi';
import { IsCivilDay, ListOf } from '../../problem/edge-validation';
import { AchievementsDto } from './achievements.dto';
import { DocumentDto, SignedDocumentDto } from './document.dto';

export class SubmitDossierDto {
  @ListOf(DocumentDto, { max: 100 })
  documents!: DocumentDto[];
}

export class SupplementDto extends SubmitDossierDto {
  @ApiPropertyOptional({ type: AchievementsDto, description: 'Thông tin thành tích kê khai lại (nếu được yêu cầu)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AchievementsDto)
  achievements?: AchievementsDto;
}

export class RequestSupplementDto {
  @ApiProperty({ example: ['BIEN_BAN_HOP'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  missing!: string[];

  @ApiProperty({ example: 'Bổ sung biên bản họp Hội đồng TĐKT đơn vị.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}

export class AppraiseDto {
  @ApiProperty({ example: 'Hồ sơ đầy đủ, đúng quy định.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  opinion!: string;

  @ApiPropertyOptional({ example: 'PHIEN-2026-12', description: 'Phiên họp Hội đồng (bỏ phiếu theo danh sách)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_.-]+$/)
  sessionId?: string;
}

export const CHOICES = ['APPROVE', 'DISAPPROVE'] as const;

export class VoteDto {
  @ApiProperty({ enum: CHOICES })
  @IsIn(CHOICES)
  choice!: (typeof CHOICES)[number];
}

export class WrittenOpinionDto extends VoteDto {
  @ApiProperty({ example: 'hd-y-te', description: 'Thành viên vắng mặt gửi ý kiến bằng văn bản' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  memberId!: string;
}

const REASONS = REJECTION_REASONS.filter((r) => r !== 'BALLOT_FAILED');

@RequiredWhen('outcome', {
  AWARD: ['decisionNumber', 'decisionDate'],
  REJECT: ['reasonCode', 'reason'],
  FORWARD: ['note'],
})
export class DecisionDto {
  @ApiProperty({ enum: ['AWARD', 'REJECT', 'FORWARD'] })
  @IsIn(['AWARD', 'REJECT', 'FORWARD'])
  outcome!: 'AWARD' | 'REJECT' | 'FORWARD';

  @ApiPropertyOptional({ example: '125/QĐ-UBND' })
  @ValidateIf((d: DecisionDto) => d.outcome === 'AWARD')
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  decisionNumber?: string;

  @ApiPropertyOptional({ example: '2026-12-20' })
  @ValidateIf((d: DecisionDto) => d.outcome === 'AWARD')
  @IsDateString({ strict: true })
  @IsCivilDay()
  decisionDate?: string;

  @ApiPropertyOptional({
    type: SignedDocumentDto,
    description: 'Quyết định đã ký (PDF đã tải lên qua POST /documents); công khai cùng danh sách khen thưởng',
  })
  @ValidateIf((d: DecisionDto) => d.outcome === 'AWARD' && d.signedDocument !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => SignedDocumentDto)
  signedDocument?: SignedDocumentDto;

  @ApiPropertyOptional({ enum: REASONS })
  @ValidateIf((d: DecisionDto) => d.outcome === 'REJECT')
  @IsIn(REASONS)
  reasonCode?: (typeof REASONS)[number];

  @ApiPropertyOptional({ example: 'Chưa đáp ứng tiêu chuẩn theo Điều 24.' })
  @ValidateIf((d: DecisionDto) => d.outcome === 'REJECT')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ example: 'Trình Chủ tịch UBND Thành phố xem xét, quyết định.' })
  @ValidateIf((d: DecisionDto) => d.outcome === 'FORWARD')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string;
}

@RequiredWhen('outcome', { AWARD: ['decisionNumber', 'decisionDate', 'signerName'], REJECT: ['reasonCode', 'reason'] })
export class HigherDecisionDto {
  @ApiProperty({ enum: ['AWARD', 'REJECT'] })
  @IsIn(['AWARD', 'REJECT'])
  outcome!: 'AWARD' | 'REJECT';

  @ApiPropertyOptional()
  @ValidateIf((d: HigherDecisionDto) => d.outcome === 'AWARD')
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  decisionNumber?: string;

  @ApiPropertyOptional()
  @ValidateIf((d: HigherDecisionDto) => d.outcome === 'AWARD')
  @IsDateString({ strict: true })
  @IsCivilDay()
  decisionDate?: string;

  @ApiPropertyOptional({ example: 'Chủ tịch UBND Thành phố' })
  @ValidateIf((d: HigherDecisionDto) => d.outcome === 'AWARD')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signerName?: string;

  @ApiPropertyOptional({ enum: REASONS })
  @ValidateIf((d: HigherDecisionDto) => d.outcome === 'REJECT')
  @IsIn(REASONS)
  reasonCode?: (typeof REASONS)[number];

  @ApiPropertyOptional()
  @ValidateIf((d: HigherDecisionDto) => d.outcome === 'REJECT')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ enum: ['UPHELD', 'DISMISSED'] })
  @IsIn(['UPHELD', 'DISMISSED'])
  outcome!: 'UPHELD' | 'DISMISSED';

  @ApiProperty({ example: 'Đã xác minh: nội dung phản ánh không đúng.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note!: string;
}

export class WithdrawDto {
  @ApiProperty({ example: 'Đơn vị rút hồ sơ để hoàn thiện.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ExtendSlaDto {
  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(1)
  @Max(30)
  extraWorkingDays!: number;

  @ApiProperty({ example: 'Chờ ý kiến hiệp y của Sở Tài chính.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

/**
 * How the office answers a citizen: a Việt Nam phone number (10 digits from 0, or +84 and 9 digits; spaces,
 * dots or dashes between digits allowed) or an e-mail address. Required: an objection with no way to
 * answer it is anonymous, and the law on complaints does not oblige the office to handle those.
 */
// ASCII classes only ([0-9], not \d; [ \t], not \s): the OpenAPI document gives this pattern to other regex engines.
export const CONTACT =
  /^[ \t]*(?:(?:0|\+84)(?:[ .-]?[0-9]){9}|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})[ \t]*$/;

const IsContact = () =>
  ValidateBy({
    name: 'isContact',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && v.length <= 200 && CONTACT.test(v),
      defaultMessage: () =>
        'contact is required: a Vietnamese phone number (0912345678, +84912345678) or an e-mail address',
    },
  });

export class EvidenceDto {
  @ApiProperty({
    example: 'a'.repeat(64),
    description: 'SHA-256 do POST /public/disclosures/{id}/evidence trả về cho hồ sơ này',
  })
  @IsString()
  @Matches(/^[a-f0-9]{64}$/)
  sha256!: string;
}

export class ObjectionDto {
  @ApiPropertyOptional({ description: 'UUID do client tạo để gửi lại an toàn' })
  @IsOptional()
  @IsUUID('4')
  objectionId?: string;

  @ApiProperty({ example: 'Thành tích kê khai chưa đúng thực tế tại đơn vị.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  content!: string;

  @ApiPropertyOptional({ example: 'Nguyễn Văn A' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  submitterName?: string;

  /** Required (see CONTACT): the office must be able to answer. */
  @ApiProperty({
    example: '0912345678',
    maxLength: 200,
    pattern: CONTACT.source,
    description: 'Số điện thoại Việt Nam (0912345678, +84912345678) hoặc thư điện tử (bắt buộc)',
  })
  @IsContact()
  contact!: string;

  @ListOf(EvidenceDto, {
    max: OBJECTION_MAX_EVIDENCE,
    optional: true,
    description: 'Tệp chứng cứ đã tải lên cho hồ sơ này (tối đa 3; PDF, JPG, PNG)',
  })
  evidence?: EvidenceDto[];
}
