import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { MATCH_END_REASONS, MATCH_STATUSES, type MatchEndReason, type MatchStatus } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';

export class CreateMatchDto {
  @ApiProperty() @IsUUID() requestId: string;
  @ApiProperty() @IsUUID() offerId: string;
  @ApiPropertyOptional({ description: "caseworkers only: the client agreed to tell the host their first name" }) @IsOptional() @IsBoolean() shareFirstName?: boolean;
}

/** Moves a match along (`status`) and records consent; the rest of the record as GET returned it is ignored. */
export class UpdateMatchDto {
  @ApiPropertyOptional({ enum: MATCH_STATUSES }) @ValidateIf((o: UpdateMatchDto) => o.status !== undefined) @IsIn(MATCH_STATUSES) status?: MatchStatus;
  @ApiPropertyOptional({ description: 'required with status moved_in' }) @IsOptional() @IsIsoDay() movedInOn?: string | null;
  @ApiPropertyOptional({ description: 'required with status ended' }) @IsOptional() @IsIsoDay() endedOn?: string | null;
  @ApiPropertyOptional({ enum: MATCH_END_REASONS, description: 'required with status ended' }) @IsOptional() @IsIn(MATCH_END_REASONS) endReason?: MatchEndReason | null;
  @ApiPropertyOptional() @ValidateIf((o: UpdateMatchDto) => o.shareFirstName !== undefined) @IsBoolean() shareFirstName?: boolean;
  @ApiProperty() @IsInt() version: number;
  @Allow() id?: unknown;
  @Allow() requestId?: unknown;
  @Allow() offerId?: unknown;
  @Allow() requestCode?: unknown;
  @Allow() score?: unknown;
  @Allow() explanation?: unknown;
  @Allow() parts?: unknown;
  @Allow() householdSize?: unknown;
  @Allow() proposedBy?: unknown;
  @Allow() housingSituationId?: unknown;
  @Allow() hostName?: unknown;
  @Allow() hostContact?: unknown;
  @Allow() clientFirstName?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}
