import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { formErrors } from './form-reader.js';

const schema = z.object({
  email: z.email().max(20),
  title: z.string().min(1).max(5),
  body: z.string().min(1).max(10),
  consent: z.literal('on'),
});

test('each field gets its own message, else "too long" with its limit or "missing"', () => {
  const parsed = schema.safeParse({ email: 'not an address', title: 'far too long', body: '' });
  assert.ok(!parsed.success);
  const errors = formErrors(parsed.error, { keys: { email: 'users.error.email', consent: 'events.error.consent' }, max: { title: 5 } });
  assert.deepEqual(errors, {
    email: { key: 'users.error.email', params: { max: 200 } },
    title: { key: 'form.error.tooLong', params: { max: 5 } },
    body: { key: 'form.error.required', params: { max: 200 } },
    consent: { key: 'events.error.consent', params: { max: 200 } },
  });
});

test('one limit for every field, and the first problem of a field wins', () => {
  const parsed = schema.safeParse({ email: 'x'.repeat(30), title: 'ok', body: 'x'.repeat(11), consent: 'on' });
  assert.ok(!parsed.success);
  const errors = formErrors(parsed.error, { max: 10 });
  // The address is both too long and not an address: one error, the first zod reports.
  assert.equal(Object.keys(errors).length, 2);
  assert.deepEqual(errors.body, { key: 'form.error.tooLong', params: { max: 10 } });
  assert.equal(errors.email?.params?.max, 10);
});
