import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import Fastify from 'fastify';
import { loggerOptions, redactUrl } from './log-redaction.js';

test('the log keeps the path and the parameter names, never a value', () => {
  assert.equal(redactUrl('/de/passwort-neu?token=abc123'), '/de/passwort-neu?token=[redacted]');
  assert.equal(redactUrl('/api/v1/projects?q=M%C3%BCller&limit=5'), '/api/v1/projects?q=[redacted]&limit=[redacted]');
  assert.equal(redactUrl('/de/vorhaben'), '/de/vorhaben');
  assert.equal(redactUrl('/de/?'), '/de/?');
  assert.ok(!redactUrl('/x?a=1&token=geheim&&b').includes('geheim'));
});

test('the app logger censors secret fields, cookies and tokens, and scrubs e-mail addresses from messages and errors', async () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = Fastify({ logger: { ...loggerOptions('info'), stream } });
  app.log.info(
    { email: 'anna@example.org', user: { email: 'bob@example.org', name: 'Bob Beispiel' }, token: 'tok-secret', password: 'pw-secret' },
    'mail to carla@example.org queued',
  );
  app.log.info({ headers: { cookie: 'lotse_session=cookie-secret', authorization: 'Bearer bearer-secret' } }, 'headers');
  app.log.error({ err: new Error('SMTP refused dora@example.org') }, 'sending failed for erik@example.org');
  await app.close();
  const log = lines.join('');
  for (const secret of ['example.org', 'tok-secret', 'pw-secret', 'cookie-secret', 'bearer-secret', 'Bob Beispiel'])
    assert.ok(!log.includes(secret), `${secret} in ${log}`);
  assert.ok(log.includes('mail to [email] queued') && log.includes('SMTP refused [email]'), 'messages stay readable');
  assert.equal(lines.length, 3);
});
