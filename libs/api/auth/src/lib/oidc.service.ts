import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AppConfig, NotFoundError, ScopedData } from '@kl/api/core';
import type { IdentityProviderRequest, IdentityProviderSettings, SsoMunicipality } from '@kl/shared/contracts';
import { generators, type BaseClient, type Issuer } from 'openid-client';
import { DataSource } from 'typeorm';
import { normaliseEmail } from './auth.service';
import { GuardedOidc, IdentityProviderUnavailableError, IssuerNotAllowedError, isRefusedByGuard } from './oidc-discovery';

/** What the sign-in start keeps (in a short-lived cookie) for the callback to check. */
export interface OidcFlow {
  municipalityCode: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

interface ProviderRow {
  municipalityId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  enabled: boolean;
}

/** Why an OIDC sign-in did not end in a session (logged; the browser only sees that it failed). */
export class OidcSignInError extends Error {}

/**
 * Single sign-on per kommun with OpenID Connect (authorization code + PKCE, state and nonce),
 * through openid-client. The provider's e-mail claim must match an active account of that kommun:
 * a kommun's identity provider can only sign in that kommun's accounts.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Oidc');
  private readonly issuers = new Map<string, Promise<Issuer<BaseClient>>>();
  private readonly oidc: GuardedOidc;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly data: ScopedData,
    private readonly config: AppConfig,
  ) {
    this.oidc = new GuardedOidc({ allowInternal: config.OIDC_ALLOW_INTERNAL_ISSUERS });
  }

  /** The kommuner with an enabled provider (for the login page's single sign-on choice). */
  ssoMunicipalities(): Promise<SsoMunicipality[]> {
    return this.dataSource.query('SELECT code, name FROM auth_sso_municipalities()');
  }

  redirectUri(baseUrl: string, municipalityCode: string): string {
    return `${(this.config.PUBLIC_URL ?? baseUrl).replace(/\/$/, '')}/api/auth/oidc/${municipalityCode}/callback`;
  }

  /** The kommun's provider settings; null when it has none (a normal state, not an error). */
  async settings(actor: Actor, baseUrl: string): Promise<IdentityProviderSettings | null> {
    const municipalityId = await this.data.inKommun(actor, async (tx) => tx.municipalityId, 'Identity provider');
    const code = await this.municipalityCode(municipalityId);
    const provider = await this.findProvider(municipalityId);
    if (!provider) return null;
    return { issuer: provider.issuer, clientId: provider.clientId, enabled: provider.enabled, redirectUri: this.redirectUri(baseUrl, code) };
  }

  /**
   * Saves the settings once the issuer has proved to be a provider: an https address outside the
   * internal network (else 400 `not_allowed`) whose discovery answers in time (else 502). The
   * trail keeps the settings, never the client secret.
   */
  async configure(actor: Actor, input: IdentityProviderRequest, baseUrl: string): Promise<IdentityProviderSettings> {
    const issuer = input.issuer.replace(/\/$/, '');
    await this.oidc.discover(issuer).catch((error: unknown) => {
      if (error instanceof IssuerNotAllowedError || isRefusedByGuard(error)) throw new IssuerNotAllowedError();
      this.logger.warn(
        { event: 'identity_provider_discovery_failed', userId: actor.userId, reason: (error as Error).message },
        'Identity provider discovery failed',
      );
      throw new IdentityProviderUnavailableError();
    });
    await this.data.inKommun(actor, async (tx) => {
      const [before] = await tx.query<{ id: string; issuer: string; clientId: string; enabled: boolean }>(
        `SELECT id, issuer, client_id AS "clientId", enabled FROM municipality_identity_provider WHERE municipality_id = $1 FOR UPDATE`,
        [tx.municipalityId],
      );
      const [after] = await tx.query<{ id: string }>(
        `INSERT INTO municipality_identity_provider (municipality_id, issuer, client_id, client_secret, enabled)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (municipality_id) DO UPDATE
         SET issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id, client_secret = EXCLUDED.client_secret,
             enabled = EXCLUDED.enabled, row_version = municipality_identity_provider.row_version + 1, updated_at = now()
         RETURNING id`,
        [tx.municipalityId, issuer, input.clientId, input.clientSecret, input.enabled],
      );
      const view = ({ issuer, clientId, enabled }: { issuer: string; clientId: string; enabled: boolean }) => ({ issuer, clientId, enabled });
      await tx.audit({
        entityType: 'identity_provider',
        entityId: after.id,
        action: before ? 'update' : 'create',
        before: before ? view(before) : null,
        after: { ...view({ issuer, clientId: input.clientId, enabled: input.enabled }), clientSecretChanged: true },
      });
    }, 'Identity provider');
    this.issuers.delete(issuer);
    return (await this.settings(actor, baseUrl)) as IdentityProviderSettings;
  }

