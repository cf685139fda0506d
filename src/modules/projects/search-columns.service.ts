// PostgreSQL's own full-text columns of the Vorhaben (used where the search index of the processes is not:
// the back office's search, partner matchmaking, LOTSE_SEARCH_INDEX=false). A large import writes its
// Vorhaben without them, which saves three quarters of PostgreSQL's work there, and queues this job,
// which fills them in right after the import commits, a few hundred Vorhaben per transaction.
import type { Db } from '../../db/database.js';
import { enqueue } from '../../jobs/queue.js';
import { deferSearchColumns, fillSearchColumns } from './search-columns.repository.js';

/** From this many rows on, an import leaves the full-text columns to the job. */
export const DEFER_SEARCH_AFTER = 2000;
const FILL_BATCH = 500;
const JOB_KEY = 'project_search_fill';

/** Inside the import's transaction: the rest is written without full-text columns, and the job runs after it. */
export async function deferSearchColumnsToJob(trx: Db): Promise<void> {
  await deferSearchColumns(trx);
  await enqueue(trx, 'project_search_fill', {}, { jobKey: JOB_KEY, maxAttempts: 5 });
}

/** The job: fills in every Vorhaben's missing full-text columns; how many. */
export async function fillDeferredSearchColumns(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const n = await fillSearchColumns(db, FILL_BATCH);
    filled += n;
    if (n < FILL_BATCH) return filled;
  }
}
