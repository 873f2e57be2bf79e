import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText } from '@kl/api/core';
import { type AssessmentImportQuery, EXPORT_FORMATS, type ExportFormat, type ImportUploadQuery, type StaffImportQuery } from '@kl/shared/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsUUID } from 'class-validator';

export class ImportUploadQueryDto implements ImportUploadQuery {
  @ApiPropertyOptional({ example: 'personal.xlsx' })
  @IsOptional()
  @IsText(200)
  fileName?: string;
}

export class StaffImportQueryDto extends ImportUploadQueryDto implements StaffImportQuery {
  @ApiPropertyOptional({ description: 'Invite each e-mail of the file without an account in the kommun, linked to the staff record' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  inviteAccounts?: boolean;
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
