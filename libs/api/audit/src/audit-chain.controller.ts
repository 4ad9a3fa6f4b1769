import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsString, Matches, ValidateNested } from 'class-validator';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import type { AuditCheckpoint } from './audit-chain';
import { AuditChainService, type ChainReport } from './audit-chain.service';
import { AuditService } from './audit.service';

export class AuditCheckpointDto implements AuditCheckpoint {
  @IsString() @Matches(/^\d{1,18}$/, { message: 'must be a sequence number' }) seq: string;
  @IsString() @Matches(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 hash in hex' }) hash: string;
  @IsISO8601() createdAt: string;
  @IsString() @Matches(/^[0-9a-f]{64}$/, { message: 'must be an HMAC-SHA256 in hex' }) mac: string;
}

export class VerifyAuditChainDto {
  @ValidateNested() @Type(() => AuditCheckpointDto) checkpoint: AuditCheckpointDto;
}

/** The audit trail's hash chain: check it, export a signed checkpoint, check against one (admins). */
@ApiTags('audit-chain')
@ApiBearerAuth()
@Controller('audit-chain')
@Roles('admin')
export class AuditChainController {
  constructor(
    private readonly chain: AuditChainService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  verify(): Promise<ChainReport> {
    return this.chain.verify();
  }

  @Post('verify')
  @HttpCode(200)
  verifyAgainst(@Body() dto: VerifyAuditChainDto): Promise<ChainReport> {
    return this.chain.verify(dto.checkpoint);
  }

  @Post('checkpoints')
  async exportCheckpoint(@CurrentUser() actor: RequestUser): Promise<AuditCheckpoint> {
    await this.audit.record({ actor, action: 'export', resource: 'audit-chain' });
    return this.chain.checkpoint();
  }
}
