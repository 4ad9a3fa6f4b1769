export * from './parsing/sheet';
export * from './parsing/read-spreadsheet';
export * from './mapping/synonyms';
export * from './mapping/map-rows';
