export * from './stats.module';
export * from './hardship-report';
export { hardshipCsv, exportTables } from './hardship-export';
export { hardshipStatements, HARDSHIP_SESSION_SETTINGS, HARDSHIP_MILESTONE_TYPES, type HardshipSqlParams, type HardshipStatement } from './hardship.sql';
export { hardshipSqlParams, parseHardshipQuery, type HardshipRequest } from './hardship.service';
