import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { UsersService } from './users.service';

/**
 * The active caseworkers a client can be assigned to: id and a display name only, so directors
 * (who reassign clients but do not read the user list) can choose one.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('caseworkers')
@Roles('admin', 'director')
export class CaseworkersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.users.listCaseworkers(query, actor);
    setContentRange(reply, 'caseworkers', skip, rows.length, total);
    return rows;
  }
}
