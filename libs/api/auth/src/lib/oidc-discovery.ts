import { DomainError, ValidationFailedError } from '@kl/api/core';
import { custom, Issuer, type BaseClient, type ClientMetadata, type HttpOptions } from 'openid-client';
import { assertOutboundUrl, guardedLookup, type OutboundPolicy, OutboundRequestRefusedError } from './outbound-guard';

/** Every request to an identity provider, and the whole of a discovery, ends within this time. */
export const IDENTITY_PROVIDER_TIMEOUT_MS = 5_000;

/**
 * The kommun's identity provider could not be reached, or did not answer as one. Every failure
 * is the same answer (502), so that its kind tells nothing about the network behind it.
 */
export class IdentityProviderUnavailableError extends DomainError {
  constructor() {
    super('IDENTITY_PROVIDER_UNAVAILABLE', 502, "The kommun's identity provider could not be reached or did not answer as one");
  }
}

/** An issuer the policy refuses before any request: not https, or at an internal address. */
export class IssuerNotAllowedError extends ValidationFailedError {
  constructor() {
    super({ issuer: 'not_allowed' }, 'The issuer must be an https address outside the internal network');
  }
}

/**
 * OpenID discovery and clients whose every request (discovery, keys, token, user info) goes
 * through the outbound guard: https only, no internal address at connect time, a time-out.
 */
export class GuardedOidc {
  private readonly httpOptions: (url: URL, options: HttpOptions) => HttpOptions;
  /** A subclass of Issuer, so that discovery uses these options without changing openid-client's globals. */
  private readonly issuerClass: { discover(issuer: string): Promise<Issuer<BaseClient>> };

  constructor(private readonly policy: OutboundPolicy) {
    const lookup = guardedLookup(policy);
    this.httpOptions = (url, options) => {
      assertOutboundUrl(url, policy);
      return { ...options, lookup, timeout: IDENTITY_PROVIDER_TIMEOUT_MS };
    };
    const GuardedIssuer = class extends Issuer<BaseClient> {};
    GuardedIssuer[custom.http_options] = this.httpOptions;
    this.issuerClass = GuardedIssuer;
  }

  /** Refuses an issuer that may not be called at all, before anything is requested. */
  assertAllowed(issuerUrl: string): void {
    try {
      assertOutboundUrl(new URL(issuerUrl), this.policy);
    } catch {
      throw new IssuerNotAllowedError();
    }
  }

  /**
   * Discovers the provider and checks that it is one: its metadata names the same issuer and
   * gives authorization, token and key endpoints the policy allows.
   */
  async discover(issuerUrl: string): Promise<Issuer<BaseClient>> {
    this.assertAllowed(issuerUrl);
    const issuer = await withDeadline(this.issuerClass.discover(issuerUrl), IDENTITY_PROVIDER_TIMEOUT_MS);
    const metadata = issuer.metadata;
    if (trimSlash(String(metadata.issuer)) !== trimSlash(issuerUrl)) {
      throw new Error(`The discovery document names another issuer (${String(metadata.issuer)})`);
    }
    for (const endpoint of [metadata.authorization_endpoint, metadata.token_endpoint, metadata.jwks_uri]) {
      if (typeof endpoint !== 'string') throw new Error('The discovery document lacks an endpoint');
      assertOutboundUrl(new URL(endpoint), this.policy);
    }
    issuer[custom.http_options] = this.httpOptions;
    return issuer;
  }

  client(issuer: Issuer<BaseClient>, metadata: ClientMetadata): BaseClient {
    const client = new issuer.Client(metadata);
    client[custom.http_options] = this.httpOptions;
    return client;
  }
}

/** True when a failure was the guard refusing an address, anywhere in its causes. */
export function isRefusedByGuard(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof OutboundRequestRefusedError) return true;
  }
  return false;
}

export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

const trimSlash = (url: string) => url.replace(/\/$/, '');
