// The summary the command prints: what a council's server sent cannot steer the terminal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSyncSummary, printable } from './oparl.command.js';

test('control characters from the server are not printed', () => {
  assert.equal(printable('https://ris.test/\u001b]0;pwned\u0007paper\u001b[2J/1\r\n\u202e'), 'https://ris.test/]0;pwnedpaper[2J/1');
  const { text } = formatSyncSummary(
    {
      runId: 1,
      mode: 'full',
      status: 'succeeded',
      resumed: false,
      read: 1,
      created: 1,
      changed: 0,
      deleted: 0,
      faultCount: 1,
      faults: [{ kind: 'not_found', count: 1, examples: [{ url: 'https://ris.test/\u001b[31mrot\u001b[0m', detail: null }] }],
      matched: 0,
      unmatched: [{ projectSlug: 'x', projectTitle: { de: 'Hafen\u001b[1m' }, text: 'RV-1/2026\u0007', reason: 'no_paper' }],
      error: null,
    },
    'de',
  );
  // eslint-disable-next-line no-control-regex
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text), 'only line breaks remain');
  assert.ok(text.includes('https://ris.test/[31mrot[0m'));
  assert.ok(text.includes('Hafen[1m: RV-1/2026'));
});
