// Helmet's headers are decided once per case and replayed on every request: the replay must be what
// Helmet itself sets on a real response, for a visitor who agreed to third-party map tiles and one who
// did not. A Helmet that came to read more of a request (a nonce, a path) would fail here.
import assert from 'node:assert/strict';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { test } from 'node:test';
import { mapSettings } from '../lib/map-settings.js';
import { replayed, securityMiddleware, TILE_CONSENT_COOKIE } from './security.js';

function helmetOnRealResponse(middleware: ReturnType<typeof securityMiddleware>, cookie: string) {
  const req = new IncomingMessage(new Socket());
  req.headers = { cookie };
  const res = new ServerResponse(req);
  middleware(req, res, (err) => assert.ifError(err));
  return res.getHeaders();
}

test('the replayed headers are those Helmet sets, with and without consent to map tiles, over HTTPS', () => {
  const middleware = securityMiddleware({
    map: mapSettings('https://tile.openstreetmap.org/{z}/{x}/{y}.png', undefined, 'true'),
    publicUrl: 'https://lotse.example.org',
  });
  const headersFor = replayed(middleware);
  for (const cookie of ['', `${TILE_CONSENT_COOKIE}=1`, `other=2; ${TILE_CONSENT_COOKIE}=1`, `${TILE_CONSENT_COOKIE}=0`]) {
    const req = { headers: { cookie } } as IncomingMessage;
    const headers = Object.fromEntries(headersFor(req).map(([name, value]) => [name.toLowerCase(), value]));
    assert.deepEqual(headers, { ...helmetOnRealResponse(middleware, cookie) }, cookie);
  }
  const csp = (cookie: string) => String(helmetOnRealResponse(middleware, cookie)['content-security-policy']);
  assert.match(csp(`${TILE_CONSENT_COOKIE}=1`), /img-src 'self' data: https:\/\/tile\.openstreetmap\.org/);
  assert.match(csp(''), /img-src 'self' data: 'self'/);
  assert.ok(helmetOnRealResponse(middleware, '')['strict-transport-security']);
});
