import { Body, Controller, Get, Logger, Param, Put, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public, Roles } from '@kl/api/core';
import type { IdentityProviderSettings, SsoMunicipality } from '@kl/shared/contracts';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, readCookie } from './cookies';
import { IdentityProviderDto } from './dto/identity-provider.dto';
import { type OidcFlow, OidcService } from './oidc.service';
import { SessionService } from './session.service';
import { MunicipalityCodePipe } from './municipality-code.pipe';

/** The cookie that carries state, nonce and PKCE verifier from the start to the callback. */
const FLOW_COOKIE = 'kl_oidc';
const FLOW_COOKIE_PATH = '/api/auth/oidc';

const baseUrlOf = (request: Request) => `${request.protocol}://${request.get('host') ?? 'localhost'}`;

/** Which kommuner offer single sign-on (public: the login page asks before anyone signs in). */
@ApiTags('auth')
@Controller('auth/sso-municipalities')
export class SsoMunicipalitiesController {
  constructor(private readonly oidc: OidcService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The kommuner whose users can sign in with single sign-on' })
  @ApiOkResponse({ description: 'SsoMunicipality[]' })
  list(): Promise<SsoMunicipality[]> {
    return this.oidc.ssoMunicipalities();
  }
}

/** Single sign-on through the kommun's own identity provider. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('Oidc');

  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionService,
  ) {}

  @Get(':municipalityCode')
  @Public()
  @ApiOperation({ summary: "Start single sign-on with the kommun's identity provider (redirects there)" })
  @ApiFoundResponse({ description: 'Redirect to the identity provider' })
  @ApiNotFoundResponse({ description: 'The kommun has no (enabled) identity provider' })
  async start(
    @Param('municipalityCode', MunicipalityCodePipe) municipalityCode: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { url, flow } = await this.oidc.start(municipalityCode, baseUrlOf(request));
    response.cookie(FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: FLOW_COOKIE_PATH,
      maxAge: 10 * 60_000,
    });
    response.redirect(302, url);
  }

  @Get(':municipalityCode/callback')
  @Public()
  @ApiOperation({ summary: 'Where the identity provider returns; starts the session and redirects to the app' })
  @ApiFoundResponse({ description: 'Redirect to / (signed in) or /logga-in?sso=misslyckades' })
  async callback(
    @Param('municipalityCode', MunicipalityCodePipe) municipalityCode: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    response.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
    try {
      const account = await this.oidc.callback(municipalityCode, parseFlow(readCookie(request.headers.cookie, FLOW_COOKIE)), query, baseUrlOf(request));
      const { token } = await this.sessions.create(account.id, {
        ip: request.ip ?? null,
        userAgent: request.header('user-agent') ?? null,
      });
      response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/' });
      response.redirect(302, '/');
    } catch (error) {
      this.logger.warn({ event: 'login_failed', method: 'oidc', municipalityCode, reason: (error as Error).message }, 'OIDC sign-in failed');
      response.redirect(302, '/logga-in?sso=misslyckades');
    }
  }
}

/** A kommun administrator's single sign-on settings. */
@ApiTags('identity-provider')
@Roles('municipality_admin')
@Controller('identity-provider')
export class IdentityProviderController {
  constructor(private readonly oidc: OidcService) {}

  @Get()
  @ApiOperation({ summary: "The kommun's identity provider (without the secret)" })
  @ApiOkResponse({ description: 'IdentityProviderSettings' })
  get(@CurrentActor() actor: Actor, @Req() request: Request): Promise<IdentityProviderSettings | null> {
    return this.oidc.settings(actor, baseUrlOf(request));
  }

  @Put()
  @ApiOperation({ summary: "Set the kommun's identity provider (issuer, client id and secret)" })
  @ApiOkResponse({ description: 'IdentityProviderSettings' })
  put(@CurrentActor() actor: Actor, @Body() body: IdentityProviderDto, @Req() request: Request): Promise<IdentityProviderSettings> {
    return this.oidc.configure(actor, body, baseUrlOf(request));
  }
}

function parseFlow(cookie: string | undefined): OidcFlow | undefined {
  if (!cookie) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as Partial<OidcFlow>;
    return typeof value.state === 'string' &&
      typeof value.nonce === 'string' &&
      typeof value.codeVerifier === 'string' &&
      typeof value.municipalityCode === 'string'
      ? (value as OidcFlow)
      : undefined;
  } catch {
    return undefined;
  }
}
