import { createHash } from 'node:crypto';
import type { Response } from 'express';

/** A JSON answer serialised once, with the weak ETag that Express would give the same bytes. */
export interface PreparedJson {
  body: Buffer;
  etag: string;
}

export function prepareJson(value: unknown): PreparedJson {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  // The `etag` package's weak form, as Express's res.json sends it: W/"<length in hex>-<sha1, base64, 27 chars>".
  const hash = createHash('sha1').update(body).digest('base64').substring(0, 27);
  return { body, etag: `W/"${body.length.toString(16)}-${hash}"` };
}

/**
 * Sends what `res.json(value)` would have sent (the same bytes, Content-Type and ETag, and 304 to
 * a matching If-None-Match), without serialising and hashing the value again for every request.
 */
export function sendPreparedJson(response: Response, json: PreparedJson): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('ETag', json.etag);
  response.send(json.body);
}
