import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { CONTACT_CHANNELS, EDUCATION_LEVELS, ENGLISH_LEVELS, type ContactChannel, type EducationLevel, type EnglishLevel } from '@ct/contracts';
import { IsIsoDay, normalizeANumber } from '@ct/api-core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const aNumber = ({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? null : (normalizeANumber(value) ?? value)) : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value);

/** Fields a caseworker may write on a client; shared by create and update. */
class ClientFieldsDto {
  @ApiPropertyOptional({ description: '8 or 9 digits; a leading A, spaces and dashes are accepted' })
  @IsOptional() @Transform(aNumber) @Matches(/^\d{8,9}$/, { message: 'aNumber must be 8 or 9 digits' })
  aNumber?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsIsoDay() dateOfBirth?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsEmail() @MaxLength(254) email?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(40) @Matches(/^[+()\d\s.-]{3,40}$/, { message: 'phone may hold digits, spaces and + ( ) . -' }) phone?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() lastArrivalOn?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MinLength(2, { each: true }) @MaxLength(35, { each: true })
  languages?: string[];

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS }) @IsOptional() @IsIn(EDUCATION_LEVELS) educationLevel?: EducationLevel | null;
  @ApiPropertyOptional({ enum: ENGLISH_LEVELS }) @IsOptional() @IsIn(ENGLISH_LEVELS) englishLevel?: EnglishLevel | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) profession?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(20) householdSize?: number;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) region?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsUUID() caseworkerId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() excludeFromStatistics?: boolean;
  @ApiPropertyOptional({ description: 'the name the client uses' }) @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) chosenName?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(40) pronouns?: string | null;
  @ApiPropertyOptional({ description: 'attorney of record' }) @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200) attorney?: string | null;
  @ApiPropertyOptional({ enum: CONTACT_CHANNELS }) @IsOptional() @IsIn(CONTACT_CHANNELS) contactChannel?: ContactChannel | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) contactHandle?: string | null;
  @ApiPropertyOptional({ description: 'asylum office or immigration court' }) @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) asylumOffice?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MinLength(2) @MaxLength(35) interpreterLanguage?: string | null;
}

export class CreateClientDto extends ClientFieldsDto {
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) firstName: string;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) lastName: string;
}

/** A PUT carries the record as GET returned it: read-only fields are accepted and ignored. */
export class UpdateClientDto extends ClientFieldsDto {
  @ApiPropertyOptional() @ValidateIf((o: UpdateClientDto) => o.firstName !== undefined) @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) firstName?: string;
  @ApiPropertyOptional() @ValidateIf((o: UpdateClientDto) => o.lastName !== undefined) @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) lastName?: string;
  @ApiProperty() @IsInt() version: number;
  @Allow() id?: unknown;
  @Allow() code?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() warnings?: unknown;
}
