// `lotse start`: open (or start) the database, migrate, seed the demo on an empty database, listen.
import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { closeGracefully } from '../lib/graceful-close.js';
import { createAdminSetupToken } from '../modules/accounts/index.js';
import { startWorker } from '../worker.js';

export async function startCommand(config: Config): Promise<void> {
  const log = (msg: string) => console.log(msg);
  const database = await openDatabase(config, log);
  // The demo data's code loads only where demo data may be seeded.
  if (config.seedDemo) await (await import('../seed/demo.js')).seedDemoIfEmpty(database.db, log);
  // Without passwords the first admin is added with `lotse user add` and signs in through single sign-on.
  const setupToken = config.passwordLogin ? await createAdminSetupToken(database.db) : null;
  const app = await buildApp({ db: database.db, config, databaseUrl: database.url, logger: true });
  const worker = config.worker ? await startWorker(config, database.url) : null;
  if (!config.smtpUrl)
    console.log(
      config.env === 'production'
        ? 'LOTSE_SMTP_URL is not set: e-mails are not sent (only their recipients are logged).'
        : 'LOTSE_SMTP_URL is not set: e-mails are printed here instead of being sent.',
    );
  if (config.env === 'production' && !config.publicUrlGiven)
    console.log('PUBLIC_URL is not set: links in e-mails point to localhost, and cookies are not marked Secure.');
  // A graceful stop, for rolling restarts: stop accepting connections, answer every request already
  // received (Fastify then closes each connection after its answer), let running jobs finish, and only
  // then close the database. Requests and jobs drain at the same time; a job a request queued while
  // draining stays in the queue for another process.
  const shutdown = async (signal: string) => {
    console.log(`${signal} received: finishing running requests and jobs, then stopping`);
    try {
      await Promise.all([closeGracefully(app), worker?.stop()]);
      await database.close();
      console.log('Lotse stopped');
      process.exit(0);
    } catch (err) {
      app.log.error(err, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ port: config.port, host: config.host });
  // The real port matters when PORT=0 asked for any free one.
  const port = new URL(address).port;
  const base = config.port === 0 ? `http://localhost:${port}` : config.publicUrl;
  console.log(`Lotse is running on ${base} (listening on port ${port})`);
  if (setupToken) {
    console.log(
      `No administrator yet. Create the first one within 24 hours with this one-time link:\n  ${base}/de/einrichten?token=${setupToken}`,
    );
  }
}
