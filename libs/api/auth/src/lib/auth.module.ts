import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { SessionAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { SessionService } from './session.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Accounts, sign-in, sessions and the global deny-by-default guard. */
@Module({
  imports: [PassportModule.register({ session: false })],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    SessionService,
    UsersService,
    LocalStrategy,
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [AuthService, SessionService],
})
export class AuthModule {}
