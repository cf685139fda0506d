// The programme on the demo data: the public dashboard with its charts (SVG images without styles) and
// their tables, measure pages linked from their Vorhaben, the API; the finance views only for finance
// and admins (not the agency); the reports read back (CSV, XLSX with exceljs, the PDF's text with
// pdf.js); and the daily deadline reminder mailing the finance role once per step.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sendDeadlineReminders } from '../../src/modules/finance/finance-jobs.js';
import { pdfText } from '../helpers/pdf-text.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { get, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
const sessions: Record<string, StaffSession> = {};
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  sessions.finance = await staffSession(t.db, [{ role: 'finance' }], 'kasse@grenzregion.example');
  sessions.admin = await staffSession(t.db, [{ role: 'admin' }]);
  sessions.agency = await staffSession(t.db, [{ role: 'agency' }]);
  sessions.coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  sessions.editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  sessions.moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  sessions.reviewer = await staffSession(t.db, [{ role: 'reviewer' }]);
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const plain = (body: string) => body.replace(/\u00a0/g, ' ');
const sensors = 'm1-2-parkraumsensorik-an-touristischen-orten';

test('the public dashboard: illustrative figures, charts as images with text alternatives and their tables, progress and indicators', async () => {
  const page = await get(t.app, '/de/programm');
  assert.equal(page.statusCode, 200);
  const body = plain(page.body);
  assert.ok(body.includes('Beispielzahlen'), 'marked as illustrative');
  assert.ok(body.includes('Modellprojekte Smart Cities') && body.includes('65 % der förderfähigen Kosten'));
  assert.ok(body.includes('17.500.000 €') && body.includes('17.200.000 €') && body.includes('17.100.000 €'));
  assert.ok(body.includes('Phase A: Strategie') && body.includes('15. Juni 2024') && body.includes('15. Juni 2027'));
  for (const chart of ['jahre', 'phasen', 'massnahmen']) {
    assert.match(body, new RegExp(`<img src="/de/programm/diagramme/${chart}\\.svg" alt="[^"]+: Balkendiagramm\\.`));
    const svg = await get(t.app, `/de/programm/diagramme/${chart}.svg`);
    assert.equal(svg.statusCode, 200);
    assert.match(String(svg.headers['content-type']), /^image\/svg\+xml/);
    assert.ok(svg.body.startsWith('<svg') && svg.body.includes('<title>'), 'an SVG with a title');
    assert.ok(!/style=|<style|<script/.test(svg.body), 'no inline styles for the CSP, no scripts');
  }
  assert.equal((await get(t.app, '/de/programm/diagramme/anderes.svg')).statusCode, 404);
  assert.ok(body.includes('<caption class="kern-title">Geplant und ausgegeben nach Jahr</caption>'), 'each chart has its data as a table');
  assert.ok(body.includes('Bodensensoren verbaut') && body.includes('516 Sensoren'));
  assert.match(body, /<progress max="100" value="\d+(\.\d)?" aria-label="Fortschritt von Daten nutzen und teilen"/);
  assert.ok(
    !body.includes('BL-2022-0117') && !body.includes('Mehrkosten für Zählsensoren') && !body.includes('MA-2022-1'),
    'documents, internal notes and draw-downs stay internal',
  );
  const english = await get(t.app, '/en/programm');
  assert.ok(english.body.includes('Planned and spent by year') && english.body.includes('Ground sensors installed'));
});

test('a measure’s page is linked from its Vorhaben and back', async () => {
  const project = await get(t.app, '/de/vorhaben/parkraumsensorik-an-touristischen-orten-beispiel');
  assert.ok(project.body.includes('Teil des Förderprogramms'));
  assert.ok(project.body.includes(`href="/de/programm/massnahmen/${sensors}"`));
  const page = await get(t.app, `/de/programm/massnahmen/${sensors}`);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('href="/de/vorhaben/parkraumsensorik-an-touristischen-orten-beispiel"'));
  assert.ok(plain(page.body).includes('516 von 516 Sensoren'));
  assert.ok(page.body.includes('Alle Sensoren verbaut') && page.body.includes('CC-BY-4.0'));
  assert.equal((await get(t.app, '/de/programm/massnahmen/gibt-es-nicht')).statusCode, 404);
});

