// The Vorhabenliste import in the browser: an upload is checked in a dry run and kept; only its
// confirmation imports it, with the same all-or-nothing rule as the command line. The confirmation
// runs the whole check again, so a register that changed in between cannot be half-updated.
import crypto from 'node:crypto';
import type { Db } from '../../../db/database.js';
import { AppError, forbidden } from '../../../lib/errors.js';
import type { StaffActor } from '../../../platform/actor.js';
import { recordAudit } from '../../audit/index.js';
import { mayOnProject } from '../projects.policy.js';
import { formatFromFileName, type ImportReport, importVorhabenliste } from './import.service.js';
import { insertPendingImport, takePendingImport } from './pending-imports.repository.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const PENDING_MINUTES = 60;

export function assertMayImport(actor: StaffActor): void {
  if (!mayOnProject(actor, 'import', [])) throw forbidden();
}

export async function checkUpload(
  db: Db,
  actor: StaffActor,
  fileName: string,
  content: Buffer,
): Promise<{ id: string | null; report: ImportReport }> {
  assertMayImport(actor);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  const report = await importVorhabenliste(db, text, { format: formatFromFileName(fileName), dryRun: true, actor });
  if (report.problems.length) return { id: null, report };
  const id = crypto.randomBytes(18).toString('base64url');
  await insertPendingImport(db, { id, userId: actor.id, fileName, content: text });
  return { id, report };
}

export async function confirmUpload(db: Db, actor: StaffActor, id: string): Promise<{ fileName: string; report: ImportReport }> {
  assertMayImport(actor);
  const pending = await takePendingImport(db, id, actor.id, PENDING_MINUTES);
  if (!pending) throw new AppError(410, 'import_expired', 'importPage.expired');
  const report = await importVorhabenliste(db, pending.content, { format: formatFromFileName(pending.file_name), actor });
  if (report.applied) {
    await recordAudit(db, actor, {
      action: 'import.run',
      entityType: 'import',
      entityId: pending.file_name,
      summary: `${pending.file_name}: ${report.created.length} / ${report.updated.length} / ${report.unchanged}`,
      after: { created: report.created.map((c) => c.slug), updated: report.updated.map((u) => u.slug), unchanged: report.unchanged },
    });
  }
  return { fileName: pending.file_name, report };
}
