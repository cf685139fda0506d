// The public entry of the audit module: what other modules may use. Everything else in this folder is internal.
export { recordAudit } from './audit.service.js';
export type { AuditEntry } from './audit.service.js';
