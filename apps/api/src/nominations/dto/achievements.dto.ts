import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INITIATIVE_SCOPES, RATINGS } from '@khen/domain';

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
}

/** What the unit declares (Law art. 84); the office verifies it on appraisal. */
export class AchievementsDto {
  @ApiPropertyOptional({ type: [RatingDto], description: 'Xếp loại các năm (ví dụ HOAN_THANH_TOT)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings?: RatingDto[];

  @ApiPropertyOptional({ type: [InitiativeDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InitiativeDto)
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
