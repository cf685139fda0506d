// `lotse oparl sync` as an administrator runs it (the built command, in German): `--url` stores the
// system's address and the first sync of the real Hürtgenwald crawl prints its summary; `--full` reads
// everything again and finds nothing new; wrong arguments, an unknown municipality and one without
// OParl end with exit code 1 and a sentence that says why.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ensureRegion } from '../../src/seed/region.js';
import { addMunicipality, vorhabenWithDecisions } from '../helpers/council.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { CRAWL_ROOT, crawlServer, type OparlTestServer } from '../helpers/oparl-server.js';

const bin = path.resolve(import.meta.dirname, '../../bin/lotse.js');
let database: TestDatabase;
let server: OparlTestServer;

/** Runs the command without blocking this process (the OParl server answers from here). */
function lotse(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn(process.execPath, [bin, ...args], {
    env: {
      ...rest,
      LANG: 'de_DE.UTF-8',
      DATABASE_URL: database.url,
      LOTSE_OPARL_REQUESTS_PER_SECOND: '100',
      LOTSE_OPARL_ALLOW_PRIVATE_ADDRESSES: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

before(async () => {
  database = await createTestDatabase();
  await ensureRegion(database.db);
  await addMunicipality(database.db, 'huertgenwald', 'Gemeinde Hürtgenwald');
  await vorhabenWithDecisions(database.db, 'huertgenwald', 'Integriertes Handlungskonzept', ['30/2015', '31/2099']);
  server = await crawlServer();
});
after(async () => {
  await server.close();
  await database.drop();
});

test('lotse oparl sync --url stores the address, syncs and prints what it did', async () => {
  const url = server.url(`${CRAWL_ROOT}/system`);
  const run = await lotse(['oparl', 'sync', 'huertgenwald', '--url', url]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, new RegExp(`Adresse des OParl-Systems gespeichert: ${url.replace(/[.?]/g, '\\$&')}`));
  assert.match(run.stdout, /Vollständiger Abgleich: [\d.]+ Objekte gelesen, [\d.]+ neu, 0 geändert, 39 als gelöscht markiert, 41 Fehler\./);
  assert.match(
    run.stdout,
    / {2}Objekt ohne Typangabe: 39 \(zum Beispiel http:\/\/127\.0\.0\.1:\d+\/rim4220\/webservice\/oparl\/v1\.0\/body\/1\/(paper|meeting)\/\d+\)/,
  );
  assert.match(run.stdout, /Koordinaten vertauscht \(Breite vor Länge\): 1/);
  assert.match(run.stdout, /Beschlüsse: 1 einer Vorlage zugeordnet, 1 ohne Vorlage:\n {2}- Integriertes Handlungskonzept: 31\/2099/);
  const settings = await database.db.selectFrom('council_settings').select(['system_url', 'body_name']).executeTakeFirstOrThrow();
  assert.deepEqual(settings, { system_url: url, body_name: 'Gemeinde Hürtgenwald' });
  const audit = await database.db.selectFrom('audit_log').select('actor_label').where('action', '=', 'council.settings').execute();
  assert.deepEqual(audit, [{ actor_label: 'cli' }]);

  const again = await lotse(['oparl', 'sync', 'huertgenwald', '--full']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /Vollständiger Abgleich: [\d.]+ Objekte gelesen, 0 neu, 0 geändert, 0 als gelöscht markiert/);
  const en = await lotse(['oparl', 'sync', 'huertgenwald', '--full'], { LANG: 'en_GB.UTF-8' });
  assert.match(en.stdout, /Full sync: [\d,]+ objects read, 0 new, 0 changed, 0 marked deleted, 41 faults\./);
});

test('wrong arguments, an unknown municipality or one without OParl: exit code 1 and the reason', async () => {
  const bad = await lotse(['oparl', 'sync', 'Hürtgenwald']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /Keine gültige Kommune: „Hürtgenwald“/);
  const badUrl = await lotse(['oparl', 'sync', 'huertgenwald', '--url', 'ftp://ris.example.org']);
  assert.equal(badUrl.code, 1);
  assert.match(badUrl.stderr, /Keine gültige Adresse: „ftp:\/\/ris\.example\.org“/);
  const unknown = await lotse(['oparl', 'sync', 'atlantis']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /Keine Kommune mit dem Kürzel „atlantis“\./);
  const none = await lotse(['oparl', 'sync', 'flensburg']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /Für Stadt Flensburg ist kein OParl-System eingerichtet\./);
  const help = await lotse(['oparl', 'sync', '--help']);
  assert.match(help.stdout, /--url <system-url>/);
  assert.match(help.stdout, /--full/);
});
