import { type ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';

function answer(exception: unknown): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  const result = { status: 0, body: {} as Record<string, unknown>, headers: {} as Record<string, string> };
  const response = {
    setHeader: (name: string, value: string) => (result.headers[name] = value),
    status: (status: number) => {
      result.status = status;
      return { json: (body: Record<string, unknown>) => (result.body = body) };
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'req-1', method: 'GET', url: '/api/x', log: {} }) }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return result;
}

const pgError = (code: string) =>
  new QueryFailedError('SELECT secret FROM t WHERE x = $1', ['\u0000'], Object.assign(new Error('invalid byte sequence'), { code }));

describe('AllExceptionsFilter', () => {
  it.each(['22021', '22P02', '22001', '22003', '22007'])('answers PostgreSQL %s (a value it cannot take) with 400', (code) => {
    const { status, body } = answer(pgError(code));
    expect(status).toBe(400);
    expect(body).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'A value is not valid', requestId: 'req-1' });
  });

  it('answers a database that went away with 503 and Retry-After', () => {
    const { status, body, headers } = answer(pgError('57P01'));
    expect(status).toBe(503);
    expect(body['code']).toBe('SERVICE_UNAVAILABLE');
    expect(headers['Retry-After']).toBe('5');
  });

  it.each(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT'])('answers the driver losing its socket (%s) during a restart with 503', (code) => {
    const socketError = Object.assign(new Error(`read ${code}`), { code, errno: -104, syscall: 'read' });
    for (const exception of [socketError, new QueryFailedError('SELECT 1', [], socketError)]) {
      const { status, body, headers } = answer(exception);
      expect(status).toBe(503);
      expect(body['code']).toBe('SERVICE_UNAVAILABLE');
      expect(headers['Retry-After']).toBe('5');
    }
  });

  it('never quotes an HTTP exception message, which may carry the request', () => {
    const { status, body } = answer(new BadRequestException('Unexpected token \'s\', "secret-body" is not valid JSON'));
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toContain('secret-body');
    expect(answer(new NotFoundException('Cannot GET /api/secret-path')).body['message']).toBe('Not Found');
  });

  it('answers anything else with 500 and no SQL, driver text or stack', () => {
    const { status, body } = answer(pgError('XX000'));
    expect(status).toBe(500);
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal error', requestId: 'req-1' });
  });
});
