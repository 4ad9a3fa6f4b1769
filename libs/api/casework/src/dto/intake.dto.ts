import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CASE_KINDS, MILESTONE_TYPES, type CaseKind, type MilestoneType } from '@ct/contracts';
import { IsIsoDay } from '@ct/api-core';
import { CaseFieldsDto } from './case.dto';
import { CreateClientDto } from './client.dto';

const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value);

export class IntakeCaseDto extends CaseFieldsDto {
  @ApiProperty({ enum: CASE_KINDS }) @IsIn(CASE_KINDS) kind: CaseKind;
}

export class IntakeMilestoneDto {
  @ApiProperty({ enum: MILESTONE_TYPES }) @IsIn(MILESTONE_TYPES) type: MilestoneType;
  @ApiProperty() @IsIsoDay() date: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDay() endDate?: string | null;
  @ApiPropertyOptional() @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) note?: string | null;
}

/** One-screen intake: a client, optionally their case and its first milestones, saved together or not at all. */
export class IntakeDto {
  @ApiProperty({ type: CreateClientDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => CreateClientDto) client: CreateClientDto;
  @ApiPropertyOptional({ type: IntakeCaseDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => IntakeCaseDto) case?: IntakeCaseDto;
  @ApiPropertyOptional({ type: [IntakeMilestoneDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => IntakeMilestoneDto)
  milestones?: IntakeMilestoneDto[];
}
