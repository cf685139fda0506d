// Correcting the programme's books: phases cannot overlap and every expenditure counts in one phase at
// most; the phase that is still in use is named at its own row; a cancelled expenditure counts nowhere;
// indicator numbers follow the page's notation; reminders and "done" dates follow the Berlin day; a
// cancelled draw-down counts nowhere; receipts are corrected or taken back; wrong values, milestones,
// outputs and custom deadlines are removed, each only with a reason and audited.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { cliActor } from '../../src/platform/actor.js';
import { importBudget } from '../../src/modules/finance/budget-import.js';
import { berlinToday } from '../../src/modules/finance/dates.js';
import { sendDeadlineReminders } from '../../src/modules/finance/finance-jobs.js';
import { internalFinance } from '../../src/modules/finance/finance.internal.read.js';
import { programmeFinance } from '../../src/modules/finance/finance.read.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let fin: StaffSession;
before(async () => {
  t = await startTestApp('municipalities');
  fin = await staffSession(t.db, [{ role: 'finance' }]);
});
after(() => t.close());

const base = '/de/verwaltung/finanzen';
const slug = 'm1-datenplattform';
const programmeForm = (overrides: Record<string, string> = {}) => ({
  fundingProgramme: 'Modellprojekte Smart Cities',
  grantReference: 'MPSC-1',
  grantDate: '2021-12-15',
  fundingRate: '65',
  phase_0_code: 'A',
  phase_0_name_de: 'Phase A',
  phase_0_start: '2022-01-01',
  phase_0_end: '2023-06-30',
  phase_0_months: '30',
  phase_1_code: 'B',
  phase_1_name_de: 'Phase B',
  phase_1_start: '2023-07-01',
  phase_1_end: '2026-12-31',
  phase_1_months: '66',
  share_flensburg: '100',
  ...overrides,
});
const count = async (
  table:
    | 'programme_phases'
    | 'audit_log'
    | 'finance_expenditures'
    | 'finance_indicator_values'
    | 'finance_milestones'
    | 'finance_outputs'
    | 'finance_deadlines',
) =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('overlapping phases are refused at the later row; per-phase spending adds up to the total', async () => {
  const audits = await count('audit_log');
  const bad = await postForm(t.app, `${base}/programm`, programmeForm({ phase_1_start: '2023-06-01' }), fin);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Diese Phase überschneidet sich mit Phase A.'));
  assert.ok(/id="phase_1_start-error"[^>]*>Diese Phase überschneidet sich mit Phase A\./.test(bad.body), 'the error is at phase B’s start');
  assert.equal(await count('programme_phases'), 0);
  assert.equal(await count('audit_log'), audits);
  const english = await postForm(
    t.app,
    '/en/verwaltung/finanzen/programm',
    programmeForm({ phase_0_start: '2023-07-01', phase_0_end: '2024-01-01' }),
    fin,
  );
  assert.ok(english.body.includes('This phase overlaps phase'), 'translated');

  assert.equal((await postForm(t.app, `${base}/programm`, programmeForm(), fin)).statusCode, 303);
  const measure = await postForm(
    t.app,
    `${base}/massnahmen/neu`,
    { kind: 'measure', code: 'M1', title_de: 'Datenplattform', status: 'running', progressMode: 'own', position: '1' },
    fin,
  );
  assert.equal(measure.statusCode, 303);
  for (const spentOn of ['2023-06-30', '2023-07-01', '2027-03-01'])
    assert.equal(
      (
        await postForm(
          t.app,
          `${base}/massnahmen/${slug}/ausgaben`,
          { spentOn, amount: '100', category: 'staff', documentRef: `R-${spentOn}` },
          fin,
        )
      ).statusCode,
      303,
    );
  // Phases stored before this check existed may overlap: each expenditure still counts once.
  await sql`update programme_phases set starts_on = '2023-01-01' where code = 'B'`.execute(t.db);
  const f = await programmeFinance(t.db, { internal: true });
  const total = f.totals.spent;
  assert.equal(total, 30_000);
  const byPhase = (code: string | null) => f.spending.filter((s) => s.phaseCode === code).reduce((a, s) => a + s.amount, 0);
  assert.equal(byPhase('A') + byPhase('B') + byPhase(null), total, 'per-phase sums equal the total');
  assert.deepEqual([byPhase('A'), byPhase('B'), byPhase(null)], [10_000, 10_000, 10_000], 'the overlap counts in the earlier phase');
  await sql`update programme_phases set starts_on = '2023-07-01' where code = 'B'`.execute(t.db);
});

