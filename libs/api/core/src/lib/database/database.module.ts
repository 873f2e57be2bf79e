import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions, type DatabaseOptionsInput } from './database-options';

@Module({})
export class DatabaseModule {
  static forRoot(input: Omit<DatabaseOptionsInput, 'onPoolError'>): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions({
            ...input,
            onPoolError: (error) => logger.warn(`Pool connection error: ${error.message}`),
          }),
          // Fail at start-up rather than retry for minutes: the process manager restarts us.
          retryAttempts: 0,
        }),
      ],
    };
  }
}
