// Lotse server processes as an operator runs them (`lotse start` from the build in dist/), for the tests
// of restarts, crashes and replicas: start one on a port, stop it with a signal, read what it printed.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const bin = path.resolve(import.meta.dirname, '../../bin/lotse.js');

export interface LotseProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (standard output and error). */
  output(): string;
  /** Sends the signal and resolves with the exit code (null when killed) once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `lotse start` with production settings on `port` (a free one if not given); resolves when it listens. */
export async function startLotse(env: Record<string, string>, port?: number): Promise<LotseProcess> {
  const chosen = port ?? (await freePort());
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn(process.execPath, [bin, 'start'], {
    env: {
      ...rest,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      LOTSE_SEED_DEMO: 'false',
      LOTSE_STAFF_MFA: 'off',
      HOST: '127.0.0.1',
      PORT: String(chosen),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Lotse did not start:\n${output}`)), 60_000);
    const check = () => {
      if (/Lotse is running/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Lotse exited with ${code} before it listened:\n${output}`));
    });
  });
  return {
    port: chosen,
    url: `http://127.0.0.1:${chosen}`,
    child,
    output: () => output,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
