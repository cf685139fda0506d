import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMailer } from './mailer.js';

test('without an SMTP server, mails are printed with recipient, subject and text', async () => {
  const printed: string[] = [];
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Lotse <l@x.de>' }, (s) => printed.push(s));
  await mailer.send({ to: 'a@b.de', subject: 'Betreff', text: 'Link: https://lotse.example/x' });
  assert.equal(printed.length, 1);
  assert.match(printed[0]!, /To: a@b\.de\nSubject: Betreff\n\nLink: https:\/\/lotse\.example\/x/);
});

test('in production without an SMTP server, no mail content reaches the log', async () => {
  const printed: string[] = [];
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Lotse <l@x.de>', env: 'production' }, (s) => printed.push(s));
  await mailer.send({ to: 'a@b.de', subject: 'Betreff', text: 'https://lotse.example/passwort-neu?token=geheim' });
  assert.equal(printed.length, 1);
  assert.ok(printed[0]!.includes('a@b.de'));
  assert.ok(!printed[0]!.includes('geheim'));
});
