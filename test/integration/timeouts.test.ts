// A client that opens a connection and then sends its request slowly, or stops halfway, does not hold
// the connection: the server closes it after its time-outs (made short here), while a normal request on
// the same server is answered.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp, TIMEOUTS } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let database: TestDatabase;
let app: FastifyInstance;
let port: number;
before(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url, LOTSE_RESPONSE_CACHE: 'false' });
  app = await buildApp({ db: database.db, config, databaseUrl: database.url, timeouts: { connectionMs: 400, headersMs: 400 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as net.AddressInfo).port;
});
after(async () => {
  await app.close();
  await database.drop();
});

/** Opens a connection, writes `text` and stops; resolves when the server closes the connection. */
function stall(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('close', () => resolve());
    socket.on('error', () => {});
    setTimeout(() => reject(new Error('the server kept the stalled connection open')), 10_000).unref();
  });
}

test('the defaults close stalled connections within minutes, not never', () => {
  assert.ok(TIMEOUTS.connectionMs > 0 && TIMEOUTS.connectionMs <= 60_000);
  assert.ok(TIMEOUTS.headersMs > 0 && TIMEOUTS.headersMs <= 60_000);
  assert.ok(TIMEOUTS.requestMs > 0 && TIMEOUTS.requestMs <= 300_000);
});

test('a request whose body stops halfway is cut off', async () => {
  await stall(
    'POST /de/anmelden HTTP/1.1\r\nHost: lotse.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=a',
  );
});

test('a request whose headers never end is cut off', async () => {
  await stall('GET /de/ HTTP/1.1\r\nHost: lotse.test\r\nX-Slow: ');
});

test('a whole request is still answered', async () => {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(res.status, 200);
});
