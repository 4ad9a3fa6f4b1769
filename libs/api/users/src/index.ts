export * from './users.module';
export * from './users.service';
export * from './entities/user.entity';
export * from './password-hasher';
export * from './entities/invitation.entity';
export * from './password-policy';
