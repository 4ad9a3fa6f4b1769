export * from './jobs.module';
export * from './job-runner';
export * from './housekeeping';
export * from './entities/job-run.entity';
