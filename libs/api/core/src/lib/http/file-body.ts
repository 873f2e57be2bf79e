import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/**
 * The uploaded file of a file route (a POST whose path ends in `/file`, see `jsonBodyHandlers`),
 * as bytes; empty when nothing was sent. It bypasses the validation pipe, which knows only JSON.
 */
export const FileBody = createParamDecorator((_data: unknown, context: ExecutionContext): Buffer => {
  const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
});
