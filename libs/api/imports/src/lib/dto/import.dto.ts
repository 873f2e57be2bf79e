import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText } from '@kl/api/core';
import { type AssessmentImportQuery, EXPORT_FORMATS, type ExportFormat, type ImportUploadQuery } from '@kl/shared/contracts';
import { IsDefined, IsIn, IsOptional, IsUUID } from 'class-validator';

export class ImportUploadQueryDto implements ImportUploadQuery {
  @ApiPropertyOptional({ example: 'personal.xlsx' })
  @IsOptional()
  @IsText(200)
  fileName?: string;
}

export class AssessmentImportQueryDto extends ImportUploadQueryDto implements AssessmentImportQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  roundId!: string;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class RoundExportQueryDto extends ExportQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  roundId!: string;
}

export class RoundTemplateQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  roundId!: string;
}
