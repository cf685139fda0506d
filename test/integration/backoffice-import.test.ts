// The import in the browser: upload → dry-run report → confirmation, all or nothing, only for the
// agency and platform admins; and the municipality settings (council bodies, quorum).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let agency: StaffSession;
let coordinator: StaffSession;
before(async () => {
  t = await startTestApp('municipalities');
  agency = await staffSession(t.db, [{ role: 'agency' }], 'agentur@lotse.test');
  coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
});
after(() => t.close());

function upload(content: string, session: StaffSession, name = 'vorhabenliste.csv', csrf = true) {
  const boundary = '----lotse-test-boundary';
  const parts = [
    ...(csrf ? [`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${session.csrf}\r\n`] : []),
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`,
    `--${boundary}--\r\n`,
  ];
  return t.app.inject({
    method: 'POST',
    url: '/de/verwaltung/import',
    payload: Buffer.from(parts.join(''), 'utf8'),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: session.cookies,
  });
}
const count = async () =>
  Number(
    (
      await t.db
        .selectFrom('projects')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('a dry run reports what would change and changes nothing; confirming imports it', async () => {
  const res = await upload(vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()]), agency);
  assert.equal(res.statusCode, 200, res.body);
  assert.ok(res.body.includes('Probelauf – nichts wurde gespeichert. Es würden: 2 neu, 0 geändert, 0 unverändert.'));
  assert.ok(res.body.includes('Zeile 2: Digitale Bürgerdienste im Rathaus Flensburg'));
  assert.equal(await count(), 0);
  const id = /\/verwaltung\/import\/([^/"]+)\/bestaetigen/.exec(res.body)![1]!;

  // Another person cannot confirm this upload.
  const other = await staffSession(t.db, [{ role: 'agency' }]);
  assert.equal((await postForm(t.app, `/de/verwaltung/import/${id}/bestaetigen`, {}, other)).statusCode, 410);

  const done = await postForm(t.app, `/de/verwaltung/import/${id}/bestaetigen`, {}, agency);
  assert.equal(done.statusCode, 200);
  assert.ok(done.body.includes('Die Vorhabenliste wurde importiert.'));
  assert.equal(await count(), 2);
  // Confirming twice does not import twice.
  assert.equal((await postForm(t.app, `/de/verwaltung/import/${id}/bestaetigen`, {}, agency)).statusCode, 410);

  // A changed row shows as changed, with its fields.
  const again = await upload(
    vorhabenCsv([flensburgVorhaben({ 'Kosten soweit bezifferbar': 'ca. 350.000 €' }), nordfrieslandVorhaben()]),
    agency,
  );
  assert.ok(again.body.includes('0 neu, 1 geändert, 1 unverändert'));
  assert.ok(again.body.includes('Kosten'));
  const audit = await t.db.selectFrom('audit_log').where('action', '=', 'project.import.create').select('actor_label').execute();
  assert.deepEqual([...new Set(audit.map((a) => a.actor_label))], ['agentur@lotse.test']);
});

test('a file with a bad row is rejected with line, column and reason, and cannot be confirmed', async () => {
  const before = await count();
  const res = await upload(
    vorhabenCsv([flensburgVorhaben({ Titel: 'Neu A' }), flensburgVorhaben({ Titel: 'Neu B', Kommune: 'Atlantis' })]),
    agency,
  );
  assert.equal(res.statusCode, 422);
  assert.ok(res.body.includes('Unbekannte Kommune: „Atlantis“.'));
  // Line numbers count the lines of the file: the first row has a line break in its description.
  assert.match(res.body, /kern-table__cell--numeric">4<\/td><td class="kern-table__cell">Kommune<\/td>/);
  assert.ok(!res.body.includes('/bestaetigen'));
  assert.equal(await count(), before);
});

test('only the agency and admins may import; the CSRF token is required', async () => {
  assert.equal((await get(t.app, '/de/verwaltung/import', coordinator)).statusCode, 403);
  assert.equal((await upload(vorhabenCsv([flensburgVorhaben({ Titel: 'X' })]), coordinator)).statusCode, 403);
  assert.equal((await upload(vorhabenCsv([flensburgVorhaben({ Titel: 'X' })]), agency, 'x.csv', false)).statusCode, 403);
  const empty = await upload('', agency);
  assert.equal(empty.statusCode, 400);
  assert.ok(empty.body.includes('Bitte wählen Sie eine Datei aus.'));
});

test('a coordinator sets the council bodies and the quorum of their own municipality only', async () => {
  assert.equal((await get(t.app, '/de/verwaltung/kommunen/nordfriesland', coordinator)).statusCode, 403);
  const list = await get(t.app, '/de/verwaltung/kommunen', coordinator);
  assert.ok(list.body.includes('Stadt Flensburg'));
  assert.ok(!list.body.includes('Kreis Nordfriesland'));
  const form = await get(t.app, '/de/verwaltung/kommunen/flensburg', coordinator);
  const rows = Number(/name="body_count" value="(\d+)"/.exec(form.body)![1]);

  const bad = await postForm(
    t.app,
    '/de/verwaltung/kommunen/flensburg',
    {
      body_count: '2',
      body_0_prefix: 'RV',
      body_0_name: 'Ratsversammlung',
      body_1_prefix: 'rv',
      body_1_name: 'Doppelt',
      quorum: 'tausend',
    },
    coordinator,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Das Präfix „rv“ ist schon vergeben.'));
  assert.ok(bad.body.includes('Eine ganze Zahl zwischen 1 und 1.000.000.'));

  const ok = await postForm(
    t.app,
    '/de/verwaltung/kommunen/flensburg',
    {
      body_count: '3',
      body_0_prefix: 'RV',
      body_0_name: 'Ratsversammlung',
      body_1_prefix: 'sua',
      body_1_name: 'Umweltausschuss',
      body_2_prefix: '',
      body_2_name: '',
      quorum: '1.000',
    },
    coordinator,
  );
  assert.equal(ok.statusCode, 303);
  const row = await t.db
    .selectFrom('municipalities')
    .select(['decision_bodies', 'participation_quorum'])
    .where('slug', '=', 'flensburg')
    .executeTakeFirstOrThrow();
  assert.deepEqual(row.decision_bodies, [
    { prefix: 'RV', name: 'Ratsversammlung' },
    { prefix: 'SUA', name: 'Umweltausschuss' },
  ]);
  assert.equal(row.participation_quorum, 1000);
  assert.ok(rows >= 3);
  // The new prefix is recognised in decisions right away.
  const api = (await get(t.app, '/api/v1/municipalities')).json();
  assert.ok(JSON.stringify(api).includes('Umweltausschuss'));
  const audit = await t.db
    .selectFrom('audit_log')
    .where('action', '=', 'municipality.settings')
    .select(['before', 'after'])
    .executeTakeFirstOrThrow();
  assert.equal((audit.after as { quorum: number }).quorum, 1000);
});