test('a phase still in use cannot go: the error stands at the row that was emptied', async () => {
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/massnahmen/${slug}/haushalt`,
        { phase: 'B', year: '2024', category: 'staff', source: 'federal', amount: '50' },
        fin,
      )
    ).statusCode,
    303,
  );
  const audits = await count('audit_log');
  const res = await postForm(
    t.app,
    `${base}/programm`,
    programmeForm({ phase_1_code: '', phase_1_name_de: '', phase_1_start: '', phase_1_end: '', phase_1_months: '' }),
    fin,
  );
  assert.equal(res.statusCode, 400);
  assert.ok(/id="phase_1_code-error"[^>]*>Phase B hat Budgetzeilen/.test(res.body), 'at row 2, where phase B stood');
  assert.ok(!res.body.includes('id="phase_0_code-error"'));
  assert.equal(await count('programme_phases'), 2);
  assert.equal(await count('audit_log'), audits);
});

test('a cancelled expenditure (Storno) needs a reason, is audited, stays struck through in the list and counts nowhere', async () => {
  const spend = await postForm(
    t.app,
    `${base}/massnahmen/${slug}/ausgaben`,
    { spentOn: '2024-02-01', amount: '777,77', category: 'material', documentRef: 'FALSCH-1' },
    fin,
  );
  assert.equal(spend.statusCode, 303);
  const id = (await t.db.selectFrom('finance_expenditures').select('id').where('document_ref', '=', 'FALSCH-1').executeTakeFirstOrThrow())
    .id;
  const spentBefore = (await programmeFinance(t.db, { internal: true })).totals.spent;
  const audits = await count('audit_log');
  const bad = await postForm(t.app, `${base}/massnahmen/${slug}/ausgaben/${id}/storno`, { cancelReason: '  ' }, fin);
  assert.equal(bad.statusCode, 400);
  assert.ok(
    new RegExp(`id="cancel${id}-cancelReason-error"[^>]*>Bitte ausfüllen\\.`).test(bad.body),
    'the reason is required, at its field',
  );
  assert.equal(await count('audit_log'), audits);
  assert.equal(
    (await t.db.selectFrom('finance_expenditures').select('cancelled_at').where('id', '=', id).executeTakeFirstOrThrow()).cancelled_at,
    null,
  );

  const ok = await postForm(t.app, `${base}/massnahmen/${slug}/ausgaben/${id}/storno`, { cancelReason: 'Doppelt erfasst' }, fin);
  assert.equal(ok.statusCode, 303);
  const row = await t.db
    .selectFrom('finance_expenditures')
    .select(['cancelled_at', 'cancelled_by', 'cancel_reason'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.ok(row.cancelled_at);
  assert.equal(row.cancelled_by, fin.userId);
  assert.equal(row.cancel_reason, 'Doppelt erfasst');
  const audit = await t.db
    .selectFrom('audit_log')
    .select(['before', 'after'])
    .where('action', '=', 'finance.expenditure.cancel')
    .executeTakeFirstOrThrow();
  assert.deepEqual(audit.after, { cancelReason: 'Doppelt erfasst' });
  assert.equal((audit.before as { amount: number }).amount, 77_777);
  const again = await postForm(t.app, `${base}/massnahmen/${slug}/ausgaben/${id}/storno`, { cancelReason: 'nochmal' }, fin);
  assert.equal(again.statusCode, 400, 'a cancellation cannot be repeated');

  assert.equal((await programmeFinance(t.db, { internal: true })).totals.spent, spentBefore - 77_777, 'out of every sum');
  const list = (await get(t.app, `${base}/massnahmen/${slug}`, fin)).body;
  assert.ok(list.includes('<del>FALSCH-1</del>') && list.includes('Doppelt erfasst'), 'struck through with the reason');
  for (const url of [`${base}/ausgaben.csv`, '/api/v1/programme', '/de/programm', `/de/programm/massnahmen/${slug}`]) {
    const body = (await get(t.app, url, fin)).body.replace(/\u00a0/g, ' ');
    assert.ok(!body.includes('FALSCH-1') && !body.includes('777,77') && !body.includes('77777'), `${url} leaves it out`);
  }
});

test('indicator numbers are read in the page’s notation; the other notation is refused at its field', async () => {
  assert.equal(
    (await postForm(t.app, `${base}/massnahmen/${slug}/indikatoren`, { indicator_de: 'Datensätze', unit: 'Stück', target: '1.234,5' }, fin))
      .statusCode,
    303,
  );
  const ind = await t.db.selectFrom('finance_indicators').select(['id', 'target']).orderBy('id', 'desc').executeTakeFirstOrThrow();
  assert.equal(ind.target, 1234.5);
  const values = () =>
    t.db.selectFrom('finance_indicator_values').select('value').where('indicator_id', '=', ind.id).orderBy('id').execute();
  const post = (lang: string, value: string) =>
    postForm(
      t.app,
      `/${lang}/verwaltung/finanzen/massnahmen/${slug}/indikatoren/${ind.id}/werte`,
      { measuredOn: '2024-03-01', value },
      fin,
    );
  const german = await post('de', '2.5');
  assert.equal(german.statusCode, 400);
  assert.ok(new RegExp(`id="value${ind.id}-value-error"[^>]*>Bitte die Zahl mit Komma`).test(german.body), 'ambiguous on a German page');
  const english = await post('en', '2,5');
  assert.equal(english.statusCode, 400);
  assert.ok(english.body.includes('Please write the number with a point before the decimals'));
  assert.deepEqual(await values(), [], 'nothing stored');
  for (const [lang, text] of [
    ['de', '2,5'],
    ['en', '2.5'],
    ['en', '1,234.5'],
    ['da', '1.234,5'],
  ] as const)
    assert.equal((await post(lang, text)).statusCode, 303, `${lang} ${text}`);
  assert.deepEqual(
    (await values()).map((v) => v.value),
    [2.5, 2.5, 1234.5, 1234.5],
  );
});

test('a reminder is not recorded as sent while nobody has the finance role', async () => {
  await postForm(t.app, `${base}/fristen`, { deadlineTitle: 'Zwischenbericht', deadlineDue: '2030-01-10' }, fin);
  const roles = await t.db.deleteFrom('user_roles').where('role', '=', 'finance').returningAll().execute();
  assert.ok(roles.length > 0);
  assert.equal(await sendDeadlineReminders(t.db, 'https://lotse.test', '2029-12-25'), 0);
  assert.equal((await t.db.selectFrom('finance_reminders_sent').selectAll().execute()).length, 0, 'nothing marked as sent');
  await t.db.insertInto('user_roles').values(roles).execute();
  assert.ok((await sendDeadlineReminders(t.db, 'https://lotse.test', '2029-12-25')) > 0, 'sent once somebody has the role');
  assert.ok((await t.db.selectFrom('finance_reminders_sent').selectAll().execute()).length > 0);
});

test('"done" is recorded with the Berlin calendar day', async () => {
  const d = await t.db.selectFrom('finance_deadlines').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
  const before = berlinToday();
  assert.equal((await postForm(t.app, `${base}/fristen/erledigt`, { key: `custom-${d.id}`, done: '1' }, fin)).statusCode, 303);
  const after = berlinToday();
  const done = (await t.db.selectFrom('finance_deadlines').select('done_on').where('id', '=', d.id).executeTakeFirstOrThrow()).done_on;
  assert.ok(done === before || done === after, `${done} is the Berlin day`);
});

test('an over-budget cell says so in words, not only in colour', async () => {
  for (const url of ['/de/programm', `${base}/massnahmen/${slug}`]) {
    const body = (await get(t.app, url, fin)).body;
    assert.ok(
      /class="[^"]*lotse-overrun[^"]*"[^>]*>(?:(?!<\/td>).)*<span class="kern-sr-only"> \(über dem Plan\)<\/span>/s.test(body),
      url,
    );
  }
  assert.ok((await get(t.app, '/en/programm')).body.includes('(over budget)'));
});

test('budget import: line numbers stay right with CRLF and a quoted cell spanning lines', async () => {
  const csv = [
    'Maßnahme;Phase;Jahr;Kostenart;Finanzierung;Betrag;Notiz',
    'M1;B;2024;Personal;Bund;1,00;"erste\r\nzweite\r\ndritte Zeile"',
    'M1;B;2024;Sachkosten;Bund;viel;ok',
    '',
    'M9;B;2024;Personal;Bund;1,00;"a\nb"',
    'M1;B;2025;Gold;Bund;1,00;x',
  ].join('\r\n');
  const report = await importBudget(t.db, cliActor, csv, { dryRun: true });
  assert.deepEqual(
    report.problems.map((p) => [p.line, p.column]),
    [
      [5, 'Betrag'],
      [7, 'Maßnahme'],
      [9, 'Kostenart'],
    ],
  );
});

/** Posts a correction without a reason and checks it is refused at its field, changing nothing. */
async function refusedWithoutReason(url: string, form: string, field = 'reason') {
  const audits = await count('audit_log');
  const res = await postForm(t.app, url, { [field]: ' ' }, fin);
  assert.equal(res.statusCode, 400, url);
  assert.ok(
    new RegExp(`id="${form}-${field}-error"[^>]*>Bitte ausfüllen\\.`).test(res.body),
    `${form}: the reason is required, at its field`,
  );
  assert.equal(await count('audit_log'), audits, 'nothing audited');
}
const lastAudit = (action: string) =>
  t.db.selectFrom('audit_log').select(['before', 'after']).where('action', '=', action).orderBy('id', 'desc').executeTakeFirstOrThrow();

test('a cancelled draw-down needs a reason, stays struck through and counts in no sum or warning', async () => {
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/abrufe`,
        { reference: 'MA-FALSCH', drawPhase: 'B', requestedOn: '2024-01-10', requested: '999.999' },
        fin,
      )
    ).statusCode,
    303,
  );
  const id = (await t.db.selectFrom('finance_drawdowns').select('id').where('reference', '=', 'MA-FALSCH').executeTakeFirstOrThrow()).id;
  const before = await internalFinance(t.db);
  assert.ok(
    before.warnings.some((w) => w.kind === 'drawdownsExceedSpending'),
    'warned while it counts',
  );
  await refusedWithoutReason(`${base}/abrufe/${id}/storno`, `drawdownCancel${id}`);
  assert.equal(
    (await t.db.selectFrom('finance_drawdowns').select('cancelled_at').where('id', '=', id).executeTakeFirstOrThrow()).cancelled_at,
    null,
  );

  assert.equal((await postForm(t.app, `${base}/abrufe/${id}/storno`, { reason: 'Falscher Betrag' }, fin)).statusCode, 303);
  const row = await t.db
    .selectFrom('finance_drawdowns')
    .select(['cancelled_by', 'cancel_reason'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { cancelled_by: fin.userId, cancel_reason: 'Falscher Betrag' });
  assert.deepEqual((await lastAudit('finance.drawdown.cancel')).after, { cancelReason: 'Falscher Betrag' });
  const after = await internalFinance(t.db);
  assert.ok(
    !after.drawdowns.some((d) => d.id === id) && after.cancelledDrawdowns.some((d) => d.id === id),
    'out of the draw-downs that count',
  );
  assert.ok(!after.warnings.some((w) => w.kind === 'drawdownsExceedSpending'), 'no warning any more');
  const page = (await get(t.app, base, fin)).body;
  assert.ok(page.includes('<del>MA-FALSCH</del>') && page.includes('Falscher Betrag'), 'struck through with the reason');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await get(t.app, `${base}/finanzen.xlsx`, fin)).rawPayload as unknown as ArrayBuffer);
  const refs: unknown[] = [];
  wb.getWorksheet('Mittelabrufe')!.eachRow((row) => refs.push(row.getCell(1).value));
  assert.ok(!refs.includes('MA-FALSCH'), 'not in the workbook');
  const twice = await postForm(t.app, `${base}/abrufe/${id}/storno`, { reason: 'nochmal' }, fin);
  assert.equal(twice.statusCode, 400, 'not twice');
  assert.ok(
    new RegExp(`id="drawdownCancel${id}-reason-error"[^>]*>Dieser Mittelabruf ist storniert\\.`).test(twice.body),
    'said at the form',
  );
  assert.equal(
    (await postForm(t.app, `${base}/abrufe/${id}/eingang`, { receivedOn: '2024-02-01', received: '1' }, fin)).statusCode,
    400,
    'no receipt on a cancelled one',
  );
});

