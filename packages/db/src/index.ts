export * from './cities/repository.js';
export { createDb, type Db, type DialectName, dialectOf } from './create-db.js';
export type { Database } from './database.js';
export * from './forum/delegation-members.js';
export * from './forum/repository.js';
export { migrateToLatest } from './migrate.js';
export { demoDelegations, demoEdition, seedDemo } from './seed/demo.js';
export { loadDirectory, seedDirectory } from './seed/directory.js';
export * from './people/index.js';
export { inSavepoint } from './transaction.js';
export { conflictOnUniqueViolation, isUniqueViolation } from './unique-violation.js';
export * from './courses/index.js';
export * from './program/index.js';
export { demoProgram, seedProgram } from './seed/program.js';
// Enrolments, cohorts and the progress log (the learning helper's part of packages/db/src/courses).
export * from './courses/cohort-table.js';
export * from './courses/cohorts.js';
export * from './courses/enrollments.js';
export * from './courses/progress-events.js';
