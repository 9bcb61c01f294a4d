import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

/** An optional year of achievement in a query string (2000–2100). */
export const OptionalYear = (description = 'Năm thành tích') =>
  applyDecorators(
    ApiPropertyOptional({ example: 2026, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(2000),
    Max(2100),
  );

/** An optional directory code (a unit's, a campaign's) in a query string. */
export const OptionalCode = (example: string, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ example, description }),
    IsOptional(),
    Matches(/^[A-Za-z0-9_.-]+$/),
    MaxLength(64),
  );
