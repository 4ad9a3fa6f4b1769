import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';

export class LoginDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(254) email: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) password: string;
}

export class RefreshDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) refreshToken: string;
}

export class MfaVerifyDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) mfaToken: string;
  @ApiProperty({ description: 'a 6-digit TOTP code or an unused recovery code' }) @IsString() @MinLength(1) @MaxLength(40) code: string;
}

export class TotpConfirmDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(40) code: string;
}

export class InvitationAcceptDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) token: string;
  @ApiProperty({ minLength: 12 }) @IsString() @MinLength(12) @MaxLength(200) password: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) currentPassword: string;
  @ApiProperty({ minLength: 12 }) @IsString() @MinLength(12) @MaxLength(200) newPassword: string;
}

export class PasskeyRegisterDto {
  @ApiProperty() @IsUUID() challengeId: string;
  @ApiProperty({ description: 'the browser\'s registration response (@simplewebauthn/browser startRegistration)' }) @IsObject() response: RegistrationResponseJSON;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) name?: string;
}

export class MfaTokenDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) mfaToken: string;
}

export class MfaPasskeyVerifyDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) mfaToken: string;
  @ApiProperty() @IsUUID() challengeId: string;
  @ApiProperty() @IsObject() response: AuthenticationResponseJSON;
}

export class PasskeyLoginDto {
  @ApiProperty() @IsUUID() challengeId: string;
  @ApiProperty() @IsObject() response: AuthenticationResponseJSON;
}
