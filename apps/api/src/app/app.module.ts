import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AllExceptionsFilter, type AppConfig, CryptoModule, createValidationPipe } from '@ct/api-core';
import { AuditModule } from '@ct/api-audit';
import { AuthModule } from '@ct/api-auth';
import { CaseworkModule } from '@ct/api-casework';
import { DeadlinesModule } from '@ct/api-deadlines';
import { HousingModule } from '@ct/api-housing';
import { JobsModule } from '@ct/api-jobs';
import { StatsModule } from '@ct/api-stats';
import { UsersModule } from '@ct/api-users';
import { createDataSourceOptions } from '@ct/database';
import { AppConfigModule } from './app-config.module';
import { AuthHousekeeping } from './auth-housekeeping';
import { HealthController } from './health.controller';
import { loggerOptions } from './logging';

/** The composition root: configuration, logging, database, and one module per feature. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          // The embedded database is one PostgreSQL session behind a socket: concurrent connections would
          // interleave statements inside each other's transactions. One pooled connection serializes them.
          ...createDataSourceOptions(databaseUrl, { poolSize: config.embedded ? 1 : 10 }),
          // With an owner connection configured, main.ts migrates with it first; the runtime role cannot.
          migrationsRun: !config.migrationDatabaseUrl,
        }),
        CryptoModule,
        AuditModule,
        UsersModule,
        AuthModule,
        CaseworkModule,
        HousingModule,
        StatsModule,
        JobsModule.forRoot(),
        DeadlinesModule.forRoot(),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useFactory: () => createValidationPipe() },
        AuthHousekeeping,
      ],
    };
  }
}
