import { versionedSave } from './versioned-save';

const httpError = (status: number, error: unknown) => ({ status, error });

describe('versionedSave', () => {
  it('tells a save, a newer version met and a refusal apart', async () => {
    expect(await versionedSave(async () => ({ id: 'p', version: 2 }))).toEqual({
      kind: 'saved',
      value: { id: 'p', version: 2 },
    });
    const current = { id: 'p', version: 3 };
    expect(
      await versionedSave(() =>
        Promise.reject(
          httpError(409, { statusCode: 409, code: 'STALE_VERSION', message: 'x', current }),
        ),
      ),
    ).toEqual({ kind: 'conflict', current });
    const refused = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'x',
      errors: { year: 'min' },
    };
    expect(await versionedSave(() => Promise.reject(httpError(400, refused)))).toEqual({
      kind: 'failed',
      error: refused,
    });
    // A 409 without the record to show is a failure like any other.
    const bare = { statusCode: 409, code: 'STALE_VERSION', message: 'x' };
    expect(await versionedSave(() => Promise.reject(httpError(409, bare)))).toEqual({
      kind: 'failed',
      error: bare,
    });
    expect(await versionedSave(() => Promise.reject(httpError(0, null)))).toMatchObject({
      kind: 'failed',
      error: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
