export { createTestDatabaseUrl, describeEachDialect, dialects, type TestDatabase, useTestDatabase } from './test-database.js';
export { countingStatements, statementsOf } from './statements.js';
