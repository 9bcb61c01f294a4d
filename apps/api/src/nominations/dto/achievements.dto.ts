import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INITIATIVE_SCOPES, RATINGS } from '@khen/domain';
import { ListOf } from '../../problem/edge-validation';

export class RatingDto {
  @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiPropertyOptional({ enum: RATINGS }) @IsIn(RATINGS) rating!: (typeof RATINGS)[number];
}

export class InitiativeDto {
  @IsString() @MaxLength(500) title!: string;
  @ApiPropertyOptional({ enum: INITIATIVE_SCOPES }) @IsIn(INITIATIVE_SCOPES) scope!: (typeof INITIATIVE_SCOPES)[number];
  @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class CollectiveResultsDto {
  @IsInt() @Min(1) @Max(1_000_000) members!: number;
  @IsInt() @Min(0) @Max(1_000_000) completedDuties!: number;
  @IsInt() @Min(0) @Max(1_000_000) ldtt!: number;
  @IsInt() @Min(0) @Max(1_000_000) cstdCs!: number;
  @ApiPropertyOptional({
    type: [String],
    maxItems: 2000,
    description:
      'Mã định danh các thành viên: thành viên có trong sổ khen thưởng được tính theo sổ, số kê khai chỉ áp dụng cho thành viên chưa có trong sổ',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  memberKeys?: string[];
}

/** What the unit declares (Law art. 84); the office verifies it on appraisal. */
export class AchievementsDto {
  @ListOf(RatingDto, { max: 20, optional: true, description: 'Xếp loại các năm (ví dụ HOAN_THANH_TOT)' })
  ratings?: RatingDto[];

  @ListOf(InitiativeDto, { max: 20, optional: true })
  initiatives?: InitiativeDto[];

  @ApiPropertyOptional({ type: CollectiveResultsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CollectiveResultsDto)
  collective?: CollectiveResultsDto;

  @ApiPropertyOptional({ description: 'Thứ hạng trong cụm, khối thi đua (1 = dẫn đầu)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  clusterRank?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;
}
