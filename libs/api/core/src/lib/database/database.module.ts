import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from '../mail/mail.service';
import { KeptAggregates } from '../scope/kept-aggregates';
import { ScopedData } from '../scope/scoped-data';
import { AGGREGATE_CONNECTION } from './aggregate-connection';
import { buildDataSourceOptions, type DatabaseOptionsInput } from './database-options';

export interface DatabaseModuleOptions extends Omit<DatabaseOptionsInput, 'onPoolError'> {
  /** The national and regional tiers' connection (the aggregate role). */
  aggregateUrl: string;
}

/**
 * Two connections to one database: the kommun tier's role (every table, held to one kommun by
 * row-level security) and the aggregate role of the national and regional tiers. Domains reach
 * them only through {@link ScopedData}.
 */
@Module({})
export class DatabaseModule {
  static forRoot({ aggregateUrl, ...input }: DatabaseModuleOptions): DynamicModule {
    const logger = new Logger('Database');
    const onPoolError = (error: Error) => logger.warn(`Pool connection error: ${error.message}`);
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions({ ...input, onPoolError }),
          // Fail at start-up rather than retry for minutes: the process manager restarts us.
          retryAttempts: 0,
        }),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions({
            url: aggregateUrl,
            entities: [],
            migrations: [],
            poolSize: 4,
            onPoolError,
          }),
          name: AGGREGATE_CONNECTION,
          retryAttempts: 0,
        }),
      ],
      // Mail rides along: every domain that writes may also tell someone by e-mail.
      providers: [ScopedData, KeptAggregates, MailService],
      exports: [ScopedData, KeptAggregates, MailService],
    };
  }
}
