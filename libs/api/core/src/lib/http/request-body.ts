import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { DomainError, ValidationFailedError } from '../errors/domain-error';
import { BODY_SHAPE_LIMITS, findBodyShapeProblem } from './body-shape';

export const MAX_BODY_BYTES = '1mb';

/** A file upload: the body of a POST to a route whose path ends in `/file` (e.g. `/api/imports/staff/file`). */
export const MAX_FILE_BODY_BYTES = 20 * 1024 * 1024;
const FILE_ROUTE = /^\/api\/.+\/file$/;
const FILE_MEDIA_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export const isFileRoute = (request: Request): boolean => request.method === 'POST' && FILE_ROUTE.test(request.path);

export class MalformedBodyError extends DomainError {
  constructor(message = 'The request body is not valid JSON') {
    super('VALIDATION_FAILED', 400, message);
  }
}

export class BodyTooLargeError extends DomainError {
  constructor() {
    super('PAYLOAD_TOO_LARGE', 413, `The request body is larger than ${MAX_BODY_BYTES} (after decompression)`);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  constructor(message = 'The request body must be application/json (UTF-8; identity, gzip, deflate or br)') {
    super('UNSUPPORTED_MEDIA_TYPE', 415, message);
  }
}

/**
 * Every body the API takes is a JSON object. These handlers, in this order, run before routing,
 * validation and transformation: anything else is refused with the one error body, never with
 * the parser's own message (which quotes the body).
 * - a body in any other media type: 415 (a cross-site form or text/plain post cannot sign in),
 *   except multipart/form-data, which only the file routes read (their interceptor parses it;
 *   elsewhere it leaves an empty body, refused by validation);
 * - the parser's errors (bad JSON, bad or unknown Content-Encoding, unknown charset, too large
 *   once decompressed, an aborted upload): 400, 415 or 413;
 * - a top level that is not an object, nesting past 16 levels, arrays past 5 000 elements:
 *   400 (class-transformer and class-validator recurse, and overflowed the stack on such bodies);
 * - `__proto__`/`constructor`/`prototype` keys (unknown fields, also in the query) and lone
 *   surrogates (invalid format).
 */
export function jsonBodyHandlers(): (RequestHandler | ErrorRequestHandler)[] {
  return [
    fileBody,
    requireJsonMediaType,
    express.json({ limit: MAX_BODY_BYTES, strict: true }),
    mapBodyParserError,
    checkBodyShape,
  ];
}

const rawFileBody = express.raw({ limit: MAX_FILE_BODY_BYTES, type: FILE_MEDIA_TYPES });

/**
 * A file route takes the file itself as the body (no multipart, no base64), up to
 * {@link MAX_FILE_BODY_BYTES}; it answers 415 to anything but a file's media type. The body
 * reaches the handler as a Buffer (`@Body()`); every other route stays JSON only.
 */
function fileBody(request: Request, response: Response, next: NextFunction): void {
  if (!isFileRoute(request)) return next();
  const empty = request.headers['transfer-encoding'] === undefined && (request.headers['content-length'] ?? '0') === '0';
  if (empty) {
    request.body = Buffer.alloc(0);
    return next();
  }
  if (request.is(FILE_MEDIA_TYPES) === false) {
    return next(new UnsupportedMediaTypeError('A file upload must be sent as application/octet-stream, text/csv or XLSX'));
  }
  rawFileBody(request, response, next);
}

function requireJsonMediaType(request: Request, _response: Response, next: NextFunction): void {
  if (isFileRoute(request)) return next();
  const hasBody =
    request.headers['transfer-encoding'] !== undefined ||
    (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');
  next(
    hasBody && !request.is('application/json') && !request.is('multipart/form-data')
      ? new UnsupportedMediaTypeError()
      : undefined,
  );
}

function mapBodyParserError(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number' || status >= 500) {
    return next(error);
  }
  next(
    status === 413
      ? new BodyTooLargeError()
      : status === 415
        ? new UnsupportedMediaTypeError()
        : new MalformedBodyError(),
  );
}

function checkBodyShape(request: Request, _response: Response, next: NextFunction): void {
  const body = isFileRoute(request) ? {} : (request.body ?? {});
  const problem = findBodyShapeProblem(body, BODY_SHAPE_LIMITS) ?? findBodyShapeProblem(request.query);
  switch (problem?.kind) {
    case undefined:
      return next();
    case 'not_an_object':
      return next(new MalformedBodyError('The request body must be a JSON object'));
    case 'too_deep':
      return next(new MalformedBodyError(`The request body is nested deeper than ${BODY_SHAPE_LIMITS.maxDepth} levels`));
    case 'array_too_long':
      return next(new ValidationFailedError({ [problem.path]: 'max_length' }));
    case 'fields':
      return next(new ValidationFailedError(problem.errors));
  }
}
