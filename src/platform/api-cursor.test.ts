import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { AppError } from '../lib/errors.js';
import { decodeCursor, encodeCursor, nextPageUrl } from './api-cursor.js';

const schema = z.object({ i: z.number().int().min(0) });

test('a cursor comes back as it went out', () => {
  assert.deepEqual(decodeCursor(encodeCursor({ i: 42 }), schema), { i: 42 });
  assert.equal(decodeCursor(undefined, schema), undefined);
});

test('anything else than a cursor of this list is a 400 invalid_cursor', () => {
  for (const bad of ['not-base64-json', encodeCursor({ i: -1 }), encodeCursor('x'), Buffer.from('{').toString('base64url')]) {
    assert.throws(
      () => decodeCursor(bad, schema),
      (err: unknown) => err instanceof AppError && err.status === 400 && err.code === 'invalid_cursor',
      bad,
    );
  }
});

test('the next page keeps the request’s other parameters', () => {
  const next = new URL(nextPageUrl(new URL('https://lotse.example/api/v1/projects?q=Rad&cursor=old&limit=5'), { i: 7 }));
  assert.equal(next.searchParams.get('q'), 'Rad');
  assert.equal(next.searchParams.get('limit'), '5');
  assert.deepEqual(decodeCursor(next.searchParams.get('cursor')!, schema), { i: 7 });
});
