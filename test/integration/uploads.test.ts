// Uploads are judged by their content: a file whose content is not an accepted kind, or whose name
// does not fit its content, is refused (415) and nothing is stored; files are read up to a cap only
// (413); and a resident's upload to a case that is not theirs, or beyond their write limit, is turned
// away before the body is read, every attempt counting.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WRITES_PER_ACCOUNT } from '../../src/platform/write-limits.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { eventBy } from '../helpers/matrix-fixtures.js';
import { type ResidentSession, residentSession } from '../helpers/residents.js';
import { type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
before(async () => {
  t = await startTestApp('municipalities');
});
after(() => t.close());

const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF';
const boundary = '----upload';
function send(
  url: string,
  session: StaffSession | ResidentSession,
  fields: Record<string, string>,
  file: { name: string; type: string; content: string | Buffer },
) {
  const head = Object.entries({ _csrf: session.csrf, ...fields })
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  const payload = Buffer.concat([
    Buffer.from(
      `${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: session.cookies,
  });
}

async function caseOf(resident: ResidentSession): Promise<number> {
  const flensburg = await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow();
  const c = await t.db
    .insertInto('advisory_cases')
    .values({
      title: 'Fall',
      question: 'Frage',
      stage: 'idea',
      team: 'Team',
      municipality_id: flensburg.id,
      resident_id: resident.residentId,
      status: 'accepted',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return c.id;
}
const messages = async (caseId: number) =>
  (await t.db.selectFrom('advisory_messages').select('id').where('case_id', '=', caseId).execute()).length;

test('files are taken by their content and a fitting name; disguised or double-named files are refused', async () => {
  const team = await residentSession(t.db);
  const id = await caseOf(team);
  const url = `/de/beratung/${id}/nachricht`;
  const refused = [
    { name: 'lageplan.pdf', type: 'application/pdf', content: '<html><script>alert(1)</script></html>' },
    { name: 'lageplan.html', type: 'text/html', content: '<html><script>alert(1)</script></html>' },
    { name: 'rechnung.pdf.exe', type: 'application/pdf', content: PDF },
    { name: 'bild.png', type: 'image/png', content: PDF },
    { name: 'plan.svg', type: 'image/svg+xml', content: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
    { name: 'daten.csv', type: 'text/csv', content: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]) },
  ];
  for (const file of refused) {
    const res = await send(url, team, { body: 'Anbei' }, file);
    assert.equal(res.statusCode, 415, `${file.name} must be refused`);
    assert.ok(res.body.includes('Diese Datei nehmen wir nicht an'), 'a clear message');
  }
  assert.equal(await messages(id), 0, 'nothing was stored');
  const ok = await send(url, team, { body: 'Anbei' }, { name: 'Lageplan.PDF', type: 'text/html', content: PDF });
  assert.equal(ok.statusCode, 303);
  const row = await t.db
    .selectFrom('advisory_messages')
    .select(['file_name', 'content_type'])
    .where('case_id', '=', id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { file_name: 'Lageplan.PDF', content_type: 'application/pdf' });
});

test('a file over the cap is refused with 413 and nothing is stored', async () => {
  const team = await residentSession(t.db);
  const id = await caseOf(team);
  const big = Buffer.concat([Buffer.from(PDF), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]);
  assert.equal(
    (await send(`/de/beratung/${id}/nachricht`, team, { body: 'Groß' }, { name: 'gross.pdf', type: 'application/pdf', content: big }))
      .statusCode,
    413,
  );
  assert.equal(await messages(id), 0);
});

test('an upload to another team’s case is refused before it is read, and every attempt counts', async () => {
  const owner = await residentSession(t.db);
  const id = await caseOf(owner);
  const stranger = await residentSession(t.db);
  assert.equal(
    (await send(`/de/beratung/${id}/nachricht`, stranger, { body: 'Fremd' }, { name: 'x.pdf', type: 'application/pdf', content: PDF }))
      .statusCode,
    404,
  );
  assert.equal(await messages(id), 0);
  // The stranger's own case is closed to them once their attempts, refused ones included, reach the limit.
  const own = await caseOf(stranger);
  for (let i = 1; i < WRITES_PER_ACCOUNT; i++)
    await send(`/de/beratung/${id}/nachricht`, stranger, { body: 'Fremd' }, { name: 'x.pdf', type: 'application/pdf', content: PDF });
  assert.equal(
    (await send(`/de/beratung/${own}/nachricht`, stranger, { body: 'Eigen' }, { name: 'x.pdf', type: 'application/pdf', content: PDF }))
      .statusCode,
    429,
  );
  assert.equal(await messages(own), 0);
});

test('staff uploads are checked the same way: event documentation and the budget import', async () => {
  const editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  const slug = await eventBy(t.db, 'flensburg');
  const doc = await send(
    `/de/verwaltung/veranstaltungen/${slug}/dokumentation`,
    editor,
    { documentation_de: 'Protokoll' },
    { name: 'protokoll.pdf', type: 'application/pdf', content: '<html>kein pdf</html>' },
  );
  assert.equal(doc.statusCode, 415);
  assert.equal((await t.db.selectFrom('event_files').select('id').execute()).length, 0);
  const finance = await staffSession(t.db, [{ role: 'finance' }]);
  const budget = await send(
    '/de/verwaltung/finanzen/import',
    finance,
    {},
    { name: 'haushalt.csv', type: 'text/csv', content: Buffer.from(PDF) },
  );
  assert.equal(budget.statusCode, 415, 'a PDF named .csv is no budget table');
});
