import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { HOUSING_REQUEST_STATUSES, type HousingRequestStatus, URGENCIES, type Urgency } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';
import { IsLanguageList, trim } from './common';

export class RequestConstraintsDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() pets?: boolean;
  @ApiPropertyOptional({ description: 'true: someone smokes; false: wants smoke-free; null: no preference' }) @IsOptional() @IsBoolean() smoking?: boolean | null;
  @ApiPropertyOptional({ description: 'needs an accessible home (never shown to volunteers)' }) @IsOptional() @IsBoolean() accessibility?: boolean;
}

class RequestFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() neededUntil?: string | null;
  @ApiPropertyOptional({ description: "defaults to the client's household size" }) @ValidateIf((o: RequestFieldsDto) => o.householdSize !== undefined) @IsInt() @Min(1) @Max(20) householdSize?: number;
  @ApiPropertyOptional({ type: [String], description: "defaults to the client's languages" }) @ValidateIf((o: RequestFieldsDto) => o.languages !== undefined) @IsLanguageList() languages?: string[];
  @ApiPropertyOptional({ type: RequestConstraintsDto }) @IsOptional() @ValidateNested() @Type(() => RequestConstraintsDto) constraints?: RequestConstraintsDto | null;
  @ApiPropertyOptional({ enum: URGENCIES }) @ValidateIf((o: RequestFieldsDto) => o.urgency !== undefined) @IsIn(URGENCIES) urgency?: Urgency;
}

export class CreateHousingRequestDto extends RequestFieldsDto {
  @ApiProperty({ description: 'write-only: never shown to volunteers' }) @IsUUID() clientId: string;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) region: string;
  @ApiProperty() @IsIsoDay() neededFrom: string;
}

/** The record as GET returned it; read-only fields are accepted and ignored. */
export class UpdateHousingRequestDto extends RequestFieldsDto {
  @ApiPropertyOptional() @ValidateIf((o: UpdateHousingRequestDto) => o.region !== undefined) @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) region?: string;
  @ApiPropertyOptional() @ValidateIf((o: UpdateHousingRequestDto) => o.neededFrom !== undefined) @IsIsoDay() neededFrom?: string;
  @ApiPropertyOptional({ enum: HOUSING_REQUEST_STATUSES }) @ValidateIf((o: UpdateHousingRequestDto) => o.status !== undefined) @IsIn(HOUSING_REQUEST_STATUSES) status?: HousingRequestStatus;
  @ApiProperty() @IsInt() version: number;
  @Allow() id?: unknown;
  @Allow() code?: unknown;
  @Allow() clientId?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}
