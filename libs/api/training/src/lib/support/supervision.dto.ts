import { IsIsoDate, IsText } from '@kl/api/core';
import {
  EXTERNAL_SUPERVISOR_MAX_LENGTH,
  SUPERVISION_FORMS,
  SUPERVISION_FREQUENCIES,
  SUPERVISION_NOTE_MAX_LENGTH,
  type SaveSupervisionArrangementRequest,
  type SupervisionForm,
  type SupervisionFrequency,
} from '@kl/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateIf,
} from 'class-validator';

const TOPIC_CODE = /^[A-Za-z0-9._-]{1,20}$/;

export class SaveSupervisionArrangementDto implements SaveSupervisionArrangementRequest {
  @ApiPropertyOptional({ minimum: 1, description: 'The version read (changes only)' })
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  staffMemberId!: string;

  @ApiProperty({ example: 'SA01' })
  @Matches(TOPIC_CODE)
  @IsString()
  @IsDefined()
  topicCode!: string;

  @ApiProperty({ enum: SUPERVISION_FORMS })
  @IsIn(SUPERVISION_FORMS)
  @IsDefined()
  form!: SupervisionForm;

  @ApiProperty({ format: 'uuid', nullable: true, description: 'A team leader (or other staff) of the kommun' })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  @IsDefined()
  supervisorStaffMemberId!: string | null;

  @ApiProperty({ nullable: true, maxLength: EXTERNAL_SUPERVISOR_MAX_LENGTH, description: 'An external supervisor by name' })
  @ValidateIf((_o, v) => v !== null)
  @IsText(EXTERNAL_SUPERVISOR_MAX_LENGTH)
  @IsDefined()
  externalSupervisor!: string | null;

  @ApiProperty({ enum: SUPERVISION_FREQUENCIES })
  @IsIn(SUPERVISION_FREQUENCIES)
  @IsDefined()
  frequency!: SupervisionFrequency;

  @ApiProperty({ example: '2026-09-01' })
  @IsIsoDate()
  @IsDefined()
  startsOn!: string;

  @ApiProperty({ nullable: true, example: null })
  @ValidateIf((_o, v) => v !== null)
  @IsIsoDate()
  @IsDefined()
  endsOn!: string | null;

  @ApiPropertyOptional({ maxLength: SUPERVISION_NOTE_MAX_LENGTH })
  @IsOptional()
  @IsText(SUPERVISION_NOTE_MAX_LENGTH)
  note?: string;
}

export class SupervisionQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  staffMemberId?: string;
}

export class SupervisionFlagsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'That unit and the units below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class SupervisorQueryDto {
  @ApiProperty({ example: 'SA01' })
  @Matches(TOPIC_CODE)
  @IsString()
  @IsDefined()
  topicCode!: string;
}
