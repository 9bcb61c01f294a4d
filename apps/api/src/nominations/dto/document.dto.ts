import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class DocumentDto {
  @ApiProperty({
    example: 'TO_TRINH',
    description: 'Mã loại tài liệu (TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN_HOP, CHUNG_NHAN_SANG_KIEN…)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(/^[A-Z0-9_]+$/)
  code!: string;

  @ApiProperty({ example: 'Tờ trình đề nghị khen thưởng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'a'.repeat(64), description: 'SHA-256 của nội dung tài liệu (hex)' })
  @IsString()
  @Matches(/^[a-f0-9]{64}$/)
  sha256!: string;
}

/** The signed decision (quyết định) uploaded as a PDF, sent with the decision. */
export class SignedDocumentDto {
  @ApiProperty({ example: 'a'.repeat(64), description: 'SHA-256 của tệp PDF quyết định đã ký (trả về khi tải lên)' })
  @IsString()
  @Matches(/^[a-f0-9]{64}$/)
  sha256!: string;

  @ApiPropertyOptional({ example: 'Quyết định số 125/QĐ-UBND' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({
    example: 'b'.repeat(64),
    description: 'SHA-256 của bản dự thảo Khen đã soạn mà người ký đã ký (tiêu đề X-Khen-Draft-Sha256 khi tải dự thảo)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-f0-9]{64}$/)
  draftSha256?: string;
}
