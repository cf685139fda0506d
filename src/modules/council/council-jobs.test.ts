// The nightly sync's crontab line: at the configured Berlin time in winter and in summer (the crontab
// runs in UTC), carrying the configured limits to the jobs it queues.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCrontab } from 'graphile-worker';
import { loadConfig } from '../../config.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { nightlyCrontab } from './council-jobs.js';

const settings = {
  syncTime: '02:30',
  concurrency: 3,
  requestsPerSecond: 2.5,
  timeoutSeconds: 20,
  retries: 4,
  maxPages: 500,
  allowPrivateAddresses: false,
};

test('the nightly sync fires at the two UTC hours that can be the Berlin time, with the limits as payload', () => {
  const [line] = parseCrontab(nightlyCrontab(settings).join('\n'));
  assert.equal(line!.task, 'oparl_nightly');
  assert.deepEqual(line!.payload, {
    time: '02:30',
    client: { concurrency: 3, requestsPerSecond: 2.5, timeoutSeconds: 20, retries: 4, maxPages: 500, allowPrivateAddresses: false },
  });
  assert.match(nightlyCrontab(settings)[0]!, /^30 0,1 \* \* \* oparl_nightly /);
  assert.match(nightlyCrontab({ ...settings, syncTime: '00:15' })[0]!, /^15 22,23 \* \* \* /);
  assert.match(nightlyCrontab({ ...settings, syncTime: '01:00' })[0]!, /^0 0,23 \* \* \* /);
});

test('the default time comes every night, also when the clocks go forward or back', () => {
  const { syncTime } = loadConfig({}).oparl;
  const [minute, hours] = nightlyCrontab({ ...settings, syncTime })[0]!.split(' ');
  for (const day of ['2027-03-28', '2027-10-31', '2027-01-11', '2027-07-11']) {
    const fired = hours!
      .split(',')
      .map((h) => new Date(`${day}T${h.padStart(2, '0')}:${minute!.padStart(2, '0')}:00Z`))
      .filter((at) => berlinParts(at).time === syncTime);
    assert.equal(fired.length, 1, `${day}: the sync starts once`);
  }
});
