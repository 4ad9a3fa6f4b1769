import { type DynamicModule, Global, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@ct/api-core';
import { JobRunEntity } from './entities/job-run.entity';
import { housekeepingJob } from './housekeeping';
import { JOBS_OPTIONS, JobRunner, type JobsOptions } from './job-runner';
import { JobRunsController } from './job-runs.controller';

/** The one PostgreSQL-backed job runner of the app; features register their jobs on `JobRunner`. */
@Global()
@Module({})
export class JobsModule implements OnModuleInit {
  constructor(
    private readonly runner: JobRunner,
    private readonly dataSource: DataSource,
  ) {}

  /** Options from the app's configuration (JOBS_TICK_SECONDS, JOBS_RETRY_SECONDS). */
  static forRoot(): DynamicModule {
    return {
      module: JobsModule,
      imports: [TypeOrmModule.forFeature([JobRunEntity])],
      controllers: [JobRunsController],
      providers: [
        {
          provide: JOBS_OPTIONS,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): JobsOptions => ({ tickSeconds: config.deadlines.jobsTickSeconds, retrySeconds: config.deadlines.jobsRetrySeconds }),
        },
        JobRunner,
      ],
      exports: [JobRunner],
    };
  }

  onModuleInit(): void {
    this.runner.register(housekeepingJob(this.dataSource));
  }
}
