// `npm run bench:oparl`: a full and an incremental `lotse oparl sync` of the real Hürtgenwald crawl (the
// tests' fixture, served on a local port), each in its own process against a new data folder, timed from
// spawning the process until it exits, with the process's peak resident memory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CRAWL_ROOT, crawlServer } from '../test/helpers/oparl-server.js';

const BIN = path.join(import.meta.dirname, '..', 'bin', 'lotse.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-oparl-bench-'));
// PostgreSQL runs as the user "postgres" when this runs as root: it must be able to enter the folder.
fs.chmodSync(dir, 0o755);
const server = await crawlServer();

function run(args: string[]): Promise<{ seconds: number; peakMb: number; output: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      LOTSE_DATA_DIR: dir,
      LOTSE_OPARL_REQUESTS_PER_SECOND: '100',
      LOTSE_OPARL_CONCURRENCY: '4',
    };
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...env, LOTSE_OPARL_ALLOW_PRIVATE_ADDRESSES: 'true' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakMb = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakMb = Number(hwm[1]) / 1024;
      } catch {
        // The process has just ended.
      }
    }, 50);
    child.on('exit', () => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb, output });
    });
  });
}

try {
  // The first process creates the database; not measured.
  const migrated = await run(['migrate']);
  if (!/migrations|up to date/i.test(migrated.output)) throw new Error(migrated.output);
  const full = await run(['oparl', 'sync', 'flensburg', '--url', server.url(`${CRAWL_ROOT}/system`), '--full']);
  const requests = server.requests.length;
  const incremental = await run(['oparl', 'sync', 'flensburg']);
  const summary = (out: string) => out.split('\n').find((line) => /objects read/.test(line)) ?? '';
  if (!summary(full.output)) console.error(full.output);
  console.log(
    `Full sync: ${full.seconds.toFixed(1)} s, peak RSS ${full.peakMb.toFixed(0)} MB, ${requests} requests. ${summary(full.output)}`,
  );
  console.log(
    `Incremental sync: ${incremental.seconds.toFixed(1)} s, peak RSS ${incremental.peakMb.toFixed(0)} MB, ${server.requests.length - requests} requests. ${summary(incremental.output)}`,
  );
} finally {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
