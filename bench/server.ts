// The server under load: the real app from the compiled build (run without a TypeScript loader; Node
// strips this file's types), plus one route that answers a static page of a given size from memory, the
// baseline every measured page is compared with.
const fromDist = <T>(file: string): Promise<T> => import(new URL(`../dist/${file}`, import.meta.url).href) as Promise<T>;
const { buildApp } = await fromDist<typeof import('../src/app.js')>('app.js');
const { loadConfig } = await fromDist<typeof import('../src/config.js')>('config.js');
const { createDb } = await fromDist<typeof import('../src/db/database.js')>('db/database.js');

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
const db = createDb(config.databaseUrl!, 20);
const app = await buildApp({ db, config, databaseUrl: config.databaseUrl! });
const pages = new Map<number, string>();
app.get('/__baseline/:bytes', async (request, reply) => {
  const bytes = Number((request.params as { bytes: string }).bytes);
  if (!pages.has(bytes)) pages.set(bytes, `<!doctype html><html lang="de"><body>${'x'.repeat(Math.max(0, bytes - 45))}</body></html>`);
  return reply.type('text/html; charset=utf-8').send(pages.get(bytes));
});
await app.listen({ port: config.port, host: '127.0.0.1' });
// Measured once the register's search index answers (it builds in the background after start).
await app.registerSearch?.built;
process.send?.('ready');
// A normal exit on the benchmark's SIGTERM, so that `--cpu-prof` (BENCH_SERVER_FLAGS) writes its profile.
process.once('SIGTERM', () => process.exit(0));
