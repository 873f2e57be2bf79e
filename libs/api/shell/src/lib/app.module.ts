import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@kl/api/auth';
import { AppConfig, createLoggingModule, DatabaseModule, HealthModule } from '@kl/api/core';
import { OrganisationModule } from '@kl/api/organisation';
import { AuditModule } from '@kl/api/audit';
import { CompetenceModule } from '@kl/api/competence';
import { StaffModule } from '@kl/api/staff';
import { UnitsModule } from '@kl/api/units';
import { InventoryModule } from '@kl/api/inventory';
import { PlanningModule } from '@kl/api/planning';
import { WorkforceModule } from '@kl/api/workforce';
import { NationalModule } from '@kl/api/national';
import { TrainingModule } from '@kl/api/training';
import { NotificationsModule } from '@kl/api/notifications';
import { ImportsModule } from '@kl/api/imports';
import { PrivacyModule } from '@kl/api/privacy';
import { allEntities, migrations } from '@kl/migrations';

/** The root module: every domain module of the API, on one database (two roles: see DatabaseModule). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, aggregateDatabaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        createLoggingModule(config),
        DatabaseModule.forRoot({
          url: databaseUrl,
          aggregateUrl: aggregateDatabaseUrl,
          entities: allEntities,
          migrations,
          poolSize: config.DATABASE_POOL_SIZE,
        }),
        HealthModule,
        OrganisationModule,
        AuthModule,
        AuditModule,
        UnitsModule,
        StaffModule,
        InventoryModule,
        PlanningModule,
        WorkforceModule,
        NationalModule,
        TrainingModule,
        NotificationsModule,
        ImportsModule,
        PrivacyModule,
        CompetenceModule,
      ],
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
      global: true,
    };
  }
}
