import { Initial1795464994645 } from './1795464994645-initial';
import { Casework1795465702142 } from './1795465702142-casework';
import { StatsIndexes1795467824725 } from './1795467824725-stats-indexes';
import { Housing1795468045120 } from './1795468045120-housing';
import { Intake1795470000000 } from './1795470000000-intake';
import { Imports1795982000000 } from './1795982000000-imports';

/** The one linear migration history, oldest first. Never edit a migration once it has landed. */
export const MIGRATIONS = [Initial1795464994645, Casework1795465702142, StatsIndexes1795467824725, Housing1795468045120, Intake1795470000000, Imports1795982000000];
