import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Reuses a sane incoming `X-Request-Id` (from a proxy), else makes one; echoes it back. Once
 * given, a request keeps its id (the first middleware gives it, the request log reuses it).
 */
export function requestId(request: IncomingMessage, response: ServerResponse): string {
  if (typeof request.id === 'string') {
    return request.id;
  }
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  request.id = id;
  return id;
}

/**
 * The first middleware: every response carries a request id, also one refused before routing
 * (a body the parser rejects never reaches the request logger).
 */
export function assignRequestId(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  requestId(request, response);
  next();
}

/** Structured JSON logs (pino), one line per request, with its request id; secrets redacted. */
export function createLoggingModule(config: AppConfig) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: requestId,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (request) => request.url === '/api/health' },
    },
    // Express 5 route syntax: every path.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  });
}
