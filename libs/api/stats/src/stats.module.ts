import { Module } from '@nestjs/common';
import { AuditModule } from '@ct/api-audit';
import { HardshipRepository } from './hardship.repository';
import { HardshipService } from './hardship.service';
import { StatsQuota } from './stats-quota';
import { StatsController } from './stats.controller';

/** Anonymized statistics for directors: GET /api/stats/hardship and its CSV export. */
@Module({
  imports: [AuditModule],
  controllers: [StatsController],
  providers: [HardshipRepository, HardshipService, StatsQuota],
})
export class StatsModule {}
