export * from './audit-events.js';
export * from './access.js';
export * from './csv-import.js';
export * from './schemas.js';
export * from './tokens.js';
export * from './permissions.js';
export * from './sessions.js';
