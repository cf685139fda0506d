// The crontab and the task list must name the same jobs: a recurring job without a task would fail
// every night, and a purge task left out of the crontab would never run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCrontab } from 'graphile-worker';
import { loadConfig } from './config.js';
import type { Db } from './db/database.js';
import type { Mailer } from './lib/mailer.js';
import { modules } from './modules/index.js';
import { crontab, tasks } from './worker.js';

test('every crontab entry has a task, and every purge task is in the crontab', () => {
  const scheduled = parseCrontab(crontab(loadConfig({})).join('\n')).map((c) => c.task);
  const names = Object.keys(tasks({ mailer: {} as Mailer, db: {} as Db, baseUrl: 'http://lotse.test' }));
  for (const name of scheduled) assert.ok(names.includes(name), `${name} has a task`);
  for (const name of names.filter((n) => n.startsWith('purge_'))) assert.ok(scheduled.includes(name), `${name} runs daily`);
  assert.equal(new Set(scheduled).size, scheduled.length, 'each job once');
});

test('no two modules name the same job, and none takes the mail job of the platform', () => {
  const names = modules.flatMap((m) => Object.keys(m.tasks?.({ mailer: {} as Mailer, db: {} as Db, baseUrl: 'http://lotse.test' }) ?? {}));
  assert.deepEqual(
    names.filter((n, i) => names.indexOf(n) !== i),
    [],
  );
  assert.ok(!names.includes('send_mail'));
  for (const expected of [
    'staff_password_link',
    'event_reminders',
    'send_notifications',
    'notification_digest',
    'finance_deadline_reminders',
  ])
    assert.ok(names.includes(expected), expected);
});
