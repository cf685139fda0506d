// The sync's own signals are the application's one error type, each with its status and stable code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../lib/errors.js';
import { SystemProblem } from './oparl-system.js';
import { SyncInterrupted } from './request-limiter.js';
import { RunTakenOver } from './sync-runs.repository.js';

const cases: { name: string; error: AppError; status: number; code: string; messageKey: string }[] = [
  {
    name: 'SystemProblem',
    error: new SystemProblem('council.problem.notOparl'),
    status: 502,
    code: 'oparl_system_problem',
    messageKey: 'council.problem.notOparl',
  },
  {
    name: 'SyncInterrupted',
    error: new SyncInterrupted(),
    status: 503,
    code: 'council_sync_interrupted',
    messageKey: 'council.cli.interrupted',
  },
  { name: 'RunTakenOver', error: new RunTakenOver(7), status: 409, code: 'council_sync_taken_over', messageKey: 'council.error.running' },
];

for (const c of cases)
  test(`${c.name} is an AppError with status ${c.status} and code ${c.code}`, () => {
    assert.ok(c.error instanceof AppError);
    assert.equal(c.error.status, c.status);
    assert.equal(c.error.code, c.code);
    assert.equal(c.error.messageKey, c.messageKey);
  });

test("a SystemProblem keeps the server's detail", () => {
  assert.equal(new SystemProblem('council.problem.unreachable', 'HTTP 500').detail, 'HTTP 500');
});
