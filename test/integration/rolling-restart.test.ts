// A rolling restart under load: two `lotse start` processes behind a small round-robin proxy that, like a
// load balancer, sends new requests elsewhere once a process is taken out of rotation and tries the other
// process when a connection is refused or, for an idempotent request without an answer yet, reset (as
// nginx's default `proxy_next_upstream error` does: a connection the kernel accepted just before the
// listening socket closed is reset). Each process in turn is taken out, gets SIGTERM while a request
// is still arriving on it, drains, exits and is started again; the load generator sees only 2xx answers.
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { after, before, test } from 'node:test';
import autocannon from 'autocannon';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { type LotseProcess, startLotse } from '../helpers/lotse-process.js';

let database: TestDatabase;
const processes: LotseProcess[] = [];
let proxy: http.Server | undefined;

before(async () => {
  database = await createTestDatabase('demo');
});
after(async () => {
  for (const p of processes) await p.stop('SIGKILL');
  proxy?.close();
  await database.drop();
});

/** Round robin over the backends in rotation; a refused connection (or a reset GET) is tried on the next one. */
function roundRobinProxy(backends: Set<number>, failures: string[]): http.Server {
  let next = 0;
  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, tries: number) => {
    const ports = [...backends];
    const port = ports[next++ % ports.length]!;
    // A new connection per request, as the load balancer's choice is per request.
    const headers = { ...req.headers, connection: 'close' };
    const upstream = http.request({ port, host: '127.0.0.1', path: req.url, method: req.method, headers, agent: false }, (r) => {
      res.writeHead(r.statusCode!, r.headers);
      r.pipe(res);
    });
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      const retry = err.code === 'ECONNREFUSED' || (err.code === 'ECONNRESET' && req.method === 'GET' && !res.headersSent);
      if (retry && tries < 50) return forward(req, res, body, tries + 1);
      failures.push(`${err.code} from ${port}`);
      res.writeHead(502).end();
    });
    upstream.end(body);
  };
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => forward(req, res, Buffer.concat(chunks), 0));
  });
}

/** A request whose body is still on its way: resolves `finish` to the whole answer once the rest is sent. */
async function slowRequest(port: number): Promise<{ sendRest(): void; answer: Promise<string> }> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const body = 'email=langsam%40example.org&password=noch-nicht-ganz';
  socket.write(
    `POST /de/anmelden HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
  );
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString()));
  return {
    sendRest: () => socket.write(body.slice(10)),
    answer: new Promise((resolve, reject) => {
      socket.once('end', () => resolve(answer));
      socket.once('error', reject);
    }),
  };
}

/** Resolves once a connection to the port is refused (the process stopped accepting); fails after 10 s. */
async function refusesConnections(port: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
    }).catch(() => false);
    if (refused) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`port ${port} still accepts connections after SIGTERM`);
}

test('a rolling restart of two processes under load loses no request', async () => {
  const env = { DATABASE_URL: database.url, LOTSE_WORKER: 'true' };
  processes.push(...(await Promise.all([startLotse(env), startLotse(env)])));
  const inRotation = new Set(processes.map((p) => p.port));
  const failures: string[] = [];
  proxy = roundRobinProxy(inRotation, failures);
  await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));

  let load!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    load = autocannon(
      {
        url: `http://127.0.0.1:${(proxy!.address() as net.AddressInfo).port}`,
        connections: 4,
        duration: 120,
        requests: [{ path: '/de/' }, { path: '/api/v1/projects?limit=5' }, { path: '/de/vorhaben' }],
      },
      (err: Error | null, result) => (err ? reject(err) : resolve(result)),
    );
  });
  try {
    await new Promise((r) => load.once('response', r));
    for (let i = 0; i < processes.length; i++) {
      const old = processes[i]!;
      const slow = await slowRequest(old.port);
      inRotation.delete(old.port);
      const exited = old.stop('SIGTERM');
      // Stopped accepting: a new connection is refused while the running request keeps the process alive.
      await refusesConnections(old.port);
      assert.equal(old.child.exitCode, null, 'the process waits for its running request');
      slow.sendRest();
      assert.match(await slow.answer, /^HTTP\/1\.1 [234]\d\d [^]*<\/html>$/, 'the running request is answered in full');
      assert.equal(await exited, 0, `a stopped process exits cleanly:\n${old.output()}`);
      assert.match(old.output(), /SIGTERM received[^]*Lotse stopped/);
      processes[i] = await startLotse(env, old.port);
      inRotation.add(old.port);
    }
  } finally {
    load.stop();
  }
  const result = await finished;

  assert.ok(result.requests.total > 100, `the load ran (${result.requests.total} requests)`);
  assert.equal(result.errors, 0, 'no connection error');
  assert.equal(result.non2xx, 0, `every answer was 2xx: ${JSON.stringify(result.statusCodeStats)} ${failures.join(', ')}`);
});
