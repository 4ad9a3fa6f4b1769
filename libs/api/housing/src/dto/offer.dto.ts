import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { OFFER_COSTS, OFFER_STATUSES, OFFER_TYPES, type OfferCost, type OfferStatus, type OfferType } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';
import { IsLanguageList, emptyToNull, trim } from './common';

export class HouseRulesDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() petsAllowed?: boolean | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() smokingAllowed?: boolean | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() accessible?: boolean | null;
}

class OfferFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() availableUntil?: string | null;
  @ApiPropertyOptional({ type: [String] }) @ValidateIf((o: OfferFieldsDto) => o.languages !== undefined) @IsLanguageList() languages?: string[];
  @ApiPropertyOptional({ type: HouseRulesDto }) @IsOptional() @ValidateNested() @Type(() => HouseRulesDto) houseRules?: HouseRulesDto | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
  @ApiPropertyOptional({ description: 'phone or email; encrypted at rest, shown to a caseworker only through an accepted match' })
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(300) hostContact?: string | null;
  @ApiPropertyOptional({ enum: OFFER_STATUSES }) @ValidateIf((o: OfferFieldsDto) => o.status !== undefined) @IsIn(OFFER_STATUSES) status?: OfferStatus;
}

export class CreateHousingOfferDto extends OfferFieldsDto {
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) region: string;
  @ApiProperty({ enum: OFFER_TYPES }) @IsIn(OFFER_TYPES) type: OfferType;
  @ApiProperty() @IsInt() @Min(1) @Max(50) capacity: number;
  @ApiProperty() @IsIsoDay() availableFrom: string;
  @ApiProperty({ enum: OFFER_COSTS }) @IsIn(OFFER_COSTS) cost: OfferCost;
}

/** The record as GET returned it; read-only and computed fields are accepted and ignored. */
export class UpdateHousingOfferDto extends OfferFieldsDto {
  @ApiPropertyOptional() @ValidateIf((o: UpdateHousingOfferDto) => o.region !== undefined) @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) region?: string;
  @ApiPropertyOptional({ enum: OFFER_TYPES }) @ValidateIf((o: UpdateHousingOfferDto) => o.type !== undefined) @IsIn(OFFER_TYPES) type?: OfferType;
  @ApiPropertyOptional() @ValidateIf((o: UpdateHousingOfferDto) => o.capacity !== undefined) @IsInt() @Min(1) @Max(50) capacity?: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateHousingOfferDto) => o.availableFrom !== undefined) @IsIsoDay() availableFrom?: string;
  @ApiPropertyOptional({ enum: OFFER_COSTS }) @ValidateIf((o: UpdateHousingOfferDto) => o.cost !== undefined) @IsIn(OFFER_COSTS) cost?: OfferCost;
  @ApiProperty() @IsInt() version: number;
  @Allow() id?: unknown;
  @Allow() hostId?: unknown;
  @Allow() remainingCapacity?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}
