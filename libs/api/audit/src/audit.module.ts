import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainController } from './audit-chain.controller';
import { AuditChainService } from './audit-chain.service';
import { AuditController } from './audit.controller';
import { AuditQueryService } from './audit-query.service';
import { AuditService } from './audit.service';
import { AuditEventEntity } from './entities/audit-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  controllers: [AuditController, AuditChainController],
  providers: [AuditService, AuditQueryService, AuditChainService],
  exports: [AuditService, AuditChainService],
})
export class AuditModule {}
