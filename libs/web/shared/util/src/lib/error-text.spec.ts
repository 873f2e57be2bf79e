import { ERROR_CODES, type ErrorCode, FIELD_ERROR_CODES, type FieldErrorCode } from '@kl/shared/contracts';
import { errorText, fieldErrorText, toErrorBody } from './error-text';

describe('errorText', () => {
  it('says known codes in Swedish and falls back for unknown ones', () => {
    expect(errorText('INVALID_CREDENTIALS')).toBe('Fel e-postadress eller lösenord.');
    expect(errorText('SOMETHING_NEW' as ErrorCode)).toBe(errorText('INTERNAL_ERROR'));
    expect(errorText(undefined)).toBe(errorText('INTERNAL_ERROR'));
  });

  it('says field codes in Swedish', () => {
    expect(fieldErrorText('required')).toBe('Fältet måste fyllas i.');
    expect(fieldErrorText('odd_rule' as FieldErrorCode)).toBe('Värdet är inte giltigt.');
  });
});

describe('domain error codes', () => {
  it('has its own Swedish text for every stable code of the contracts', () => {
    const fallback = errorText('INTERNAL_ERROR');
    const withoutText = ERROR_CODES.filter((code) => code !== 'INTERNAL_ERROR' && errorText(code) === fallback);
    expect(withoutText).toEqual([]);
    expect(errorText('OWN_ACCOUNT_PROTECTED')).toContain('ditt eget konto');
  });

  it('has Swedish text for every field code of the contracts', () => {
    expect(FIELD_ERROR_CODES.filter((code) => fieldErrorText(code) === 'Värdet är inte giltigt.')).toEqual([]);
  });
});

describe('toErrorBody', () => {
  it('keeps the API error body', () => {
    const body = { statusCode: 409, code: 'STALE_VERSION', message: 'changed' };
    expect(toErrorBody({ status: 409, error: body })).toBe(body);
  });

  it('treats a network failure (status 0) as service unavailable', () => {
    expect(toErrorBody({ status: 0, error: new ProgressEvent('error') }).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('treats a response without our body as an internal error', () => {
    expect(toErrorBody({ status: 502, error: '<html>Bad gateway</html>' })).toMatchObject({ statusCode: 502, code: 'INTERNAL_ERROR' });
  });
});
