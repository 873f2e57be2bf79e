import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLAIN_TEXT_PATTERN } from '@kl/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Surrounding spaces are never part of a name or code someone typed. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/**
 * Required plain text, trimmed, at most `maxLength` characters (with `@IsOptional()`: when given).
 * The pipe answers the first rule that fails, in this order: `required`, the type, the format,
 * the length.
 */
export function IsText(maxLength: number) {
  return applyDecorators(
    Transform(trim),
    IsNotEmpty(),
    IsString(),
    Matches(PLAIN_TEXT_PATTERN),
    MaxLength(maxLength),
  );
}

/** A calendar date written `YYYY-MM-DD`. */
export function IsIsoDate() {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsISO8601({ strict: true, strictSeparator: true }),
  );
}

/** `:id` of a route. */
export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  id!: string;
}

/** The row version the client saw, for a change that must not overwrite someone else's. */
export class VersionedDto {
  @ApiProperty({ description: 'The version the client saw', minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;
}

/** `?page=` of a paged list: 1-based, 1 when left out. */
export function IsPageNumber() {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, default: 1 }),
    IsOptional(),
    Type(() => Number),
    Min(1),
    IsInt(),
  );
}

/** `?pageSize=` of a paged list, at most `max` rows. */
export function IsPageSize(max: number, defaultSize: number) {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: defaultSize }),
    IsOptional(),
    Type(() => Number),
    Min(1),
    Max(max),
    IsInt(),
  );
}
