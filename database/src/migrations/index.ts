import { Initial1795464994645 } from './1795464994645-initial';
import { Casework1795465702142 } from './1795465702142-casework';

/** The one linear migration history, oldest first. Never edit a migration once it has landed. */
export const MIGRATIONS = [Initial1795464994645, Casework1795465702142];
