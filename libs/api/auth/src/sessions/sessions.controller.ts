import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES, type SessionRecord } from '@ct/contracts';
import { CurrentUser, IdPipe, type RequestUser, Roles } from '@ct/api-core';
import { MfaService } from '../mfa/mfa.service';
import { SessionsService } from './sessions.service';

/** Each person sees and ends their own sign-in sessions. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/sessions')
@Roles(...ROLES)
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  list(@CurrentUser() actor: RequestUser): Promise<SessionRecord[]> {
    return this.sessions.list(actor.id, actor.sessionId);
  }

  @Delete(':id')
  @HttpCode(204)
  async end(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser): Promise<void> {
    await this.sessions.endOwn(actor, id);
  }
}

/** What an admin does about another person's sign-in: end every session, remove every factor. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users/:id')
@Roles('admin')
export class UserSecurityController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly mfa: MfaService,
  ) {}

  @Delete('sessions')
  @HttpCode(200)
  async endSessions(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return { ended: await this.sessions.endAllByAdmin(actor, id) };
  }

  @Delete('factors')
  @HttpCode(204)
  async resetFactors(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser): Promise<void> {
    await this.mfa.resetFactors(actor, id);
  }
}
