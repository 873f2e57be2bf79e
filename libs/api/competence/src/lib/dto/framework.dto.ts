import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText } from '@kl/api/core';
import {
  COMPETENCE_CODE_PATTERN,
  COMPETENCE_LEVELS,
  type CompetenceLevel,
  type CompetenceLevelDefinition,
  type CopyFrameworkExampleRequest,
  type CreateCompetenceAreaRequest,
  type CreateCompetenceTopicRequest,
  CROSSWALK_KINDS,
  type CrosswalkEntry,
  type CrosswalkKind,
  FRAMEWORK_CODE_PATTERN,
  FRAMEWORK_DOCUMENT_LIMITS as LIMITS,
  FRAMEWORK_EXPORT_FORMATS,
  type FrameworkDocument,
  type FrameworkDocumentArea,
  type FrameworkDocumentTopic,
  type FrameworkExportFormat,
  SERVICE_AREA_CODES,
  type ServiceAreaCode,
  type PublishFrameworkRequest,
  type ReplaceCrosswalkRequest,
  type UpdateCompetenceAreaRequest,
  type UpdateCompetenceTopicRequest,
  type UpdateFrameworkRequest,
  type UpdateLevelDefinitionRequest,
} from '@kl/shared/contracts';
import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

function IsCode() {
  return applyDecorators(IsDefined(), IsString(), Matches(COMPETENCE_CODE_PATTERN));
}

function IsFrameworkCode() {
  return applyDecorators(IsDefined(), IsString(), MaxLength(LIMITS.codeLength), Matches(FRAMEWORK_CODE_PATTERN));
}

/** Optional text that may be sent as null (a topic's note, a framework's source). */
function IsOptionalText(maxLength: number) {
  return applyDecorators(ValidateIf((_o, value) => value !== null && value !== undefined), IsText(maxLength));
}

function IsList(type: () => new () => object, max: number) {
  return applyDecorators(ValidateNested({ each: true }), Type(type), ArrayMaxSize(max), IsArray(), IsDefined());
}

class RowVersionDto {
  @ApiProperty({ description: 'The row version the client saw', minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  rowVersion!: number;
}

export class UpdateFrameworkDto extends RowVersionDto implements UpdateFrameworkRequest {
  @ApiProperty({ maxLength: 200 })
  @IsText(200)
  name!: string;
}

export class PublishFrameworkDto extends RowVersionDto implements PublishFrameworkRequest {}

/** An area's or a topic's code and name. */
class CodeAndNameDto {
  @ApiProperty({ example: 'JU', pattern: COMPETENCE_CODE_PATTERN.source })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Juridik', maxLength: LIMITS.nameLength })
  @IsText(LIMITS.nameLength)
  name!: string;
}

export class CreateCompetenceAreaDto extends CodeAndNameDto implements CreateCompetenceAreaRequest {}

export class UpdateCompetenceAreaDto implements UpdateCompetenceAreaRequest {
  @ApiProperty({ maxLength: 200 })
  @IsText(200)
  name!: string;
}

export class CreateCompetenceTopicDto implements CreateCompetenceTopicRequest {
  @ApiProperty({ example: 'JU' })
  @IsCode()
  areaCode!: string;

  @ApiProperty({ example: 'JU04', pattern: COMPETENCE_CODE_PATTERN.source })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Familjerätt', maxLength: 200 })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({ maxLength: LIMITS.noteLength, nullable: true })
  @IsOptionalText(LIMITS.noteLength)
  note?: string | null;
}

export class UpdateCompetenceTopicDto implements UpdateCompetenceTopicRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.noteLength, nullable: true, description: 'null clears the note' })
  @IsOptionalText(LIMITS.noteLength)
  note?: string | null;

  @ApiPropertyOptional({ description: 'Move the topic to another area of the same version' })
  @IsOptional()
  @IsString()
  @Matches(COMPETENCE_CODE_PATTERN)
  areaCode?: string;
}

export class UpdateLevelDefinitionDto implements UpdateLevelDefinitionRequest {
  @ApiProperty({ maxLength: 200 })
  @IsText(200)
  name!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsText(4000)
  definition!: string;
}

export class CrosswalkEntryDto implements CrosswalkEntry {
  @ApiProperty({ nullable: true })
  @ValidateIf((_o, value) => value !== null)
  @IsCode()
  topicCode!: string | null;

