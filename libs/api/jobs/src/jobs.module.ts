import { type DynamicModule, Global, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      imports: [TypeOrmModule.forFeature([JobRunEntity])],
      controllers: [JobRunsController],
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobRunner],
      exports: [JobRunner],
    };
  }

  onModuleInit(): void {
    this.runner.register(housekeepingJob(this.dataSource));
  }
}
