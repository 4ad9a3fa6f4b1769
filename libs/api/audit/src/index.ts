export * from './audit.module';
export * from './audit.service';
export * from './entities/audit-event.entity';
export * from './audit-chain';
export * from './audit-chain.service';