test('API v1: the programme as JSON, money in cents, totals that add up, nothing internal', async () => {
  const res = await get(t.app, '/api/v1/programme?lang=en');
  assert.equal(res.statusCode, 200);
  const p = res.json<{
    illustrative: boolean;
    funding_rate_percent: number;
    totals: { planned_cents: number; planned_federal_cents: number; planned_own_cents: number; spent_cents: number };
    by_year: { planned_cents: number }[];
    by_phase: { planned_cents: number; spent_cents: number }[];
    measures: {
      kind: string;
      parent: string | null;
      planned_cents: number;
      budget: { amount_cents: number }[];
      indicators: { target: number }[];
    }[];
    phases: { proof_of_spending_due: string }[];
  }>();
  assert.equal(p.illustrative, true);
  assert.equal(p.funding_rate_percent, 65);
  assert.equal(p.totals.planned_federal_cents + p.totals.planned_own_cents, p.totals.planned_cents);
  assert.equal(
    p.by_year.reduce((a, r) => a + r.planned_cents, 0),
    p.totals.planned_cents,
  );
  assert.equal(
    p.by_phase.reduce((a, r) => a + r.planned_cents, 0),
    p.totals.planned_cents,
  );
  assert.equal(
    p.by_phase.reduce((a, r) => a + r.spent_cents, 0),
    p.totals.spent_cents,
  );
  assert.equal(
    p.measures.filter((m) => m.parent === null).reduce((a, m) => a + m.planned_cents, 0),
    p.totals.planned_cents,
    'the roots’ plans add up to the total',
  );
  assert.equal(
    p.measures.flatMap((m) => m.budget).reduce((a, l) => a + l.amount_cents, 0),
    p.totals.planned_cents,
  );
  assert.deepEqual(
    p.phases.map((x) => x.proof_of_spending_due),
    ['2024-06-15', '2027-06-15'],
  );
  assert.ok(!res.body.includes('BL-20') && !res.body.includes('Mehrkosten') && !res.body.includes('MA-20'));
  assert.ok((await get(t.app, '/api/v1/openapi.json')).body.includes('/api/v1/programme'));
});

test('the finance views: finance and admins work, every other role (the agency too) is refused', async () => {
  const base = '/de/verwaltung/finanzen';
  const urls = [
    base,
    `${base}/massnahmen/${sensors}`,
    `${base}/haushalt.csv`,
    `${base}/ausgaben.csv`,
    `${base}/finanzen.xlsx`,
    `${base}/bericht.pdf`,
  ];
  for (const role of ['finance', 'admin'])
    for (const url of urls) assert.equal((await get(t.app, url, sessions[role])).statusCode, 200, `${role} ${url}`);
  for (const role of ['agency', 'coordinator', 'editor', 'moderator', 'reviewer']) {
    for (const url of [...urls, `${base}/programm`, `${base}/import`, `${base}/massnahmen/neu`])
      assert.equal((await get(t.app, url, sessions[role])).statusCode, 403, `${role} ${url}`);
    assert.ok(
      !(await get(t.app, '/de/verwaltung', sessions[role])).body.includes('/de/verwaltung/finanzen"'),
      `${role} sees no finance entry`,
    );
  }
  const nobody = await get(t.app, base);
  assert.equal(nobody.statusCode, 303);
  const financePage = plain((await get(t.app, base, sessions.finance)).body);
  assert.ok(financePage.includes('href="/de/verwaltung/finanzen"'), 'the back-office navigation has finance');
  assert.ok(financePage.includes('M1.3') && financePage.includes('ausgegeben, aber nur'), 'the demo shows an over-budget warning');
  assert.ok(financePage.includes('MA-2025-1 (Beispiel)') && financePage.includes('ausstehend'));
  const measure = (await get(t.app, `${base}/massnahmen/m1-3-besucherstrommessung-innenstadt-flensburg`, sessions.finance)).body;
  assert.ok(
    measure.includes('Mehrkosten für Zählsensoren') && measure.includes('BL-2024-0301'),
    'internal note and document in the finance view',
  );
});

