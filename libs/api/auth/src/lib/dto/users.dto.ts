import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MUNICIPALITY_ROLES,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type CreateMunicipalityAdministratorRequest,
  type InviteUserRequest,
  type MunicipalityRole,
  type UpdateUserRequest,
  PASSWORD_MIN_LENGTH,
} from '@kl/shared/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

/** The shortest password accepted (ASVS 6.2.1 asks for at least 8; we ask for 12). */
export const MIN_PASSWORD_LENGTH = PASSWORD_MIN_LENGTH;

export class InviteUserDto implements InviteUserRequest {
  @ApiProperty({ example: 'anna.andersson@kommun.se' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Anna Andersson' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: MUNICIPALITY_ROLES })
  @IsIn(MUNICIPALITY_ROLES)
  role!: MunicipalityRole;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "A team leader's units" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all')
  staffMemberId?: string | null;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiProperty({ description: 'The rowVersion read; a newer stored version answers 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  rowVersion!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: MUNICIPALITY_ROLES })
  @IsOptional()
  @IsIn(MUNICIPALITY_ROLES)
  role?: MunicipalityRole;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all')
  staffMemberId?: string | null;
}

export class CreateMunicipalityAdministratorDto implements CreateMunicipalityAdministratorRequest {
  @ApiProperty({ example: '0180', description: 'Kommunkod' })
  @Matches(/^\d{4}$/)
  municipalityCode!: string;

  @ApiProperty({ example: 'hr@kommun.se' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Kim Karlsson' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @Matches(/^[\w-]{20,100}$/)
  token!: string;

  @ApiProperty({ format: 'password', minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  newPassword!: string;
}