test('a recorded receipt is corrected (with a reason) or taken back', async () => {
  assert.equal(
    (await postForm(t.app, `${base}/abrufe`, { reference: 'MA-2', drawPhase: 'B', requestedOn: '2024-02-01', requested: '1.000' }, fin))
      .statusCode,
    303,
  );
  const id = (await t.db.selectFrom('finance_drawdowns').select('id').where('reference', '=', 'MA-2').executeTakeFirstOrThrow()).id;
  const receipt = () =>
    t.db.selectFrom('finance_drawdowns').select(['received_on', 'received_cents']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(
    (await postForm(t.app, `${base}/abrufe/${id}/eingang`, { receivedOn: '2024-03-01', received: '1.000' }, fin)).statusCode,
    303,
  );
  const audits = await count('audit_log');
  const bad = await postForm(t.app, `${base}/abrufe/${id}/eingang`, { receivedOn: '2024-03-05', received: '900' }, fin);
  assert.equal(bad.statusCode, 400);
  assert.ok(new RegExp(`id="receipt${id}-receiptReason-error"[^>]*>Bitte ausfüllen\\.`).test(bad.body), 'a correction needs its reason');
  assert.equal(await count('audit_log'), audits);
  assert.deepEqual(await receipt(), { received_on: '2024-03-01', received_cents: 100_000 });
  assert.equal(
    (await postForm(t.app, `${base}/abrufe/${id}/eingang`, { receivedOn: '2024-03-05', received: '900', receiptReason: 'Teilbetrag' }, fin))
      .statusCode,
    303,
  );
  assert.deepEqual(await receipt(), { received_on: '2024-03-05', received_cents: 90_000 });
  assert.deepEqual((await lastAudit('finance.drawdown.receiptCorrect')).before, { receivedOn: '2024-03-01', received: 100_000 });
  assert.equal((await internalFinance(t.db)).drawdowns.find((d) => d.id === id)?.received, 90_000);

  await refusedWithoutReason(`${base}/abrufe/${id}/eingang/zuruecknehmen`, `receiptUndo${id}`);
  assert.deepEqual(await receipt(), { received_on: '2024-03-05', received_cents: 90_000 });
  assert.equal(
    (await postForm(t.app, `${base}/abrufe/${id}/eingang/zuruecknehmen`, { reason: 'Noch nicht eingegangen' }, fin)).statusCode,
    303,
  );
  assert.deepEqual(await receipt(), { received_on: null, received_cents: null });
  assert.deepEqual((await lastAudit('finance.drawdown.receiptWithdraw')).after, {
    receivedOn: null,
    received: null,
    reason: 'Noch nicht eingegangen',
  });
  const again = await postForm(t.app, `/en/verwaltung/finanzen/abrufe/${id}/eingang/zuruecknehmen`, { reason: 'again' }, fin);
  assert.equal(again.statusCode, 400);
  assert.ok(again.body.includes('No receipt is recorded for this draw-down.'), 'translated');
});

test('a wrong indicator value is deleted with a reason; the latest value falls back to the one before', async () => {
  assert.equal(
    (await postForm(t.app, `${base}/massnahmen/${slug}/indikatoren`, { indicator_de: 'Sensoren', unit: 'Stück', target: '100' }, fin))
      .statusCode,
    303,
  );
  const ind = (await t.db.selectFrom('finance_indicators').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  for (const [measuredOn, value] of [
    ['2024-01-01', '10'],
    ['2024-06-01', '70'],
  ] as const)
    assert.equal(
      (await postForm(t.app, `${base}/massnahmen/${slug}/indikatoren/${ind}/werte`, { measuredOn, value }, fin)).statusCode,
      303,
    );
  const latest = async () =>
    (await programmeFinance(t.db, { internal: false })).measures.flatMap((m) => m.indicators).find((i) => i.id === ind)!.latest;
  assert.equal((await latest())?.value, 70);
  const wrong = (
    await t.db
      .selectFrom('finance_indicator_values')
      .select('id')
      .where('indicator_id', '=', ind)
      .where('value', '=', 70)
      .executeTakeFirstOrThrow()
  ).id;
  const url = `${base}/massnahmen/${slug}/indikatoren/${ind}/werte/${wrong}/loeschen`;
  const values = await count('finance_indicator_values');
  await refusedWithoutReason(url, `valueDelete${wrong}`);
  assert.equal(await count('finance_indicator_values'), values);
  assert.equal(
    (await postForm(t.app, `${base}/massnahmen/${slug}/indikatoren/${ind + 999}/werte/${wrong}/loeschen`, { reason: 'x' }, fin)).statusCode,
    404,
    'only through its own indicator',
  );
  assert.equal((await postForm(t.app, url, { reason: 'Tippfehler' }, fin)).statusCode, 303);
  assert.equal(await count('finance_indicator_values'), values - 1);
  assert.deepEqual(await latest(), { id: (await latest())!.id, measuredOn: '2024-01-01', value: 10 });
  assert.deepEqual((await lastAudit('finance.indicator.valueDelete')).before, { measuredOn: '2024-06-01', value: 70 });
  const api = JSON.parse((await get(t.app, '/api/v1/programme')).body) as {
    measures: { indicators: { name: string; values: { value: number }[] }[] }[];
  };
  assert.deepEqual(
    api.measures
      .flatMap((m) => m.indicators)
      .find((i) => i.name === 'Sensoren')
      ?.values.map((v) => v.value),
    [10],
    'the public interface too',
  );
});

test('a milestone, an output and a custom deadline are removed with a reason; computed deadlines stay', async () => {
  assert.equal(
    (await postForm(t.app, `${base}/massnahmen/${slug}/meilensteine`, { milestone_de: 'Falscher Meilenstein', dueOn: '2025-01-31' }, fin))
      .statusCode,
    303,
  );
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/massnahmen/${slug}/ergebnisse`,
        { outputKind: 'software', outputTitle: 'Falsches Werkzeug', licence: 'EUPL-1.2', url: 'https://gitlab.opencode.de/x/y' },
        fin,
      )
    ).statusCode,
    303,
  );
  assert.equal(
    (await postForm(t.app, `${base}/fristen`, { deadlineTitle: 'Falsche Frist', deadlineDue: '2031-01-10' }, fin)).statusCode,
    303,
  );
  const ms = (await t.db.selectFrom('finance_milestones').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  const out = (await t.db.selectFrom('finance_outputs').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  const dl = (await t.db.selectFrom('finance_deadlines').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  for (const [url, form, table] of [
    [`${base}/massnahmen/${slug}/meilensteine/${ms}/loeschen`, `milestoneDelete${ms}`, 'finance_milestones'],
    [`${base}/massnahmen/${slug}/ergebnisse/${out}/loeschen`, `outputDelete${out}`, 'finance_outputs'],
    [`${base}/fristen/${dl}/loeschen`, `deadlineDelete${dl}`, 'finance_deadlines'],
  ] as const) {
    const n = await count(table);
    await refusedWithoutReason(url, form);
    assert.equal(await count(table), n, `${table}: nothing removed without a reason`);
    assert.equal((await postForm(t.app, url, { reason: 'Versehentlich angelegt' }, fin)).statusCode, 303, url);
    assert.equal(await count(table), n - 1, `${table}: removed`);
    assert.equal((await postForm(t.app, url, { reason: 'nochmal' }, fin)).statusCode, 404, `${table}: gone`);
  }
  for (const action of ['finance.milestone.delete', 'finance.output.delete', 'finance.deadline.delete'])
    assert.deepEqual((await lastAudit(action)).after, { reason: 'Versehentlich angelegt' }, action);
  const publicPage = (await get(t.app, `/de/programm/massnahmen/${slug}`)).body;
  assert.ok(!publicPage.includes('Falscher Meilenstein') && !publicPage.includes('Falsches Werkzeug'), 'gone from the public page');
  const f = await internalFinance(t.db);
  assert.ok(!f.deadlines.some((d) => d.title === 'Falsche Frist'));
  assert.deepEqual(
    f.deadlines.filter((d) => d.kind === 'proof').map((d) => d.key),
    ['proof-A', 'proof-B'],
    'the proof-of-spending deadlines stay',
  );
  assert.equal(
    (await postForm(t.app, `${base}/fristen/proof-A/loeschen`, { reason: 'x' }, fin)).statusCode,
    404,
    'a computed deadline has no removal',
  );
  assert.equal((await internalFinance(t.db)).deadlines.filter((d) => d.kind === 'proof').length, 2);
});
