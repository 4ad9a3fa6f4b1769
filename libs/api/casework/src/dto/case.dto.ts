import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';

const receipt = ({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? null : value.replace(/[\s-]/g, '').toUpperCase()) : value);
const RECEIPT = /^[A-Z]{3}\d{10}$/;
const RECEIPT_MESSAGE = 'must be a USCIS receipt number: 3 letters and 10 digits';

export class CaseFieldsDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @ApiPropertyOptional() @IsOptional() @Transform(receipt) @Matches(RECEIPT, { message: `i589ReceiptNumber ${RECEIPT_MESSAGE}` }) i589ReceiptNumber?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(receipt) @Matches(RECEIPT, { message: `i765ReceiptNumber ${RECEIPT_MESSAGE}` }) i765ReceiptNumber?: string | null;
  @ApiPropertyOptional({ description: 'a deadline set by an immigration judge; wins when earlier' }) @IsOptional() @IsIsoDay() judgeDeadlineOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() oneYearExceptionClaimed?: boolean;
}

export class CreateCaseDto extends CaseFieldsDto {
  @ApiProperty() @IsUUID() clientId: string;
  @ApiProperty({ enum: CASE_KINDS }) @IsIn(CASE_KINDS) kind: CaseKind;
}

/** The record as GET returned it; computed and read-only fields are accepted and ignored. */
export class UpdateCaseDto extends CaseFieldsDto {
  @ApiPropertyOptional({ enum: CASE_KINDS }) @ValidateIf((o: UpdateCaseDto) => o.kind !== undefined) @IsIn(CASE_KINDS) kind?: CaseKind;
  @ApiProperty() @IsInt() version: number;
  @Allow() id?: unknown;
  @Allow() clientId?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() oneYearDeadline?: unknown;
  @Allow() clockStartedOn?: unknown;
  @Allow() clockDays?: unknown;
  @Allow() clockStoppedDays?: unknown;
  @Allow() clockRunning?: unknown;
  @Allow() eadMayFileOn?: unknown;
  @Allow() eadEarliestGrantOn?: unknown;
  @Allow() eadDecisionDueOn?: unknown;
  @Allow() eadInHandOn?: unknown;
  @Allow() daysWithoutWorkAuthorization?: unknown;
  @Allow() daysWithoutWorkAuthorizationSinceArrival?: unknown;
  @Allow() workAuthorizedOn?: unknown;
  @Allow() permitExpiresOn?: unknown;
  @Allow() renewalMayFileOn?: unknown;
  @Allow() annualFeeNoticeOn?: unknown;
  @Allow() annualFeeDueOn?: unknown;
  @Allow() annualFeeAmount?: unknown;
  @Allow() annualFeePaidOn?: unknown;
  @Allow() flags?: unknown;
  @Allow() explanations?: unknown;
  @Allow() clientCode?: unknown;
}
