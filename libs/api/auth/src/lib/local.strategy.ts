import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthService, type AuthenticatedAccount } from './auth.service';

/** passport-local on `email` + `password`; the credential check itself lives in AuthService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  validate(email: string, password: string): Promise<AuthenticatedAccount> {
    return this.auth.validateCredentials(email, password);
  }
}
