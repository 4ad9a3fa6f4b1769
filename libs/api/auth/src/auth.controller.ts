import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES, type SignInOptions } from '@ct/contracts';
import { APP_CONFIG, type AppConfig, CurrentUser, Public, type RequestUser, Roles } from '@ct/api-core';
import { ChangePasswordDto, InvitationAcceptDto, LoginDto, RefreshDto } from './dto/auth.dto';
import { AuthService } from './auth.service';
import { answer, loginClient } from './client';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the sign-in page needs to know before anyone signs in: demo mode, and which roles need a second factor. */
  @Public()
  @Get('options')
  options(): SignInOptions {
    return { demo: this.config.seedDemo, secondFactorRoles: [...this.config.mfaRequiredRoles] as SignInOptions['secondFactorRoles'] };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, await this.auth.login(dto.email, dto.password, loginClient(req)));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }

  /** The invitation (or admin-started reset) link: sets the password, then continues like a sign-in. */
  @Public()
  @Post('invitation/accept')
  @HttpCode(200)
  async acceptInvitation(@Body() dto: InvitationAcceptDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, await this.auth.acceptInvitation(dto.token, dto.password, loginClient(req)));
  }

  /** Changes the caller's own password (the current one is required); their other sessions end. */
  @ApiBearerAuth()
  @Roles(...ROLES)
  @Post('password')
  @HttpCode(204)
  async changePassword(@Body() dto: ChangePasswordDto, @CurrentUser() actor: RequestUser): Promise<void> {
    await this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
  }
}
