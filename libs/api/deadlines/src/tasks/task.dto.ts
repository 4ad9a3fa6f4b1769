import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { TASK_STATUSES, type TaskStatus } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';

const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value);

export class CreateTaskDto {
  @ApiProperty() @IsUUID() clientId: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() caseId?: string | null;
  @ApiProperty() @IsIsoDay() dueOn: string;
  @ApiPropertyOptional({ description: 'a caseworker; default: the caller' }) @IsOptional() @IsUUID() assigneeId?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
}

export class UpdateTaskDto {
  @ApiPropertyOptional() @ValidateIf((o: UpdateTaskDto) => o.dueOn !== undefined) @IsIsoDay() dueOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() assigneeId?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
  @ApiPropertyOptional({ enum: TASK_STATUSES }) @ValidateIf((o: UpdateTaskDto) => o.status !== undefined) @IsIn(TASK_STATUSES) status?: TaskStatus;
  @ApiPropertyOptional({ description: 'hidden from the dashboard until this day' }) @IsOptional() @IsIsoDay() snoozedUntil?: string | null;
  @ApiProperty() @IsInt() version: number;
  @Allow() id?: unknown;
  @Allow() clientId?: unknown;
  @Allow() clientCode?: unknown;
  @Allow() caseId?: unknown;
  @Allow() kind?: unknown;
  @Allow() doneAt?: unknown;
  @Allow() generated?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}
