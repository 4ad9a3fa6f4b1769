import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FactorsSummary, ROLES } from '@ct/contracts';
import { APP_CONFIG, type AppConfig, CurrentUser, IdPipe, Public, type RequestUser, Roles } from '@ct/api-core';
import { answer, loginClient } from '../client';
import { MfaPasskeyVerifyDto, MfaTokenDto, MfaVerifyDto, PasskeyLoginDto, PasskeyRegisterDto, TotpConfirmDto } from '../dto/auth.dto';
import { PasskeyFlowService } from '../passkeys/passkey-flow.service';
import { PasskeysService } from '../passkeys/passkeys.service';
import { MfaFlowService } from './mfa-flow.service';
import { MfaService } from './mfa.service';

/**
 * Second factors. The routes marked public take the mfaToken (in the body for verify, as the bearer for
 * enrollment) or, for enrollment, a signed-in user's access token, and check it themselves.
 */
@ApiTags('auth')
@Controller('auth')
export class MfaController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mfa: MfaService,
    private readonly flow: MfaFlowService,
    private readonly passkeys: PasskeysService,
    private readonly passkeyFlow: PasskeyFlowService,
  ) {}

  @Public()
  @Post('mfa/verify')
  @HttpCode(200)
  async verify(@Body() dto: MfaVerifyDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, await this.flow.verify(dto.mfaToken, dto.code, loginClient(req)));
  }

  @Public()
  @ApiBearerAuth()
  @Post('mfa/totp/setup')
  @HttpCode(200)
  async totpSetup(@Headers('authorization') authorization: string | undefined) {
    const caller = await this.flow.resolveCaller(authorization);
    return this.mfa.setupTotp(caller.user);
  }

  @Public()
  @ApiBearerAuth()
  @Post('mfa/totp/confirm')
  @HttpCode(200)
  async totpConfirm(@Body() dto: TotpConfirmDto, @Headers('authorization') authorization: string | undefined, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const caller = await this.flow.resolveCaller(authorization);
    return answer(reply, await this.flow.confirmTotp(caller, dto.code, loginClient(req)));
  }

  /** Passkey enrollment, step 1: options for the browser (mfaToken or access token as the bearer). */
  @Public()
  @ApiBearerAuth()
  @Post('passkeys/register/options')
  @HttpCode(200)
  async passkeyRegisterOptions(@Headers('authorization') authorization: string | undefined) {
    const caller = await this.flow.resolveCaller(authorization);
    return this.passkeys.registrationOptions(caller.user);
  }

  /** Passkey enrollment, step 2: the browser's response; with an enrollment mfaToken this signs in. */
  @Public()
  @ApiBearerAuth()
  @Post('passkeys/register')
  @HttpCode(200)
  async passkeyRegister(@Body() dto: PasskeyRegisterDto, @Headers('authorization') authorization: string | undefined, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const caller = await this.flow.resolveCaller(authorization);
    return answer(reply, await this.passkeyFlow.register(caller, dto, loginClient(req)));
  }

  /** Second factor by passkey: options for the mfaToken's user. */
  @Public()
  @Post('mfa/passkey/options')
  @HttpCode(200)
  passkeyOptions(@Body() dto: MfaTokenDto) {
    return this.passkeyFlow.secondFactorOptions(dto.mfaToken);
  }

  @Public()
  @Post('mfa/passkey/verify')
  @HttpCode(200)
  async passkeyVerify(@Body() dto: MfaPasskeyVerifyDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, await this.passkeyFlow.secondFactor(dto, loginClient(req)));
  }

  /** Passwordless sign-in with a discoverable passkey and user verification. */
  @Public()
  @Post('passkeys/login/options')
  @HttpCode(200)
  passwordlessOptions() {
    return this.passkeys.authenticationOptions(null);
  }

  @Public()
  @Post('passkeys/login')
  @HttpCode(200)
  async passwordless(@Body() dto: PasskeyLoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, await this.passkeyFlow.passwordless(dto, loginClient(req)));
  }

  /** The caller's own factors. */
  @ApiBearerAuth()
  @Roles(...ROLES)
  @Get('factors')
  async factors(@CurrentUser() actor: RequestUser): Promise<FactorsSummary> {
    return { ...(await this.mfa.summary(actor.id)), required: this.config.mfaRequiredRoles.includes(actor.role) };
  }

  @ApiBearerAuth()
  @Roles(...ROLES)
  @Post('mfa/recovery-codes')
  @HttpCode(200)
  async recoveryCodes(@CurrentUser() actor: RequestUser) {
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(actor) };
  }

  @ApiBearerAuth()
  @Roles(...ROLES)
  @Delete('mfa/totp')
  @HttpCode(204)
  async removeTotp(@CurrentUser() actor: RequestUser): Promise<void> {
    await this.mfa.removeTotp(actor, this.config.mfaRequiredRoles.includes(actor.role));
  }

  @ApiBearerAuth()
  @Roles(...ROLES)
  @Delete('passkeys/:id')
  @HttpCode(204)
  async removePasskey(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser): Promise<void> {
    await this.passkeys.remove(actor, id, this.config.mfaRequiredRoles.includes(actor.role));
  }
}
