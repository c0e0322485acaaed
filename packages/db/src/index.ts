export * from './cities/repository.js';
export { createDb, type Db, type DialectName, dialectOf } from './create-db.js';
export type { Database } from './database.js';
export * from './forum/repository.js';
export { migrateToLatest } from './migrate.js';
export { demoDelegations, demoEdition, seedDemo } from './seed/demo.js';
export { loadDirectory, seedDirectory } from './seed/directory.js';
export * from './people/index.js';
export { conflictOnUniqueViolation, isUniqueViolation } from './unique-violation.js';
