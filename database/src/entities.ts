import { AuditEventEntity } from '@ct/api-audit';
import { AuthThrottleEntity, RefreshTokenEntity } from '@ct/api-auth';
import { UserEntity } from '@ct/api-users';

/** Every entity of the schema, for the data source and the migration check. */
export const ENTITIES = [UserEntity, RefreshTokenEntity, AuthThrottleEntity, AuditEventEntity];
