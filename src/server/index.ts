/**
 * `mechnet/server` (Node only): receive enrolment applications into a real
 * database and serve the public record. A store (`sqliteStore`,
 * `postgresStore`), a Fetch-API handler (`createHandler`) and a listener for
 * Node's http server (`toNodeListener`).
 */
export { createHandler, type HandlerOptions } from './handler.js';
export { toNodeListener } from './node.js';
export { postgresStore } from './postgres.js';
export { sqliteStore, type SqliteStoreOptions } from './sqlite.js';
export { SCHEMA_VERSION, type AppendOptions, type AppendResult, type Store, type StoredEvent, type StoredProgramme, type StoredResponse } from './store.js';
export { openStore } from './open.js';
export { staticFiles, type StaticFilesOptions } from './static.js';
