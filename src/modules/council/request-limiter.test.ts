// The limits a sync keeps towards a council's server: never more requests at once than allowed, starts
// spaced by the request rate, and an interruption ends the waiting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pause, requestLimiter, SyncInterrupted } from './request-limiter.js';

test('at most `concurrency` tasks run at once; every task runs', async () => {
  const limiter = requestLimiter({ concurrency: 2, perSecond: 1000 });
  let running = 0;
  let most = 0;
  const done = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      limiter.run(async () => {
        running++;
        most = Math.max(most, running);
        await pause(5);
        running--;
        return i;
      }),
    ),
  );
  assert.equal(most, 2);
  assert.deepEqual(done, [0, 1, 2, 3, 4, 5, 6, 7]);
});

test('starts are spaced by the request rate', async () => {
  const limiter = requestLimiter({ concurrency: 10, perSecond: 20 });
  const starts: number[] = [];
  await Promise.all(Array.from({ length: 4 }, () => limiter.run(async () => void starts.push(Date.now()))));
  // Each start is given a slot `interval` after the one before; a late timer on a busy machine may bring
  // two starts closer, but never a start before its slot.
  for (let i = 1; i < starts.length; i++)
    assert.ok(starts[i]! - starts[0]! >= i * 45, `start ${i} came ${starts[i]! - starts[0]!} ms after the first`);
});

test('an interruption ends the tasks still waiting with SyncInterrupted; a running one finishes', async () => {
  const controller = new AbortController();
  const limiter = requestLimiter({ concurrency: 1, perSecond: 1 }, controller.signal);
  const first = limiter.run(async () => {
    await pause(20);
    return 'first';
  });
  const second = limiter.run(async () => 'second');
  await pause(5);
  controller.abort();
  assert.equal(await first, 'first');
  await assert.rejects(second, SyncInterrupted);
});
