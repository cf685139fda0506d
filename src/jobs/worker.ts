// Runs the background jobs: in `lotse start`'s process by default (LOTSE_WORKER=false turns it off, e.g.
// for extra web processes), and once-through in tests. Which jobs exist is given by the caller (the
// modules' manifests, see src/worker.ts); the worker only knows the mail job of the platform.
import { run, runOnce, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { Config } from '../config.js';
import { createDb, type Db } from '../db/database.js';
import { createMailer, type Mailer } from '../lib/mailer.js';
import { HEARTBEAT_INTERVAL_MS, writeHeartbeat } from './heartbeat.repository.js';
import { sendMailTask } from './mail-task.js';
import { quietLogger } from './queue.js';

export interface Worker {
  stop(): Promise<void>;
}

export interface Jobs {
  tasks: (context: { db: Db; mailer: Mailer; baseUrl: string }) => TaskList;
  /** graphile-worker crontab lines, in UTC. */
  crontab: readonly string[];
}

const taskList = (jobs: Jobs, mailer: Mailer, db: Db, baseUrl: string): TaskList => ({
  send_mail: sendMailTask(mailer),
  ...jobs.tasks({ db, mailer, baseUrl }),
});

export async function startWorker(config: Config, connectionString: string, jobs: Jobs): Promise<Worker> {
  const mailer = createMailer(config);
  const db = createDb(connectionString, 3);
  const runner = await run({
    connectionString,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2000,
    taskList: taskList(jobs, mailer, db, config.publicUrl),
    crontab: jobs.crontab.join('\n'),
    logger: quietLogger,
    // Without batching (the default, -1) graphile-worker records a finished job without waiting for it,
    // and a stop does not wait either: a job that finished while the process was stopping stayed
    // locked, to run again hours later. Batched (even with no delay), the stop waits until it is recorded.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });
  const beat = () => writeHeartbeat(db).catch((err: Error) => console.error(`worker heartbeat failed: ${err.message}`));
  await beat();
  const heartbeat = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
  heartbeat.unref();
  return {
    stop: async () => {
      clearInterval(heartbeat);
      await runner.stop();
      mailer.close();
      await db.destroy();
    },
  };
}

/** Works through every job that is due now, then returns. */
export async function runDueJobs(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
  connectionString: string,
  jobs: Jobs,
): Promise<void> {
  const mailer = createMailer(config);
  const db = createDb(connectionString, 2);
  // Our own pool, ended before we return: no idle connection of the queue outlives the call.
  const pgPool = new pg.Pool({ connectionString, max: 2 });
  try {
    await writeHeartbeat(db);
    // Jobs added by jobs (a reminder enqueues its mails) run in the same call.
    for (let round = 0; round < 3; round++)
      await runOnce({ pgPool, taskList: taskList(jobs, mailer, db, config.publicUrl), logger: quietLogger });
  } finally {
    mailer.close();
    await db.destroy();
    await pgPool.end();
  }
}
