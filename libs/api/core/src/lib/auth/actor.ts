import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@kl/shared/contracts';
import type { AccessScope } from '../scope/access-scope';

/**
 * Who is calling, as established by the authentication guard from the session. Every domain
 * service reaches data through {@link ScopedData} with it, never through an id the client chose.
 */
export interface Actor {
  userId: string;
  role: Role;
  /** The staff record the caller is, when their account is linked to one. */
  staffMemberId: string | null;
  sessionId: string;
  /** What the caller may reach: built once per request by the guard. */
  scope: AccessScope;
}

/** The property of the Express request the guard puts the actor on. */
export const ACTOR_REQUEST_KEY = 'actor';

export const ROLES_METADATA = 'kl:roles';
export const PUBLIC_METADATA = 'kl:public';

/** The roles allowed on a route or controller; the global guard denies every other role. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);

/** A route anyone may call without signing in (health, login, the public register). */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

/** The authenticated caller of a route. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<Record<string, unknown>>();
  const actor = request[ACTOR_REQUEST_KEY] as Actor | undefined;
  if (!actor) {
    // Only reachable on a route marked @Public() that asks for the actor: a programming error.
    throw new Error('CurrentActor used on a route without an authenticated actor');
  }
  return actor;
});
