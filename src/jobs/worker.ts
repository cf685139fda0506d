// Runs the background jobs: in `lotse start`'s process by default (LOTSE_WORKER=false turns it off, e.g.
// for extra web processes), and once-through in tests.
import { run, runOnce } from 'graphile-worker';
import type { Config } from '../config.js';
import { createDb } from '../db/database.js';
import { createMailer } from '../lib/mailer.js';
import { quietLogger } from './queue.js';
import { crontab, taskList } from './tasks.js';

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(config: Config, connectionString: string): Promise<Worker> {
  const mailer = createMailer(config);
  const db = createDb(connectionString, 3);
  const runner = await run({ connectionString, concurrency: 2, noHandleSignals: true, pollInterval: 2000, taskList: taskList(mailer, db, config.publicUrl), crontab, logger: quietLogger });
  return {
    stop: async () => {
      await runner.stop();
      mailer.close();
      await db.destroy();
    },
  };
}

/** Works through every job that is due now, then returns. */
export async function runDueJobs(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>, connectionString: string): Promise<void> {
  const mailer = createMailer(config);
  const db = createDb(connectionString, 2);
  try {
    // Jobs added by jobs (a reminder enqueues its mails) run in the same call.
    for (let round = 0; round < 3; round++) await runOnce({ connectionString, taskList: taskList(mailer, db, config.publicUrl), logger: quietLogger });
  } finally {
    mailer.close();
    await db.destroy();
  }
}
