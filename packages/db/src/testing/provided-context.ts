// What the global setup hands to every test file through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases: one database is made per test file. */
    pgAdminUrl: string;
  }
}

export {};
