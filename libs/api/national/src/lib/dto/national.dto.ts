import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsText } from '@kl/api/core';
import {
  INDICATOR_ANSWERS,
  NATIONAL_ROUND_CODE_PATTERN,
  NATIONAL_TABLES,
  PUBLICATION_NOTE_MAX_LENGTH,
  type CreateNationalRoundRequest,
  type IndicatorAnswer,
  type IndicatorMeasure,
  type NationalTableFilters,
  type NationalTableName,
  type OwnSubmissionRequest,
  type PublishRequest,
} from '@kl/shared/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

export class CreateNationalRoundDto implements CreateNationalRoundRequest {
  @ApiProperty({ example: '2016' })
  @IsString()
  @Matches(NATIONAL_ROUND_CODE_PATTERN)
  code!: string;

  @ApiProperty({ format: 'uuid', description: 'A published national framework version' })
  @IsUUID()
  frameworkId!: string;

  @ApiProperty({ example: '2016-11-01' })
  @IsIsoDate()
  referenceDate!: string;

  @ApiProperty({ example: '2016-11-01' })
  @IsIsoDate()
  opensOn!: string;

  @ApiProperty({ example: '2016-12-15' })
  @IsIsoDate()
  closesOn!: string;

  @ApiPropertyOptional({ example: 'SKL-2011', description: 'Kommungrupp classification; the current one when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  classificationCode?: string;
}

export class RoundCodeParams {
  @ApiProperty({ example: '2016' })
  @IsString()
  @Matches(NATIONAL_ROUND_CODE_PATTERN)
  code!: string;
}

export class TableParams extends RoundCodeParams {
  @ApiProperty({ enum: NATIONAL_TABLES })
  @IsIn(NATIONAL_TABLES)
  table!: NationalTableName;
}

export class TableFiltersDto implements NationalTableFilters {
  @ApiPropertyOptional({ description: "A group code of the round's classification" })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  kommungrupp?: string;

  @ApiPropertyOptional({ description: 'County code (two digits)' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  lan?: string;

  @ApiPropertyOptional({ description: 'A round code: kommuner that first submitted in that round' })
  @IsOptional()
  @Matches(NATIONAL_ROUND_CODE_PATTERN)
  cohort?: string;
}

export class SubmissionFileQueryDto {
  @ApiPropertyOptional({ description: 'Validate and answer the preview without writing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

class IndicatorsDto implements Partial<Record<IndicatorMeasure, IndicatorAnswer>> {
  @IsOptional() @IsIn(INDICATOR_ANSWERS) ind_samlad_plan_handlaggare?: IndicatorAnswer;
  @IsOptional() @IsIn(INDICATOR_ANSWERS) ind_plan_arbetsledare?: IndicatorAnswer;
  @IsOptional() @IsIn(INDICATOR_ANSWERS) ind_plan_foljs_upp_arligen?: IndicatorAnswer;
  @IsOptional() @IsIn(INDICATOR_ANSWERS) ind_uppfoljning_medarbetarsamtal?: IndicatorAnswer;
  @IsOptional() @IsIn(INDICATOR_ANSWERS) ind_genomfort_handlaggare?: IndicatorAnswer;
  @IsOptional() @IsIn(INDICATOR_ANSWERS) ind_genomfort_arbetsledare?: IndicatorAnswer;
  @IsOptional() @IsIn(INDICATOR_ANSWERS) ind_forvaltat?: IndicatorAnswer;
}

export class OwnSubmissionDto implements OwnSubmissionRequest {
  @ApiProperty({ format: 'uuid', description: "A closed round of the kommun's own inventory" })
  @IsUUID()
  inventoryRoundId!: string;

  @ApiProperty({ description: 'Kommun indicators: ja, delvis or nej per measure' })
  @ValidateNested()
  @Type(() => IndicatorsDto)
  indicators!: IndicatorsDto;
}

export class ClassificationQueryDto {
  @ApiProperty({ example: 'SKL-2011' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/)
  code!: string;

  @ApiProperty({ example: 'SKL:s kommungruppsindelning 2011' })
  @IsText(200)
  name!: string;
}

export class PublishDto implements PublishRequest {
  @ApiPropertyOptional({ description: 'What changed; required for a correction (every publication after the first)' })
  @IsOptional()
  @IsText(PUBLICATION_NOTE_MAX_LENGTH)
  note?: string;
}
