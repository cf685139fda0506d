// Runs the background jobs: in `lotse start`'s process by default (LOTSE_WORKER=false turns it off, e.g.
// for extra web processes), and once-through in tests.
import { run, runOnce } from 'graphile-worker';
import type { Config } from '../config.js';
import { createMailer } from '../lib/mailer.js';
import { quietLogger } from './queue.js';
import { taskList } from './tasks.js';

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(config: Config, connectionString: string): Promise<Worker> {
  const mailer = createMailer(config);
  const runner = await run({ connectionString, concurrency: 2, noHandleSignals: true, pollInterval: 2000, taskList: taskList(mailer), logger: quietLogger });
  return {
    stop: async () => {
      await runner.stop();
      mailer.close();
    },
  };
}

/** Works through every job that is due now, then returns. */
export async function runDueJobs(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, connectionString: string): Promise<void> {
  const mailer = createMailer(config);
  try {
    await runOnce({ connectionString, taskList: taskList(mailer), logger: quietLogger });
  } finally {
    mailer.close();
  }
}
