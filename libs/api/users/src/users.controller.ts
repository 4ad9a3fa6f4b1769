import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.users.list(query, actor);
    setContentRange(reply, 'users', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: string) {
    return this.users.get(id);
  }

  @Post()
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: RequestUser) {
    return this.users.create(dto, actor);
  }

  /** Starts a password reset: the old password stops working, sessions end; answers the single-use link. */
  @Post(':id/password-reset')
  @HttpCode(200)
  resetPassword(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.users.startPasswordReset(id, actor);
  }

  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: RequestUser) {
    return this.users.update(id, dto, actor);
  }
}
