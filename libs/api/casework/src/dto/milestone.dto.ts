import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { MILESTONE_TYPES, type MilestoneType } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';

const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value);

export class CreateMilestoneDto {
  @ApiProperty() @IsUUID() caseId: string;
  @ApiProperty({ enum: MILESTONE_TYPES }) @IsIn(MILESTONE_TYPES) type: MilestoneType;
  @ApiProperty() @IsIsoDay() date: string;
  @ApiPropertyOptional({ description: 'only for CLOCK_STOP: the day the clock resumes (exclusive)' }) @IsOptional() @IsIsoDay() endDate?: string | null;
  @ApiPropertyOptional({ description: "only for permit approvals and cards: the card's first valid day" }) @IsOptional() @IsIsoDay() validFrom?: string | null;
  @ApiPropertyOptional({ description: "only for permit approvals and cards: the card's last valid day" }) @IsOptional() @IsIsoDay() validUntil?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
}

export class UpdateMilestoneDto {
  @ApiPropertyOptional({ enum: MILESTONE_TYPES }) @ValidateIf((o: UpdateMilestoneDto) => o.type !== undefined) @IsIn(MILESTONE_TYPES) type?: MilestoneType;
  @ApiPropertyOptional() @ValidateIf((o: UpdateMilestoneDto) => o.date !== undefined) @IsIsoDay() date?: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() endDate?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() validFrom?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() validUntil?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
  @Allow() id?: unknown;
  @Allow() caseId?: unknown;
  @Allow() clientId?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() warnings?: unknown;
}
