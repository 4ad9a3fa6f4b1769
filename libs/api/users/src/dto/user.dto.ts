import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsUUID, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '@ct/contracts';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty() @Transform(trimLower) @IsEmail() @MaxLength(254) email: string;
  /** Without a password the answer carries a single-use `inviteUrl` through which the person sets one. */
  // Not IsOptional, which lets null through to the password rules: absent means none, null is refused.
  @ApiPropertyOptional({ minLength: 12 }) @ValidateIf((_o, v) => v !== undefined) @IsString() @MinLength(12) @MaxLength(200) password?: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) displayName?: string | null;
}

/** A PUT carries the record as GET returned it; read-only fields are accepted and ignored. */
export class UpdateUserDto {
  // Not IsOptional: that would let null through, and an account always has an email.
  @ApiPropertyOptional() @ValidateIf((_o, v) => v !== undefined) @Transform(trimLower) @IsEmail() @MaxLength(254) email?: string;
  // Not IsOptional, which lets null through to the password rules: absent means none, null is refused.
  @ApiPropertyOptional({ minLength: 12 }) @ValidateIf((_o, v) => v !== undefined) @IsString() @MinLength(12) @MaxLength(200) password?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) displayName?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() disabled?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() version?: number;
  @ApiPropertyOptional({ description: "when disabling a caseworker who still has clients: who takes them over" }) @IsOptional() @IsUUID() reassignClientsTo?: string;
  // Read-only fields react-admin sends back: accepted, ignored.
  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() lastLoginAt?: unknown;
}
