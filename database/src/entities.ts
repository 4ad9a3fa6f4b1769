import { AuditEventEntity } from '@ct/api-audit';
import { AuthThrottleEntity, RefreshTokenEntity } from '@ct/api-auth';
import { CaseEntity, ClientEntity, HousingSituationEntity, MilestoneEntity, NoteEntity, SupportNeedEntity } from '@ct/api-casework';
import { HousingOfferEntity, HousingRequestEntity, MatchEntity } from '@ct/api-housing';
import { ImportJobEntity, ImportMappingEntity, ImportRowKeyEntity } from '@ct/api-import';
import { UserEntity } from '@ct/api-users';

/** Every entity of the schema, for the data source and the migration check. */
export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  AuthThrottleEntity,
  AuditEventEntity,
  ClientEntity,
  CaseEntity,
  MilestoneEntity,
  HousingSituationEntity,
  SupportNeedEntity,
  NoteEntity,
  HousingOfferEntity,
  HousingRequestEntity,
  MatchEntity,
  ImportJobEntity,
  ImportRowKeyEntity,
  ImportMappingEntity,
];
