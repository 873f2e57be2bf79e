import { ApiProperty } from '@nestjs/swagger';
import type { IdentityProviderRequest } from '@kl/shared/contracts';
import { IsBoolean, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';

export class IdentityProviderDto implements IdentityProviderRequest {
  @ApiProperty({ example: 'https://login.kommun.se/realms/personal' })
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(500)
  issuer!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  clientId!: string;

  @ApiProperty({ format: 'password', writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientSecret!: string;

  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;
}
