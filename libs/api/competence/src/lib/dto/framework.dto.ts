import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText } from '@kl/api/core';
import {
  COMPETENCE_CODE_PATTERN,
  COMPETENCE_LEVELS,
  type CompetenceLevel,
  type CreateCompetenceAreaRequest,
  type CreateCompetenceTopicRequest,
  CROSSWALK_KINDS,
  type CrosswalkEntry,
  type CrosswalkKind,
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
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';



function IsCode() {
  return applyDecorators(IsDefined(), IsString(), Matches(COMPETENCE_CODE_PATTERN));
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

export class CreateCompetenceAreaDto implements CreateCompetenceAreaRequest {
  @ApiProperty({ example: 'JU', pattern: COMPETENCE_CODE_PATTERN.source })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Juridik', maxLength: 200 })
  @IsText(200)
  name!: string;
}

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
}

export class UpdateCompetenceTopicDto implements UpdateCompetenceTopicRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsText(200)
  name?: string;

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
