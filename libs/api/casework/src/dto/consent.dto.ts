import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';

export class CreateConsentDto {
  @ApiProperty() @IsUUID() clientId: string;
  @ApiProperty({ enum: CONSENT_PURPOSES }) @IsIn(CONSENT_PURPOSES) purpose: ConsentPurpose;
  @ApiProperty({ description: 'true: the client agreed; false: the client refused' }) @IsBoolean() granted: boolean;
  @ApiPropertyOptional({ description: 'contact_channel: the channel (phone, sms, email, signal, whatsapp, telegram, in_person); partner_sharing: the organization' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  detail?: string | null;
  @ApiProperty() @IsIsoDay() givenOn: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() expiresOn?: string | null;
}

/** A consent record is history: only its expiry and its withdrawal change afterwards. */
export class UpdateConsentDto {
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() expiresOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() withdrawnOn?: string | null;
  @ApiPropertyOptional({ description: 'true: withdrawn today (the organization’s today), instead of giving withdrawnOn' }) @IsOptional() @IsBoolean() withdraw?: boolean;
  @ApiProperty() @IsInt() version: number;
  // Read-only fields the back office sends back.
  @Allow() id?: unknown;
  @Allow() clientId?: unknown;
  @Allow() purpose?: unknown;
  @Allow() granted?: unknown;
  @Allow() detail?: unknown;
  @Allow() givenOn?: unknown;
  @Allow() inForce?: unknown;
  @Allow() recordedById?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}
