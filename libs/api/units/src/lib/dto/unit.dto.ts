import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText, VersionedDto } from '@kl/api/core';
import {
  type CloseOrgUnitRequest,
  type CreateOrgUnitRequest,
  type MoveOrgUnitRequest,
  ORG_UNIT_KINDS,
  ORG_UNIT_NAME_MAX_LENGTH,
  type OrgUnitKind,
  SERVICE_AREA_CODES,
  type ServiceAreaCode,
  type UpdateOrgUnitRequest,
} from '@kl/shared/contracts';
import { IsDefined, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';


export class CreateOrgUnitDto implements CreateOrgUnitRequest {
  @ApiProperty({ example: 'Barn och unga, mottagning', maxLength: ORG_UNIT_NAME_MAX_LENGTH })
  @IsText(ORG_UNIT_NAME_MAX_LENGTH)
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


export class UpdateOrgUnitDto extends VersionedDto implements UpdateOrgUnitRequest {
  @ApiPropertyOptional({ maxLength: ORG_UNIT_NAME_MAX_LENGTH })
  @IsOptional()
  @IsText(ORG_UNIT_NAME_MAX_LENGTH)
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

