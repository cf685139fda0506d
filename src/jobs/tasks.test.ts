// The crontab and the task list must name the same jobs: a recurring job without a task would fail
// every night, and a purge task left out of the crontab would never run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCrontab } from 'graphile-worker';
import type { Db } from '../db/database.js';
import type { Mailer } from '../lib/mailer.js';
import { crontab, taskList } from './tasks.js';

test('every crontab entry has a task, and every purge task is in the crontab', () => {
  const scheduled = parseCrontab(crontab).map((c) => c.task);
  const tasks = Object.keys(taskList({} as Mailer, {} as Db, 'http://lotse.test'));
  for (const name of scheduled) assert.ok(tasks.includes(name), `${name} has a task`);
  for (const name of tasks.filter((n) => n.startsWith('purge_'))) assert.ok(scheduled.includes(name), `${name} runs daily`);
  assert.equal(new Set(scheduled).size, scheduled.length, 'each job once');
});