  /**
   * The provider's authorization URL for a kommun, and the flow to keep for the callback. Anyone
   * may ask, so a provider that cannot be reached is one answer (502), whatever the reason.
   */
  async start(municipalityCode: string, baseUrl: string): Promise<{ url: string; flow: OidcFlow }> {
    const provider = await this.enabledProvider(municipalityCode);
    const client = await this.client(provider, this.redirectUri(baseUrl, municipalityCode)).catch((error: unknown) => {
      this.logger.warn({ event: 'identity_provider_discovery_failed', municipalityCode, reason: (error as Error).message }, 'Identity provider discovery failed');
      throw new IdentityProviderUnavailableError();
    });
    const flow: OidcFlow = {
      municipalityCode,
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
    };
    const url = client.authorizationUrl({
      scope: 'openid email profile',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: generators.codeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, flow };
  }

  /** Completes the code flow; answers the account to start a session for. */
  async callback(
    municipalityCode: string,
    flow: OidcFlow | undefined,
    query: Record<string, unknown>,
    baseUrl: string,
  ): Promise<{ id: string }> {
    if (!flow || flow.municipalityCode !== municipalityCode) {
      throw new OidcSignInError('No sign-in in progress for this kommun (missing or foreign state cookie)');
    }
    const provider = await this.enabledProvider(municipalityCode);
    const redirectUri = this.redirectUri(baseUrl, municipalityCode);
    const client = await this.client(provider, redirectUri);
    const params = client.callbackParams(`${redirectUri}?${new URLSearchParams(query as Record<string, string>)}`);
    const tokens = await client.callback(redirectUri, params, {
      state: flow.state,
      nonce: flow.nonce,
      code_verifier: flow.codeVerifier,
    });
    const claims = { ...tokens.claims(), ...(tokens.access_token ? await client.userinfo(tokens) : {}) };
    if (typeof claims.email !== 'string' || claims.email_verified === false) {
      throw new OidcSignInError('The identity provider gave no verified e-mail');
    }
    const email = normaliseEmail(claims.email);
    // Before any session: the application looks the account up in the provider's own kommun.
    const rows: { id: string }[] = await this.data.asApplication(provider.municipalityId, (tx) =>
      tx.query(
        "SELECT id FROM user_account WHERE email = $1 AND municipality_id = $2 AND status = 'active'",
        [email, provider.municipalityId],
      ),
    );
    if (!rows[0]) {
      throw new OidcSignInError(`No active account of kommun ${municipalityCode} has the provider's e-mail`);
    }
    this.logger.log({ event: 'login_succeeded', method: 'oidc', accountId: rows[0].id, municipalityCode }, 'Signed in (OIDC)');
    return rows[0];
  }

  private async enabledProvider(municipalityCode: string): Promise<ProviderRow> {
    const [municipality]: { id: string }[] = await this.dataSource.query('SELECT id FROM municipality WHERE code = $1', [
      municipalityCode,
    ]);
    const provider = municipality ? await this.findProvider(municipality.id) : undefined;
    if (!provider || !provider.enabled) {
      throw new NotFoundError('Identity provider');
    }
    return provider;
  }

  private async findProvider(municipalityId: string): Promise<ProviderRow | undefined> {
    const rows: ProviderRow[] = await this.data.asApplication(municipalityId, (tx) =>
      tx.query(
        `SELECT municipality_id AS "municipalityId", issuer, client_id AS "clientId", client_secret AS "clientSecret", enabled
         FROM municipality_identity_provider WHERE municipality_id = $1`,
        [municipalityId],
      ),
    );
    return rows[0];
  }

  private async municipalityCode(municipalityId: string | null): Promise<string> {
    const [row]: { code: string }[] = await this.dataSource.query('SELECT code FROM municipality WHERE id = $1', [
      municipalityId,
    ]);
    if (!row) throw new NotFoundError('Identity provider');
    return row.code;
  }

  private async client(provider: ProviderRow, redirectUri: string): Promise<BaseClient> {
    let issuer = this.issuers.get(provider.issuer);
    if (!issuer) {
      issuer = this.oidc.discover(provider.issuer);
      this.issuers.set(provider.issuer, issuer);
      issuer.catch(() => this.issuers.delete(provider.issuer));
    }
    return this.oidc.client(await issuer, {
      client_id: provider.clientId,
      client_secret: provider.clientSecret,
      redirect_uris: [redirectUri],
      response_types: ['code'],
    });
  }
}
