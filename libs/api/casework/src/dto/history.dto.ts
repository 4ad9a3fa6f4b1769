import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import {
  HOUSING_CATEGORIES,
  type HousingCategory,
  SUPPORT_NEED_CATEGORIES,
  type SupportNeedCategory,
  URGENCIES,
  type Urgency,
} from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';

const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** Read-only fields a PUT may carry back. */
class ReadOnlyFields {
  @Allow() id?: unknown;
  @Allow() clientId?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}

export class CreateHousingSituationDto {
  @ApiProperty() @IsUUID() clientId: string;
  @ApiProperty({ enum: HOUSING_CATEGORIES }) @IsIn(HOUSING_CATEGORIES) category: HousingCategory;
  @ApiProperty() @IsIsoDay() startedOn: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() endedOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
}

export class UpdateHousingSituationDto extends ReadOnlyFields {
  @ApiPropertyOptional({ enum: HOUSING_CATEGORIES }) @ValidateIf((o: UpdateHousingSituationDto) => o.category !== undefined) @IsIn(HOUSING_CATEGORIES) category?: HousingCategory;
  @ApiPropertyOptional() @ValidateIf((o: UpdateHousingSituationDto) => o.startedOn !== undefined) @IsIsoDay() startedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() endedOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
}

export class CreateSupportNeedDto {
  @ApiProperty() @IsUUID() clientId: string;
  @ApiProperty({ enum: SUPPORT_NEED_CATEGORIES }) @IsIn(SUPPORT_NEED_CATEGORIES) category: SupportNeedCategory;
  @ApiPropertyOptional({ enum: URGENCIES }) @IsOptional() @IsIn(URGENCIES) urgency?: Urgency;
  @ApiProperty() @IsIsoDay() openedOn: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() metOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
}

export class UpdateSupportNeedDto extends ReadOnlyFields {
  @ApiPropertyOptional({ enum: SUPPORT_NEED_CATEGORIES }) @ValidateIf((o: UpdateSupportNeedDto) => o.category !== undefined) @IsIn(SUPPORT_NEED_CATEGORIES) category?: SupportNeedCategory;
  @ApiPropertyOptional({ enum: URGENCIES }) @ValidateIf((o: UpdateSupportNeedDto) => o.urgency !== undefined) @IsIn(URGENCIES) urgency?: Urgency;
  @ApiPropertyOptional() @ValidateIf((o: UpdateSupportNeedDto) => o.openedOn !== undefined) @IsIsoDay() openedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() metOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
}

export class CreateNoteDto {
  @ApiProperty() @IsUUID() clientId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(10000) body: string;
}

export class UpdateNoteDto extends ReadOnlyFields {
  @ApiPropertyOptional() @ValidateIf((o: UpdateNoteDto) => o.body !== undefined) @IsString() @MinLength(1) @MaxLength(10000) body?: string;
  @Allow() authorId?: unknown;
}
