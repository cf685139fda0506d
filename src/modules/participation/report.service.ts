// The participation report of a published process: every module's part collected and computed into
// public aggregates (report.ts). Nothing personal leaves this function.
import type { Db } from '../../db/database.js';
import type { ProcessReportPart } from '../../platform/process-report.js';
import { buildReport, type ProcessReport } from './report.js';
import { processView } from './processes.service.js';
import type { ProcessView } from './processes.view-model.js';

export async function processReport(
  db: Db,
  parts: readonly ProcessReportPart[],
  slug: string,
): Promise<{ process: ProcessView; report: ProcessReport }> {
  const process = await processView(db, slug);
  const collected = await Promise.all(parts.map((p) => p.collect(db, process.id)));
  return {
    process,
    report: buildReport(
      process.phases,
      collected.flatMap((c) => c.counts),
      collected.map((c) => c.participants),
    ),
  };
}
