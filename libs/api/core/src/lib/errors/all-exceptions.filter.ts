import { STATUS_CODES } from 'node:http';
import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ErrorBody, ErrorCode } from '@kl/shared/contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * PostgreSQL SQLSTATEs for a value the database cannot take (a NUL byte, text where a number or
 * date belongs, out of range): bad input that slipped past validation, answered as such.
 */
const INVALID_INPUT_SQLSTATES = new Set(['22021', '22P02', '22P05', '22001', '22003', '22007', '22008']);

/** PostgreSQL SQLSTATEs that mean "the database is unreachable or going away". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/**
 * Socket errors of the driver while the server restarts (a reset mid-query, a refused reconnect).
 * Errors of other outbound calls (the identity provider) are wrapped in their own errors first.
 */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * The one place errors become responses, all in the shape `{ statusCode, code, message, errors? }`.
 * Nothing internal (stack, SQL, driver text) ever reaches the client.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception);
    body.requestId = typeof request.id === 'string' ? request.id : undefined;
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, requestId: body.requestId },
        `${request.method} ${request.url} failed`,
      );
    } else if ((request as { log?: unknown }).log === undefined) {
      // Refused before the request logger ran (a body the parser rejected): log it here, so that
      // its request id can be found.
      this.logger.warn({ requestId: body.requestId, statusCode: body.statusCode, code: body.code }, `${request.method} ${request.path} refused`);
    }
    if (body.statusCode === 503) {
      response.setHeader('Retry-After', '5');
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.statusCode,
        code: exception.code,
        message: exception.message,
        ...(exception.errors ? { errors: exception.errors } : {}),
        ...(exception.details ?? {}),
      };
    }
    // The message of an HTTP exception may quote the request (Nest maps a parser's SyntaxError
    // and a bad %-escape in the path to one, and a 404 names the path): never echo it.
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      return {
        statusCode,
        code: CODE_BY_STATUS[statusCode] ?? (statusCode >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED'),
        message: STATUS_CODES[statusCode] ?? 'Error',
      };
    }
    if (isClientHttpError(exception)) {
      return {
        statusCode: exception.status,
        code: CODE_BY_STATUS[exception.status] ?? 'VALIDATION_FAILED',
        message: STATUS_CODES[exception.status] ?? 'Bad request',
      };
    }
    if (INVALID_INPUT_SQLSTATES.has(sqlState(exception) ?? '')) {
      return { statusCode: HttpStatus.BAD_REQUEST, code: 'VALIDATION_FAILED', message: 'A value is not valid' };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'SERVICE_UNAVAILABLE',
        message: 'The database is unavailable; try again shortly',
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      message: 'Internal error',
    };
  }
}

/** An `http-errors` error of Express or one of its middleware that blames the request. */
function isClientHttpError(error: unknown): error is { status: number } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function sqlState(error: unknown): string | undefined {
  const code =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string } | undefined)?.code
      : (error as { code?: string } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isDatabaseUnavailable(error: unknown): boolean {
  const code = sqlState(error);
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) {
    return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}
