export * from './deadlines.module';
export * from './entities/task.entity';
export * from './entities/mail.entities';
