import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACTOR_REQUEST_KEY, type Actor, buildAccessScope, PUBLIC_METADATA, ROLES_METADATA } from '@kl/api/core';
import { CSRF_HEADER, type Role } from '@kl/shared/contracts';
import type { Request } from 'express';
import { CsrfTokenInvalidError, RouteNotFoundError, UnauthenticatedError } from './auth.errors';
import { readCookie, SESSION_COOKIE } from './cookies';
import { type ResolvedSession, SessionService } from './session.service';

/** Where the guard leaves the resolved session for the auth endpoints. */
export const SESSION_REQUEST_KEY = 'authSession';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AuthenticatedRequest = Request & { [ACTOR_REQUEST_KEY]?: Actor; [SESSION_REQUEST_KEY]?: ResolvedSession };

/**
 * The global guard, deny by default: a route needs @Public() or a valid session. With a session,
 * @Roles() (on the handler or its controller) limits the roles; a role not listed gets 404, as
 * for an id outside its scope. Cookie-authenticated writes must carry the session's CSRF token.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return false;
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = token ? await this.sessions.resolve(token) : null;
    if (!session) {
      throw new UnauthenticatedError();
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && !roles.includes(session.account.role)) {
      throw new RouteNotFoundError();
    }
    if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(request.header(CSRF_HEADER), session.csrfToken)) {
      throw new CsrfTokenInvalidError();
    }
    request[SESSION_REQUEST_KEY] = session;
    request[ACTOR_REQUEST_KEY] = toActor(session);
    return true;
  }
}

/** The caller and their access scope, built once per request from the session. */
export function toActor(session: ResolvedSession): Actor {
  const { account } = session;
  return {
    userId: account.id,
    role: account.role,
    staffMemberId: account.staffMemberId,
    sessionId: session.sessionId,
    scope: buildAccessScope({
      role: account.role,
      municipalityId: account.municipality?.id ?? null,
      countyCode: account.countyCode,
      leadUnitIds: account.unitIds,
      subtreeUnitIds: account.subtreeUnitIds,
      staffMemberId: account.staffMemberId,
    }),
  };
}

function csrfTokenMatches(sent: string | undefined, expected: string): boolean {
  if (!sent) {
    return false;
  }
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
