import { ApiPropertyOptional } from '@nestjs/swagger';
import { PERSON_EXPORT_FORMATS, type PersonExportFormat } from '@kl/shared/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class PersonExportQueryDto {
  @ApiPropertyOptional({ enum: PERSON_EXPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(PERSON_EXPORT_FORMATS)
  format?: PersonExportFormat;
}
