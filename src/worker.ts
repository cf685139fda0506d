// The job worker with every module's jobs (their manifests in src/modules/index.ts). Recurring jobs run
// from graphile-worker's crontab in UTC, each module's purge of personal data in the quiet hours
// (docs/RETENTION.md says what each removes).
import type { TaskList } from 'graphile-worker';
import type { Config } from './config.js';
import * as worker from './jobs/worker.js';
import { modules } from './modules/index.js';

export const tasks: worker.Jobs['tasks'] = (context) => Object.assign({}, ...modules.map((m) => m.tasks?.(context) ?? {})) as TaskList;

/** Every module's recurring jobs; some take their time or payload from the configuration. */
export const crontab = (config: Config): string[] =>
  modules.flatMap((m) => (typeof m.crontab === 'function' ? m.crontab(config) : (m.crontab ?? [])));

export const startWorker = (config: Config, connectionString: string) =>
  worker.startWorker(config, connectionString, { tasks, crontab: crontab(config) });

/** Works through the due jobs once (tests); recurring jobs are queued by whoever calls it. */
export const runDueJobs = (config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>, connectionString: string) =>
  worker.runDueJobs(config, connectionString, { tasks, crontab: [] });
