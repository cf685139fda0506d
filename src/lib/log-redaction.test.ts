import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactUrl } from './log-redaction.js';

test('the log keeps the path and the parameter names, never a value', () => {
  assert.equal(redactUrl('/de/passwort-neu?token=abc123'), '/de/passwort-neu?token=[redacted]');
  assert.equal(redactUrl('/api/v1/projects?q=M%C3%BCller&limit=5'), '/api/v1/projects?q=[redacted]&limit=[redacted]');
  assert.equal(redactUrl('/de/vorhaben'), '/de/vorhaben');
  assert.equal(redactUrl('/de/?'), '/de/?');
  assert.ok(!redactUrl('/x?a=1&token=geheim&&b').includes('geheim'));
});