test('reports: expenditures CSV, the workbook and the PDF summary read back', async () => {
  const base = '/de/verwaltung/finanzen';
  const csv = await get(t.app, `${base}/ausgaben.csv`, sessions.finance);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.ok(csv.body.includes('"2022-09-30";"M1.1";"Personal";"398512,40";"BL-2022-0117"'));

  const xlsx = await get(t.app, `${base}/finanzen.xlsx`, sessions.finance);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['Maßnahmen und Fortschritt', 'Budget', 'Kostenart', 'Ausgaben', 'Mittelabrufe', 'Fristen', 'Indikatoren'],
  );
  const budget = wb.getWorksheet('Budget')!;
  assert.deepEqual((budget.getRow(1).values as unknown[]).slice(1), ['Maßnahme', 'Phase', 'Jahr', 'Kostenart', 'Finanzierung', 'Betrag']);
  let sum = 0;
  budget.eachRow((row, n) => {
    if (n > 1) sum += Math.round(Number(row.getCell(6).value) * 100);
  });
  const api = (await get(t.app, '/api/v1/programme')).json<{ totals: { planned_cents: number; spent_cents: number } }>();
  assert.equal(sum, api.totals.planned_cents, 'the workbook’s budget adds up to the plan');

  const pdf = await get(t.app, `${base}/bericht.pdf`, sessions.finance);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  const text = await pdfText(pdf.rawPayload);
  for (const expected of [
    'Zusammenfassung für den Fördermittelgeber',
    'Smarte Grenzregion zwischen den Meeren',
    'MPSC-2021-0000 (Beispiel)',
    'Plan und Ist je Maßnahme und Kostenart',
    'M1.2 Parkraumsensorik an touristischen Orten',
    'Investitionen',
    'MA-2024-1 (Beispiel)',
    '1.250.000 €',
    'Datenplattform Smarte Grenzregion (Beispiel)',
    'EUPL-1.2',
    'Seite 1 von',
  ])
    assert.ok(text.includes(expected), `the PDF says “${expected}”`);
  const spent = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' })
    .format(api.totals.spent_cents / 100)
    .replace(/\u00a0/g, ' ');
  assert.ok(text.includes(spent), `total spent ${spent} in the PDF`);
});

test('deadline reminders go to the finance role 30 and 7 days before, each once', async () => {
  const deadline = await t.db.selectFrom('finance_deadlines').select(['id', 'title', 'due_on']).executeTakeFirstOrThrow();
  const day = (offset: number) => new Date(Date.parse(`${deadline.due_on}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);
  const mails = () => mailbox.to('kasse@grenzregion.example').filter((m) => m.subject?.includes(deadline.title));
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(31)), 0, 'nothing 31 days before');
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(30)), 1, 'one finance account, one mail');
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(30)), 0, 'the same day again: nothing');
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(20)), 0, 'between the steps: nothing');
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(7)), 1);
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(3)), 0, 'the 7-day reminder was the last');
  await deliverMail(mailbox, t.database.url);
  assert.deepEqual(
    mails().map((m) => m.subject),
    [`Frist in 30 Tagen: ${deadline.title}`, `Frist in 7 Tagen: ${deadline.title}`],
  );
  assert.ok(mails()[0]!.text!.includes(`${TEST_BASE_URL}/de/verwaltung/finanzen#deadlines-heading`));
  const others = mailbox.messages.filter((m) => JSON.stringify(m.to).includes('@lotse.test'));
  assert.equal(others.length, 0, 'other staff get no reminder');

  // A moved deadline is reminded of again; a done one never.
  await t.db
    .updateTable('finance_deadlines')
    .set({ due_on: day(-10) })
    .where('id', '=', deadline.id)
    .execute();
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(-3)), 1, 'moved: 7 days before the new date');
  await t.db
    .updateTable('finance_deadlines')
    .set({ due_on: day(-40), done_on: day(0) })
    .where('id', '=', deadline.id)
    .execute();
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, day(-10)), 0, 'done deadlines are not reminded of');
  // The proof of phase B is due on 2027-06-15, computed from the grant date.
  assert.equal(await sendDeadlineReminders(t.db, TEST_BASE_URL, '2027-05-16'), 1);
  await deliverMail(mailbox, t.database.url);
  assert.ok(mailbox.to('kasse@grenzregion.example').some((m) => m.subject === 'Frist in 30 Tagen: Verwendungsnachweis Phase B'));
});
