import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { assignRequestId } from '../logging/logging.module';
import { createValidationPipe } from '../validation/validation.pipe';
import { jsonBodyHandlers } from './request-body';
import { cspNonce, securityHeaders } from './security';
import { webApp } from './web-app';

export interface ConfigureAppOptions {
  /** Folder of the built web app to serve beside the API. */
  webDistDir?: string;
}

/**
 * Everything that makes the HTTP surface what it is: /api prefix, security headers, validation,
 * the error body, OpenAPI and the web app. Used by main.ts and by the integration tests alike.
 */
export function configureApp(app: INestApplication, options: ConfigureAppOptions = {}): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.set('trust proxy', 'loopback');
  express.setGlobalPrefix('api');
  // The app is created without Nest's body parsers (no urlencoded forms): JSON is parsed here,
  // after the request id is given, so that a refused body is answered with it.
  express.use(assignRequestId, ...jsonBodyHandlers());
  express.use(cspNonce(), securityHeaders());
  // API answers carry personal data (names, levels, accounts) or depend on who asks: no cache,
  // shared or private, keeps them. The OpenAPI page is the exception, it holds no data.
  express.use('/api', (request: Request, response: Response, next: NextFunction) => {
    if (!request.path.startsWith('/docs')) response.setHeader('Cache-Control', 'no-store');
    next();
  });
  express.useGlobalPipes(createValidationPipe());
  express.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kompetensläget API')
      .setDescription('Competence inventory and training tracker for Swedish social services')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (options.webDistDir) {
    express.use(...webApp(options.webDistDir));
  }
}
