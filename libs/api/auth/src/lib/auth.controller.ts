import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentActor, Public, type Actor } from '@kl/api/core';
import type { SessionUser } from '@kl/shared/contracts';
import type { Request, Response } from 'express';
import passport from 'passport';
import { InvalidCredentialsError, RateLimitedError, UnauthenticatedError } from './auth.errors';
import { type AuthenticatedRequest, SESSION_REQUEST_KEY } from './auth.guard';
import { AuthService, type AuthenticatedAccount } from './auth.service';
import { readCookie, SESSION_COOKIE } from './cookies';
import { LoginDto } from './dto/login.dto';
import { AcceptInvitationDto, ChangePasswordDto } from './dto/users.dto';
import { UsersService } from './users.service';
import { SessionService, toSessionUser } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your own password; your other sessions end' })
  @ApiNoContentResponse()
  async changePassword(
    @Body() body: ChangePasswordDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const session = request[SESSION_REQUEST_KEY];
    if (!session) {
      throw new UnauthenticatedError();
    }
    await this.auth
      .changePassword(session, body.currentPassword, body.newPassword, {
        ip: request.ip ?? null,
        userAgent: request.header('user-agent') ?? null,
      })
      .catch((error: unknown) => {
        if (error instanceof RateLimitedError) {
          response.setHeader('Retry-After', String(error.retryAfterSeconds));
        }
        throw error;
      });
  }

  @Post('accept-invitation')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set the first password from an invitation link; then sign in' })
  @ApiNoContentResponse()
  acceptInvitation(@Body() body: AcceptInvitationDto): Promise<void> {
    return this.users.acceptInvitation(body);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; sets the kl_session cookie' })
  @ApiOkResponse({ description: 'The signed-in user (SessionUser), with the CSRF token' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS, the same for every reason' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED, with Retry-After (seconds)' })
  async login(
    @Body() _body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    const account = await authenticateLocal(request, response).catch((error: unknown) => {
      if (error instanceof RateLimitedError) {
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    });
    const previous = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (previous) {
      const old = await this.sessions.resolve(previous);
      if (old) await this.sessions.revoke(old.sessionId);
    }
    const { token, session } = await this.sessions.create(account.id, {
      ip: request.ip ?? null,
      userAgent: request.header('user-agent') ?? null,
    });
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: '/',
    });
    return toSessionUser(session);
  }

  @Get('session')
  @Public()
  @ApiOperation({
    summary: 'The signed-in user, or an empty answer (null) when no valid session comes with the request',
    description: 'Public so that a visitor\'s page load does not log a failed request; data routes answer 401.',
  })
  @ApiOkResponse({ description: 'SessionUser, or an empty body when not signed in' })
  async session(@Req() request: Request): Promise<SessionUser | null> {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = token ? await this.sessions.resolve(token) : null;
    return session ? toSessionUser(session) : null;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session' })
  @ApiNoContentResponse()
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
    clearSessionCookie(response);
  }

  @Post('logout-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'End every session of the signed-in account ("log out everywhere")' })
  @ApiNoContentResponse()
  async logoutAll(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.revokeAllOf(actor.userId);
    clearSessionCookie(response);
  }
}

function clearSessionCookie(response: Response): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
}

/** Runs passport's local strategy on the (already validated) body. */
function authenticateLocal(request: Request, response: Response): Promise<AuthenticatedAccount> {
  return new Promise((resolve, reject) => {
    const authenticate = passport.authenticate(
      'local',
      { session: false },
      (error: unknown, account: AuthenticatedAccount | false) => {
        if (error) reject(error);
        else if (!account) reject(new InvalidCredentialsError());
        else resolve(account);
      },
    ) as (req: Request, res: Response, next: (error?: unknown) => void) => void;
    authenticate(request, response, (error) => reject(error ?? new InvalidCredentialsError()));
  });
}
