import { applyDecorators, ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsObject,
  IsOptional,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { isCivilDate } from '@khen/domain';
import { problem } from './problem.exception';

/**
 * Checks at the edge for input that passes a format check but that PostgreSQL cannot store or
 * compare (found by the API fuzzer, test/e2e/fuzz.e2e.spec.ts): a NUL character or a lone UTF-16
 * surrogate (half of a pair, which PostgreSQL's JSON and text refuse) in any text, a
 * date like 2026-02-30, an integer beyond PostgreSQL's `integer`. Each is a 400 here, instead of a
 * 500 from the database — or, worse, a command accepted whose events the store can never take.
 */

const MAX_DEPTH = 64;

/** U+0000, or a surrogate not part of a pair (in `u` mode a well-formed pair is one code point, not Cs). */
// eslint-disable-next-line no-control-regex -- U+0000 is the point: PostgreSQL can store no NUL.
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** The path of the first string (or key) holding U+0000 or a lone surrogate, or undefined. */
export function findNul(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '(value)' : undefined;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || depth > MAX_DEPTH) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const at = path ? `${path}.${k}` : k;
    if (UNSTORABLE.test(k)) return at;
    const found = findNul(v, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export const nulRefused = (field: string) => problem('INVALID_CHARACTERS', { field });

/** Global pipe, before validation: no body, query or path parameter may carry U+0000 or a lone surrogate (PostgreSQL text cannot). */
@Injectable()
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const at = findNul(value);
    if (at) throw nulRefused(metadata.data ? `${metadata.data}${at === '(value)' ? '' : `.${at}`}` : at);
    return value;
  }
}

/** A real calendar day yyyy-MM-dd that PostgreSQL can store and compare: 2026-02-30 and 0000-01-01 are not, years 1000–9999. */
export const isStorableDay = (v: unknown): v is string => typeof v === 'string' && isCivilDate(v) && v >= '1000-01-01';

/** Decorator form of {@link isStorableDay}. */
export function IsCivilDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCivilDay',
      validator: {
        validate: isStorableDay,
        defaultMessage: () => '$property must be a real date (yyyy-MM-dd)',
      },
    },
    options,
  );
}

/**
 * A number with at most two decimals (0,01 steps: a weight, points). class-validator's own
 * `maxDecimalPlaces` reads the decimals from `toString()` and throws on 1e-7 (a 500): checked here instead.
 */
export function IsHundredths(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHundredths',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'number' && Number.isFinite(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
        defaultMessage: () => '$property must have at most two decimals',
      },
    },
    options,
  );
}

// The offset within PostgreSQL's range (at most 15:59; real ones are −12:00 to +14:00): −19:25 is no offset.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):?[0-5]\d)?)?$/;

/** An ISO date or instant that exists (no 2026-02-30T…), years 1000–9999: what PostgreSQL and Date agree on. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'string' &&
          ISO_INSTANT.test(v) &&
          isCivilDate(v.slice(0, 10)) &&
          v >= '1000' &&
          Number.isFinite(Date.parse(v)),
        defaultMessage: () => '$property must be an ISO date or instant that exists',
      },
    },
    options,
  );
}

/**
 * An integer path parameter within bounds (PostgreSQL `integer`, or what the domain can compute).
 * The global ValidationPipe may already have made a number of it (`transform: true`).
 */
export class BoundedIntPipe implements PipeTransform<string | number, number> {
  constructor(
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: string | number, metadata: ArgumentMetadata): number {
    const field = metadata.data ?? 'value';
    const n = /^-?\d{1,16}$/.test(String(value)) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < this.min || n > this.max) {
      throw problem('OUT_OF_RANGE', { field, min: this.min, max: this.max });
    }
    return n;
  }
}

/** PostgreSQL `integer`. */
export const PG_INT_MAX = 2_147_483_647;

/**
 * A list of nested objects, each checked against its own DTO: an array (of at most `max`, not empty if
 * asked), of objects (a null or a number is refused, not skipped), each validated as `type`.
 */
export function ListOf(
  type: new () => object,
  o: { max: number; optional?: boolean; nonEmpty?: boolean; description?: string },
): PropertyDecorator {
  return applyDecorators(
    ...(o.optional
      ? [ApiPropertyOptional({ type: [type], description: o.description }), IsOptional()]
      : [ApiProperty({ type: [type], description: o.description })]),
    IsArray(),
    ...(o.nonEmpty ? [ArrayNotEmpty()] : []),
    ArrayMaxSize(o.max),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}
