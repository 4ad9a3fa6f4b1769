import { AuditEventEntity } from '@ct/api-audit';
import { AuthSessionEntity, AuthThrottleEntity, MfaChallengeEntity, PasskeyEntity, RecoveryCodeEntity, RefreshTokenEntity, TotpFactorEntity, WebauthnChallengeEntity } from '@ct/api-auth';
import { CaseEntity, ClientEntity, ConsentEntity, HousingSituationEntity, MilestoneEntity, NoteEntity, SupportNeedEntity } from '@ct/api-casework';
import { CalendarFeedEntity, DigestDeliveryEntity, MailOutboxEntity, TaskEntity } from '@ct/api-deadlines';
import { JobRunEntity } from '@ct/api-jobs';
import { HousingOfferEntity, HousingRequestEntity, MatchEntity } from '@ct/api-housing';
import { InvitationEntity, UserEntity } from '@ct/api-users';

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
  ConsentEntity,
  HousingOfferEntity,
  HousingRequestEntity,
  MatchEntity,
  AuthSessionEntity,
  MfaChallengeEntity,
  TotpFactorEntity,
  RecoveryCodeEntity,
  PasskeyEntity,
  WebauthnChallengeEntity,
  InvitationEntity,
  JobRunEntity,
  TaskEntity,
  DigestDeliveryEntity,
  MailOutboxEntity,
  CalendarFeedEntity,
];
