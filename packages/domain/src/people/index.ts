export * from './access.js';
export * from './csv-import.js';
export * from './schemas.js';
export * from './tokens.js';