  @ApiProperty({ nullable: true })
  @ValidateIf((_o, value) => value !== null)
  @IsCode()
  previousTopicCode!: string | null;

  @ApiProperty({ enum: CROSSWALK_KINDS })
  @IsIn(CROSSWALK_KINDS)
  @IsDefined()
  kind!: CrosswalkKind;
}

export class ReplaceCrosswalkDto extends RowVersionDto implements ReplaceCrosswalkRequest {
  @ApiProperty({ type: [CrosswalkEntryDto] })
  @ValidateNested({ each: true })
  @Type(() => CrosswalkEntryDto)
  @ArrayMaxSize(1000)
  @IsArray()
  @IsDefined()
  entries!: CrosswalkEntryDto[];
}

export class FrameworkParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  id!: string;
}

export class FrameworkChildParams extends FrameworkParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  childId!: string;
}

export class FrameworkLevelParams extends FrameworkParams {
  @ApiProperty({ enum: COMPETENCE_LEVELS })
  @IsIn(COMPETENCE_LEVELS)
  level!: CompetenceLevel;
}

export class FrameworkDocumentTopicDto extends CodeAndNameDto implements FrameworkDocumentTopic {
  @ApiProperty({ maxLength: LIMITS.noteLength, nullable: true })
  @IsOptionalText(LIMITS.noteLength)
  note!: string | null;
}

export class FrameworkDocumentAreaDto extends CodeAndNameDto implements FrameworkDocumentArea {
  @ApiProperty({ type: [FrameworkDocumentTopicDto] })
  @IsList(() => FrameworkDocumentTopicDto, LIMITS.topicsPerArea)
  topics!: FrameworkDocumentTopicDto[];
}

export class FrameworkLevelDefinitionDto implements CompetenceLevelDefinition {
  @ApiProperty({ enum: COMPETENCE_LEVELS })
  @IsIn(COMPETENCE_LEVELS)
  @IsDefined()
  level!: CompetenceLevel;

  @ApiProperty({ maxLength: LIMITS.nameLength })
  @IsText(LIMITS.nameLength)
  name!: string;

  @ApiProperty({ maxLength: LIMITS.definitionLength })
  @IsText(LIMITS.definitionLength)
  definition!: string;
}

export class CopyFrameworkExampleDto implements CopyFrameworkExampleRequest {
  @ApiProperty({ example: 'EB-2026', pattern: FRAMEWORK_CODE_PATTERN.source, maxLength: LIMITS.codeLength })
  @IsFrameworkCode()
  code!: string;

  @ApiProperty({ maxLength: LIMITS.nameLength })
  @IsText(LIMITS.nameLength)
  name!: string;
}

/** A whole framework: create from scratch, an import confirmed (docs/frameworks.md). */
export class CreateFrameworkDto extends CopyFrameworkExampleDto implements FrameworkDocument {
  @ApiProperty({ enum: SERVICE_AREA_CODES })
  @IsIn(SERVICE_AREA_CODES)
  @IsDefined()
  serviceAreaCode!: ServiceAreaCode;

  @ApiProperty({ maxLength: LIMITS.sourceLength, nullable: true })
  @IsOptionalText(LIMITS.sourceLength)
  source!: string | null;

  @ApiProperty({ type: [FrameworkLevelDefinitionDto], description: 'Each of the three levels once' })
  @IsList(() => FrameworkLevelDefinitionDto, COMPETENCE_LEVELS.length)
  @ArrayMinSize(COMPETENCE_LEVELS.length)
  levels!: FrameworkLevelDefinitionDto[];

  @ApiProperty({ type: [FrameworkDocumentAreaDto] })
  @IsList(() => FrameworkDocumentAreaDto, LIMITS.areas)
  areas!: FrameworkDocumentAreaDto[];
}

export class FrameworkExampleParams {
  @ApiProperty({ example: 'ekonomiskt-bistand' })
  @Matches(/^[a-z-]{1,40}$/)
  @IsString()
  @IsDefined()
  key!: string;
}

export class FrameworkExportQueryDto {
  @ApiPropertyOptional({ enum: FRAMEWORK_EXPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(FRAMEWORK_EXPORT_FORMATS)
  format?: FrameworkExportFormat;
}
