import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { SessionAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { IdentityProviderController, OidcController, SsoMunicipalitiesController } from './oidc.controller';
import { OidcService } from './oidc.service';
import { SessionService } from './session.service';
import { SystemAdministrationController, UsersController } from './users.controller';
import { InvitationMailer } from './invitation-mailer';
import { MunicipalityAdministratorsService } from './municipality-administrators.service';
import { UsersService } from './users.service';

/** Accounts, sign-in, sessions and the global deny-by-default guard. */
@Module({
  imports: [PassportModule.register({ session: false })],
  controllers: [
    AuthController,
    SsoMunicipalitiesController,
    OidcController,
    IdentityProviderController,
    UsersController,
    SystemAdministrationController,
  ],
  providers: [
    AuthService,
    SessionService,
    UsersService,
    MunicipalityAdministratorsService,
    InvitationMailer,
    OidcService,
    LocalStrategy,
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [AuthService, SessionService, UsersService],
})
export class AuthModule {}
