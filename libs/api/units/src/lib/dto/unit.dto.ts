import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CloseOrgUnitRequest,
  type CreateOrgUnitRequest,
  type MoveOrgUnitRequest,
  ORG_UNIT_KINDS,
  ORG_UNIT_NAME_MAX_LENGTH,
  type OrgUnitKind,
  PLAIN_TEXT_PATTERN,
  SERVICE_AREA_CODES,
  type ServiceAreaCode,
  type UpdateOrgUnitRequest,
} from '@kl/shared/contracts';
import { Transform } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateOrgUnitDto implements CreateOrgUnitRequest {
  @ApiProperty({ example: 'Barn och unga, mottagning', maxLength: ORG_UNIT_NAME_MAX_LENGTH })
  @Transform(trim)
  @MaxLength(ORG_UNIT_NAME_MAX_LENGTH)
  @Matches(PLAIN_TEXT_PATTERN)
  @IsString()
  @IsNotEmpty()
  @IsDefined()
  name!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS)
  @IsDefined()
  kind!: OrgUnitKind;

  @ApiProperty({ enum: SERVICE_AREA_CODES })
  @IsIn(SERVICE_AREA_CODES)
  @IsDefined()
  serviceAreaCode!: ServiceAreaCode;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Null or left out: a top-level unit' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class VersionedDto {
  @ApiProperty({ description: 'The version the client saw', minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;
}

export class UpdateOrgUnitDto extends VersionedDto implements UpdateOrgUnitRequest {
  @ApiPropertyOptional({ maxLength: ORG_UNIT_NAME_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @MaxLength(ORG_UNIT_NAME_MAX_LENGTH)
  @Matches(PLAIN_TEXT_PATTERN)
  @IsString()
  @IsNotEmpty()
  name?: string;

  @ApiPropertyOptional({ enum: ORG_UNIT_KINDS })
  @IsOptional()
  @IsIn(ORG_UNIT_KINDS)
  kind?: OrgUnitKind;

  @ApiPropertyOptional({ enum: SERVICE_AREA_CODES })
  @IsOptional()
  @IsIn(SERVICE_AREA_CODES)
  serviceAreaCode?: ServiceAreaCode;
}

export class MoveOrgUnitDto extends VersionedDto implements MoveOrgUnitRequest {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The new parent; null for top level' })
  @ValidateIf((_o, value) => value !== null)
  @IsDefined()
  @IsUUID()
  parentId!: string | null;
}

export class CloseOrgUnitDto extends VersionedDto implements CloseOrgUnitRequest {}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  id!: string;
}
