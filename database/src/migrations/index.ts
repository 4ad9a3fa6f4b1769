import { Initial1795464994645 } from './1795464994645-initial';
import { Casework1795465702142 } from './1795465702142-casework';
import { StatsIndexes1795467824725 } from './1795467824725-stats-indexes';
import { Housing1795468045120 } from './1795468045120-housing';
import { AuthSessionsFactors1795979756615 } from './1795979756615-auth-sessions-factors';
import { Lifecycle1795980000000 } from './1795980000000-lifecycle';
import { RuntimeRole1795980139847 } from './1795980139847-runtime-role';
import { AuditChain1795980634777 } from './1795980634777-audit-chain';
import { StatsRecordKeys1795981000000 } from './1795981000000-stats-record-keys';
import { Deadlines1795982000000 } from './1795982000000-deadlines';
import { Intake1795983000000 } from './1795983000000-intake';

/** The one linear migration history, oldest first. Never edit a migration once it has landed. */
export const MIGRATIONS = [
  Initial1795464994645,
  Casework1795465702142,
  StatsIndexes1795467824725,
  Housing1795468045120,
  AuthSessionsFactors1795979756615,
  Lifecycle1795980000000,
  RuntimeRole1795980139847,
  AuditChain1795980634777,
  StatsRecordKeys1795981000000,
  Deadlines1795982000000,
  Intake1795983000000,
];
