import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ct/api-audit';
import { CaseworkModule } from '@ct/api-casework';
import { ImportJobEntity } from './imports/entities/import-job.entity';
import { ImportMappingEntity } from './imports/entities/import-mapping.entity';
import { ImportRowKeyEntity } from './imports/entities/import-row-key.entity';
import { ImportPlanner } from './imports/import-planner';
import { ImportsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';

@Module({
  imports: [TypeOrmModule.forFeature([ImportJobEntity, ImportRowKeyEntity, ImportMappingEntity]), AuditModule, CaseworkModule],
  controllers: [ImportsController],
  providers: [ImportPlanner, ImportsService],
  exports: [ImportsService],
})
export class ImportsModule {}
