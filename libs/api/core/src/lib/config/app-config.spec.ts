import { ConfigValidationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.isProduction).toBe(false);
  });

  it('reads and converts values', () => {
    const config = loadConfig({
      PORT: '8080',
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db:5432/kl',
    });
    expect(config.PORT).toBe(8080);
    expect(config.isProduction).toBe(true);
    expect(config.DATABASE_URL).toBe('postgres://app@db:5432/kl');
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const message = (error as Error).message;
    expect(message).toContain('PORT="eighty"');
    expect(message).toContain('NODE_ENV="staging"');
    expect(message).toContain('DATABASE_URL="mysql://x"');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('reads the session expiries, 30 minutes idle and 12 hours absolute by default', () => {
    expect(loadConfig({})).toMatchObject({ SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 12 });
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8' })).toMatchObject({
      SESSION_IDLE_MINUTES: 15,
      SESSION_ABSOLUTE_HOURS: 8,
    });
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES=0:/);
  });

  it('allows internal identity providers only outside production, off by default', () => {
    expect(loadConfig({}).OIDC_ALLOW_INTERNAL_ISSUERS).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', OIDC_ALLOW_INTERNAL_ISSUERS: 'true' }).OIDC_ALLOW_INTERNAL_ISSUERS).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_ALLOW_INTERNAL_ISSUERS: 'true' })).toThrow(/OIDC_ALLOW_INTERNAL_ISSUERS=true: not allowed/);
    expect(() => loadConfig({ OIDC_ALLOW_INTERNAL_ISSUERS: 'yes' })).toThrow(/OIDC_ALLOW_INTERNAL_ISSUERS="yes"/);
  });
});
