import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateTaskDto, UpdateTaskDto } from './task.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
@Roles('caseworker', 'admin')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.tasks.list(query, actor);
    setContentRange(reply, 'tasks', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.tasks.get(id, actor);
  }

  @Post()
  create(@Body() dto: CreateTaskDto, @CurrentUser() actor: RequestUser) {
    return this.tasks.create(dto, actor);
  }

  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateTaskDto, @CurrentUser() actor: RequestUser) {
    return this.tasks.update(id, dto, actor);
  }

  @Delete(':id')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.tasks.remove(id, actor);
  }
}
