/**
 * Request and response shapes of the Guildhall API, mirroring docs/api.md.
 *
 * This is the only file the web app takes API shapes from. The declarations narrow the
 * server's TypeBox contracts (role, permission and locale unions where the server says
 * `string`); the checks in types/contract-checks.ts fail to compile when a contract gains, loses or retypes a
 * field. To use the server's types directly, replace a declaration here with
 * `Static<typeof Contracts.X>` in its domain file under types/; no other file changes.
 */
export * from './types/common';
export * from './types/auth';
export * from './types/organisation';
export * from './types/customers';
export * from './types/events';
export * from './types/imports';
export * from './types/membership';
export * from './types/venues';
export * from './types/loyalty';
