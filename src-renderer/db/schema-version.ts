// Dexie's version of the schema (schema.ts declares each step up to it), apart
// from Dexie so that start-reads.ts can check public/start-read.js's rows
// without loading the store.
export const SCHEMA_VERSION = 3;
