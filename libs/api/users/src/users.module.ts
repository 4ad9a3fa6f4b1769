import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ct/api-audit';
import { InvitationEntity } from './entities/invitation.entity';
import { UserEntity } from './entities/user.entity';
import { CaseworkersController } from './caseworkers.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, InvitationEntity]), AuditModule],
  controllers: [UsersController, CaseworkersController],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
