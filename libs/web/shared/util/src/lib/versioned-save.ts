import type { ErrorBody } from '@kl/shared/contracts';
import { toErrorBody } from './error-text';

/** How a save on a version ended: saved, met a newer version (409 STALE_VERSION), or refused. */
export type VersionedSaveResult<T> =
  | { kind: 'saved'; value: T }
  | { kind: 'conflict'; current: T }
  | { kind: 'failed'; error: ErrorBody };

/**
 * Runs a save that sends the version the user edited. A newer version saved meanwhile comes
 * back as `conflict` with the record as it is now (to show beside the user's changes, to keep
 * theirs or overwrite); any other error as `failed`, in the one error shape.
 */
export async function versionedSave<T>(save: () => Promise<T>): Promise<VersionedSaveResult<T>> {
  try {
    return { kind: 'saved', value: await save() };
  } catch (error) {
    const body = toErrorBody(error);
    return body.code === 'STALE_VERSION' && body.current
      ? { kind: 'conflict', current: body.current as T }
      : { kind: 'failed', error: body };
  }
}
